// ReceiptModel: the receipt of one registration — its receipt id at once,
// its status, and its registry number as soon as sync brings it (it looks
// again whenever the sync state changes). Exposed to QML as `Receipt`.
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace camie::ui {

class ReceiptModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Receipt)
  QML_SINGLETON
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY changed)
  Q_PROPERTY(QString status READ status NOTIFY changed)
  Q_PROPERTY(QString registryNumber READ registryNumber NOTIFY changed)

public:
  explicit ReceiptModel(QObject* parent = nullptr);

  QString recordId() const { return recordId_; }
  void setRecordId(const QString& id);
  QString status() const { return status_; }
  QString registryNumber() const { return registryNumber_; }

  Q_INVOKABLE void refresh();
  // Writes the receipt (ids, number, date and QR code — no personal data) as
  // a PDF in `folder` (default: Documents/camie-receipts), off the GUI thread.
  Q_INVOKABLE void saveAsPdf(const QString& folder = {});

signals:
  void changed();
  void pdfSaved(const QString& path);
  void pdfFailed(const QString& message);

private:
  QString recordId_;
  QString status_;
  QString registryNumber_;
};

} // namespace camie::ui
