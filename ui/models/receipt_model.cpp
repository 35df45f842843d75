#include "ui/models/receipt_model.h"

#include "core/domain/receipt_code.h"
#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"
#include "ui/models/local_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThreadPool>

namespace camie::ui {
namespace {

QString documentsFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// The answer of the first field of `type` (the form says which fields hold
// the names), or of `fallback` when no form is loaded.
QString answerOfType(const QJsonObject& answers, domain::FieldType type, const QString& fallback) {
  auto* store = KioskServices::instance().store.data();
  if (const auto reference = store ? store->reference() : nullptr) {
    for (const auto& field : reference->form.fields()) {
      if (field.type == type)
        return answers.value(field.id).toString();
    }
  }
  return answers.value(fallback).toString();
}

} // namespace

ReceiptModel::ReceiptModel(QObject* parent) : QObject(parent) {
  auto& services = KioskServices::instance();
  if (services.store)
    connect(&services.store->records(), &store::RecordQueryService::receiptReady, this,
            &ReceiptModel::takeReceipt);
  if (services.sync)
    connect(services.sync, &sync::SyncService::statusChanged, this, &ReceiptModel::refresh);
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &ReceiptModel::changed);
}

void ReceiptModel::setRecordId(const QString& id) {
  if (id == content_.recordId)
    return;
  content_ = ReceiptContent{};
  content_.recordId = id;
  content_.receiptCode = id.isEmpty() ? QString() : domain::ReceiptCode::forRecordId(id);
  status_.clear();
  emit changed();
  refresh();
}

void ReceiptModel::takeReceipt(const store::ReceiptFacts& receipt) {
  if (receipt.recordId != content_.recordId)
    return;
  status_ = store::toString(receipt.status);
  content_.status = receipt.status;
  content_.registryNumber = receipt.registryNumber;
  const qint64 captured = receipt.capturedAtMs;
  content_.capturedAt = captured > 0 ? QDateTime::fromMSecsSinceEpoch(captured) : QDateTime();
  // The names while the local copy exists (a purged record keeps only the receipt).
  const QJsonObject& answers = receipt.answers;
  if (!answers.isEmpty()) {
    content_.nameKm =
        answerOfType(answers, domain::FieldType::KhmerName, QStringLiteral("name_km"));
    content_.nameEn =
        answerOfType(answers, domain::FieldType::LatinName, QStringLiteral("name_en"));
  }
  emit changed();
}

QString ReceiptModel::headline() const {
  return ReceiptDocument::headline(content_.status, LocalFormat::currentLanguage());
}

QString ReceiptModel::stateText() const {
  return ReceiptDocument::stateText(content_.status, LocalFormat::currentLanguage());
}

QString ReceiptModel::capturedText() const {
  return LocalFormat::dateTime(content_.capturedAt, LocalFormat::currentLanguage());
}

QStringList ReceiptModel::removableRoots() {
  QStringList roots;
  for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
    const QString root = volume.rootPath();
    if (volume.isValid() && volume.isReady() && !volume.isReadOnly() &&
        (root.startsWith(u"/media/") || root.startsWith(u"/run/media/") ||
         root.startsWith(u"/mnt/")))
      roots << root;
  }
  return roots;
}

QString ReceiptModel::usbStick() const {
  const QStringList roots = removableRoots();
  return roots.isEmpty() ? QString() : QDir(roots.first()).dirName();
}

QString ReceiptModel::savedMessage(const QString& folder, const QString& fileName,
                                   const QStringList& removableRoots) {
  const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
  for (const QString& root : removableRoots) {
    const QString r = QDir::cleanPath(root);
    if (clean == r || clean.startsWith(r + u'/')) {
      // The stick's label is the name of its mount point (udisks mounts by label).
      const QString stick = QDir(r).dirName();
      return clean == r ? tr("Saved to the USB stick %1 as %2").arg(stick, fileName)
                        : tr("Saved to the USB stick %1, in the folder %2, as %3")
                              .arg(stick, QDir(clean).dirName(), fileName);
    }
  }
  if (clean == QDir::cleanPath(documentsFolder()))
    return tr("Saved in Documents as %1").arg(fileName);
  return tr("Saved in the folder %1 as %2").arg(QDir(clean).dirName(), fileName);
}

void ReceiptModel::saveAsPdf(const QString& folder) {
  const QString dir = folder.isEmpty() ? documentsFolder() : folder;
  QPointer<ReceiptModel> self(this);
  writePdf(dir, ReceiptDocument::fileName(content_.receiptCode, LocalFormat::currentLanguage()),
           [self, dir](const QString& path, const QString& error) {
             if (!self)
               return;
             if (error.isEmpty())
               emit self->pdfSaved(savedMessage(dir, QFileInfo(path).fileName(), removableRoots()),
                                   path);
             else
               emit self->pdfFailed(error);
           });
}

void ReceiptModel::saveToUsb() {
  const QStringList roots = removableRoots();
  if (roots.isEmpty()) {
    emit pdfFailed(tr("No USB stick is plugged in. Plug one in and try again."));
    return;
  }
  saveAsPdf(roots.first());
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
  // A plain temporary name: it goes on `lp`'s command line and is removed after.
  writePdf(
      dir, QStringLiteral("receipt-%1.pdf").arg(content_.receiptCode),
      [self, lp](const QString& path, const QString& error) {
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

void ReceiptModel::writePdf(const QString& dir, const QString& fileName,
                            std::function<void(QString, QString)> done) {
  const ReceiptContent content = content_;
  const QString path = QDir(dir).filePath(fileName);
  const QString folderName = QDir(dir).dirName();
  const QString cannotCreate = tr("The folder %1 cannot be created.").arg(folderName);
  const QString cannotWrite =
      tr("The receipt could not be written in the folder %1.").arg(folderName);
  QThreadPool::globalInstance()->start([=] {
    QString error;
    if (!QDir().mkpath(dir))
      error = cannotCreate;
    else if (auto written = ReceiptDocument::writePdf(content, path); !written)
      error = cannotWrite;
    QMetaObject::invokeMethod(QCoreApplication::instance(),
                              [done, path, error] { done(path, error); });
  });
}

void ReceiptModel::refresh() {
  if (auto* store = KioskServices::instance().store.data(); store && !content_.recordId.isEmpty())
    store->records().openReceipt(content_.recordId);
  emit changed(); // canPrint and the USB stick may have changed
}

} // namespace camie::ui
