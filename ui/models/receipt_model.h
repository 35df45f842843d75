// ReceiptModel: the receipt of one registration — its receipt id at once,
// its status, and its registry number as soon as sync brings it (it looks
// again whenever the sync state changes). Exposed to QML as `Receipt`.
#pragma once

#include <QObject>
#include <QQmlEngine>

#include <functional>

namespace camie::ui {

class ReceiptModel : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Receipt)
  QML_SINGLETON
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY changed)
  Q_PROPERTY(QString status READ status NOTIFY changed)
  Q_PROPERTY(QString registryNumber READ registryNumber NOTIFY changed)
  Q_PROPERTY(bool canPrint READ canPrint CONSTANT)

public:
  explicit ReceiptModel(QObject* parent = nullptr);

  QString recordId() const { return recordId_; }
  void setRecordId(const QString& id);
  QString status() const { return status_; }
  QString registryNumber() const { return registryNumber_; }
  // True when the system's print command (`lp`, CUPS) is installed.
  bool canPrint() const;

  Q_INVOKABLE void refresh();
  // Writes the receipt (ids, number, date and QR code — no personal data) as
  // a PDF in `folder` (default: Documents/camie-receipts), off the GUI thread.
  Q_INVOKABLE void saveAsPdf(const QString& folder = {});
  // Prints the same receipt on the default printer with `lp` (A6), through a
  // temporary PDF that is removed afterwards.
  Q_INVOKABLE void print();

signals:
  void changed();
  void pdfSaved(const QString& path);
  void pdfFailed(const QString& message);
  void printed();
  void printFailed(const QString& message);

private:
  // Writes the PDF off the GUI thread; `done(path, error)` runs on the GUI thread.
  void writePdf(const QString& dir, std::function<void(QString, QString)> done);

  QString recordId_;
  QString status_;
  QString registryNumber_;
};

} // namespace camie::ui
