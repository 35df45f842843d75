// ReceiptModel: the receipt of one registration — its receipt code to read
// out (ReceiptCode, from the record id) at once, its state in words that
// follow the record (saved, sent, accepted with the registry number,
// duplicate, rejected; it looks again whenever the sync state changes), and
// the bilingual A6 PDF (ReceiptDocument) it prints or saves under a name in
// words. Exposed to QML as `ReceiptModel`: each screen that shows a receipt
// (ReceiptScreen, RecordView) makes its own, so the person's name leaves
// memory with the screen and nothing asks for the receipt after it closed.
#pragma once

#include "core/store/receipt_facts.h"
#include "ui/models/receipt_document.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

#include <functional>

namespace camie::ui {

class ReceiptModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY changed)
  Q_PROPERTY(QString receiptCode READ receiptCode NOTIFY changed)
  Q_PROPERTY(QString status READ status NOTIFY changed)
  Q_PROPERTY(QString registryNumber READ registryNumber NOTIFY changed)
  Q_PROPERTY(QString headline READ headline NOTIFY changed)
  Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
  Q_PROPERTY(QString capturedText READ capturedText NOTIFY changed)
  Q_PROPERTY(bool canPrint READ canPrint NOTIFY changed)
  Q_PROPERTY(QString usbStick READ usbStick NOTIFY changed)

public:
  explicit ReceiptModel(QObject* parent = nullptr);

  QString recordId() const { return content_.recordId; }
  void setRecordId(const QString& id);
  QString receiptCode() const { return content_.receiptCode; }
  QString status() const { return status_; }
  QString registryNumber() const { return content_.registryNumber; }
  // In the screen's language.
  QString headline() const;
  QString stateText() const;
  QString capturedText() const;
  // True when a printer is configured: the system's print command (`lp`,
  // CUPS) is installed.
  bool canPrint() const;
  // The name of a USB stick mounted for writing (its label), or empty.
  QString usbStick() const;

  // What the receipt shows now (the PDF's content).
  const ReceiptContent& content() const { return content_; }
  // For tests and the store's answer (RecordQueryService::receiptReady).
  void takeReceipt(const store::ReceiptFacts& receipt);

  // "Saved to the USB stick KINGSTON as Receipt 7K3Q9-M2XDA.pdf", "Saved in
  // Documents as …": where `folder` is in words, never its path. A folder
  // under one of `removableRoots` is on that USB stick.
  static QString savedMessage(const QString& folder, const QString& fileName,
                              const QStringList& removableRoots);
  // The roots of mounted writable USB sticks (under /media, /run/media, /mnt).
  static QStringList removableRoots();

  Q_INVOKABLE void refresh();
  // Writes the receipt as "Receipt <code>.pdf" in `folder` (default: the
  // Documents folder), off the GUI thread.
  Q_INVOKABLE void saveAsPdf(const QString& folder = {});
  // The same, on the first USB stick mounted.
  Q_INVOKABLE void saveToUsb();
  // Prints the same receipt on the default printer with `lp` (A6), through a
  // temporary PDF that is removed afterwards.
  Q_INVOKABLE void print();

signals:
  void changed();
  // `message` says where in words; `path` is for tests.
  void pdfSaved(const QString& message, const QString& path);
  void pdfFailed(const QString& message);
  void printed();
  void printFailed(const QString& message);

private:
  // Writes the PDF off the GUI thread; `done(path, error)` runs on the GUI thread.
  void writePdf(const QString& dir, const QString& fileName,
                std::function<void(QString, QString)> done);

  ReceiptContent content_;
  QString status_;
};

} // namespace camie::ui
