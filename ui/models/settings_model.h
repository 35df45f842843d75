// SettingsModel: the technician's settings screen — registry endpoint and
// X-Road ids, connection type, certificates, proxy, idle lock time, default
// language — checked like `camie-kioskctl sync check`, saved to kiosk.conf
// (applied at the next start). Exposed to QML as `Settings`.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace camie::ui {

class SettingsModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Settings)
  QML_SINGLETON
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(QVariantMap values READ values NOTIFY changed)
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(bool lastOk READ lastOk NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)

public:
  explicit SettingsModel(QObject* parent = nullptr);

  bool available() const;
  QVariantMap values() const { return values_; }
  bool busy() const { return busy_; }
  bool lastOk() const { return lastOk_; }
  QString message() const { return message_; }

  Q_INVOKABLE void setValue(const QString& key, const QVariant& value);
  Q_INVOKABLE void reload();
  Q_INVOKABLE void check();
  Q_INVOKABLE void save(const QString& operatorId);

signals:
  void changed();

private:
  void refuse(); // no technician signed in: says so
  QVariantMap values_;
  bool busy_ = false;
  bool lastOk_ = false;
  QString message_;
};

} // namespace camie::ui
