// UsbPictureModel: the pictures (PNG, JPEG) on the mounted USB sticks, for a
// teller to choose one by its name — a code or a card photographed on a
// phone — instead of typing a path. Looks at each stick's top folder and
// the folders right under it; newest first. Exposed to QML as `UsbPictures`.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

namespace camie::ui {

class UsbPictureModel : public QAbstractListModel {
  Q_OBJECT
  QML_NAMED_ELEMENT(UsbPictures)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(int drives READ drives NOTIFY countChanged) // sticks seen at the last look

public:
  enum Role { FileNameRole = Qt::UserRole + 1, DriveNameRole, FilePathRole };
  static constexpr int kMaxPictures = 60;

  explicit UsbPictureModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int drives() const { return drives_; }

  // Looks at the sticks again (one was just put in).
  Q_INVOKABLE void refresh();

signals:
  void countChanged();

private:
  struct Picture {
    QString fileName;
    QString driveName;
    QString path;
    QDateTime modified;
  };
  QList<Picture> pictures_;
  int drives_ = 0;
};

} // namespace camie::ui
