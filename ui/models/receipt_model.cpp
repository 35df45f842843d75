#include "ui/models/receipt_model.h"

#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/local_format.h"
#include "ui/models/qr_image_provider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QThreadPool>

namespace camie::ui {

ReceiptModel::ReceiptModel(QObject* parent) : QObject(parent) {
  auto& services = KioskServices::instance();
  if (services.store)
    connect(services.store, &store::KioskStoreService::receiptReady, this,
            [this](const QVariantMap& receipt) {
              if (receipt.value(QStringLiteral("id")).toString() != recordId_)
                return;
              status_ = receipt.value(QStringLiteral("status")).toString();
              registryNumber_ = receipt.value(QStringLiteral("registryNumber")).toString();
              emit changed();
            });
  if (services.sync)
    connect(services.sync, &sync::SyncService::statusChanged, this, &ReceiptModel::refresh);
}

void ReceiptModel::setRecordId(const QString& id) {
  if (id == recordId_)
    return;
  recordId_ = id;
  status_.clear();
  registryNumber_.clear();
  emit changed();
  refresh();
}

void ReceiptModel::saveAsPdf(const QString& folder) {
  const QString dir = folder.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                QStringLiteral("/camie-receipts")
                          : folder;
  QPointer<ReceiptModel> self(this);
  writePdf(dir, [self](const QString& path, const QString& error) {
    if (!self)
      return;
    if (error.isEmpty())
      emit self->pdfSaved(path);
    else
      emit self->pdfFailed(error);
  });
}

bool ReceiptModel::canPrint() const {
  return !QStandardPaths::findExecutable(QStringLiteral("lp")).isEmpty();
}

void ReceiptModel::print() {
  const QString lp = QStandardPaths::findExecutable(QStringLiteral("lp"));
  if (lp.isEmpty()) {
    emit printFailed(tr("No printer is set up on this kiosk. Save the receipt as PDF instead."));
    return;
  }
  const QString dir =
      QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/print");
  QPointer<ReceiptModel> self(this);
  writePdf(dir, [self, lp](const QString& path, const QString& error) {
    if (!self)
      return;
    if (!error.isEmpty()) {
      emit self->printFailed(error);
      return;
    }
    auto* process = new QProcess(self);
    QObject::connect(process, &QProcess::finished, self,
                     [self, process, path](int code, QProcess::ExitStatus status) {
                       process->deleteLater();
                       QFile::remove(path);
                       if (status == QProcess::NormalExit && code == 0)
                         emit self->printed();
                       else
                         emit self->printFailed(
                             tr("The printer did not take the receipt. Check that it is on and "
                                "has paper, or save the receipt as PDF."));
                     });
    QObject::connect(process, &QProcess::errorOccurred, self,
                     [self, process, path](QProcess::ProcessError failure) {
                       if (failure != QProcess::FailedToStart)
                         return;
                       process->deleteLater();
                       QFile::remove(path);
                       emit self->printFailed(tr("The print command could not be started."));
                     });
    process->start(lp, {QStringLiteral("-t"), QStringLiteral("CAM-IE receipt"),
                        QStringLiteral("-o"), QStringLiteral("media=A6"), path});
  });
}

void ReceiptModel::writePdf(const QString& dir, std::function<void(QString, QString)> done) {
  const QString id = recordId_;
  const QString number = registryNumber_;
  const QString title = tr("CAM-IE registration receipt");
  const QString idLine = tr("Receipt number: %1").arg(id);
  const QString numberLine = number.isEmpty() ? tr("Registry number: not yet received")
                                              : tr("Registry number: %1").arg(number);
  const QString dateLine =
      LocalFormat::dateTime(QDateTime::currentDateTime(), LocalFormat::currentLanguage());
  QThreadPool::globalInstance()->start([=] {
    QString error;
    const QString path = QDir(dir).filePath(QStringLiteral("receipt-%1.pdf").arg(id));
    if (!QDir().mkpath(dir)) {
      error = ReceiptModel::tr("The folder %1 cannot be created.").arg(dir);
    } else {
      QPdfWriter pdf(path);
      pdf.setPageSize(QPageSize(QPageSize::A6));
      pdf.setResolution(300);
      pdf.setTitle(title);
      QPainter painter(&pdf);
      QFont font(QStringLiteral("Noto Sans Khmer"));
      font.setPointSize(9);
      painter.setFont(font);
      const int w = pdf.width();
      int y = 60;
      for (const QString& line : {title, idLine, numberLine, dateLine}) {
        painter.drawText(QRect(40, y, w - 80, 80), Qt::TextWordWrap, line);
        y += 90;
      }
      // Both numbers as QR codes: the receipt's, and the registry's when known.
      const QImage idQr = QrImageProvider::render(id, 6);
      const QImage numberQr = number.isEmpty() ? QImage() : QrImageProvider::render(number, 6);
      const int side = (w - 120) / 2;
      if (!idQr.isNull())
        painter.drawImage(QRect(40, y + 20, side, side), idQr);
      if (!numberQr.isNull())
        painter.drawImage(QRect(80 + side, y + 20, side, side), numberQr);
      if (!painter.end())
        error = ReceiptModel::tr("The receipt could not be written to %1.").arg(path);
    }
    QMetaObject::invokeMethod(QCoreApplication::instance(),
                              [done, path, error] { done(path, error); });
  });
}

void ReceiptModel::refresh() {
  if (auto* store = KioskServices::instance().store.data(); store && !recordId_.isEmpty())
    store->openReceipt(recordId_);
}

} // namespace camie::ui
