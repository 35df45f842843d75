#include "ui/models/transfer_model.h"

#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/role_check.h"

#include <QDir>
#include <QPointer>

namespace camie::ui {

TransferModel::TransferModel(QObject* parent) : QObject(parent) {
  refresh();
  if (!sticks_.isEmpty())
    setFolder(sticks_.first());
}

bool TransferModel::available() const {
  return KioskServices::instance().bundles != nullptr;
}

void TransferModel::setFolder(const QString& folder) {
  folder_ = folder; // the same folder again: look at the stick again
  refresh();
}

void TransferModel::refresh() {
  if (auto* backend = KioskServices::instance().bundles)
    sticks_ = backend->removableFolders();
  bundles_ = folder_.isEmpty() ? QStringList()
                               : QDir(folder_).entryList({QStringLiteral("*.camie-bundle")},
                                                         QDir::Files, QDir::Name);
  emit changed();
}

bool TransferModel::refused(const QString& actor) {
  if (technicianSignedInAs(actor))
    return false;
  lastOk_ = false;
  message_ = tr("Only a signed-in technician can write or import bundles.");
  emit changed();
  return true;
}

void TransferModel::start(const QString& words) {
  busy_ = true;
  progress_ = 0;
  message_ = words;
  emit changed();
}

BundleBackend::Progress TransferModel::onProgress() {
  QPointer<TransferModel> self(this);
  return [self](int done, int total) {
    if (!self || total <= 0)
      return;
    self->progress_ = static_cast<double>(done) / total;
    emit self->changed();
  };
}

void TransferModel::finish(const BundleBackend::Outcome& outcome, const QString& success) {
  busy_ = false;
  lastOk_ = outcome.ok();
  progress_ = outcome.ok() ? 1.0 : 0.0;
  message_ = outcome.ok() ? success : failureWords(outcome.error());
  auto& services = KioskServices::instance();
  if (services.store)
    services.store->records().refreshCounts();
  refresh();
}

QString TransferModel::failureWords(const Error& e) const {
  QString words;
  switch (e.kind) {
  case ErrorKind::BundleSignature:
    words = tr("This bundle was changed or damaged after it was written. Nothing was imported.");
    break;
  case ErrorKind::BundleUntrusted:
    words = tr("This bundle does not come from a kiosk this one trusts. Nothing was imported.");
    break;
  case ErrorKind::BundleFormat:
  case ErrorKind::BundleRecord:
    words = tr("This file is not a readable bundle. Nothing was imported.");
    break;
  case ErrorKind::BundleSigner:
    words = tr("This kiosk has no certificate to sign a bundle with: enrol it first.");
    break;
  case ErrorKind::Busy:
    words = tr("Another export or import is still running. Wait for it to finish.");
    break;
  case ErrorKind::NoSuchFolder:
  case ErrorKind::BundleUnwritable:
    words = tr("The USB stick cannot be written. Nothing was marked exported.");
    break;
  default:
    words = tr("That did not work.");
  }
  // The exact reason, for the technician or the help desk.
  return words + u'\n' + e.message;
}

void TransferModel::exportNow(bool includeExported, const QString& actor) {
  auto* backend = KioskServices::instance().bundles;
  if (!backend || busy_ || refused(actor))
    return;
  if (folder_.isEmpty()) {
    lastOk_ = false;
    message_ = tr("Choose the USB stick first.");
    emit changed();
    return;
  }
  start(tr("Writing the bundle…"));
  QPointer<TransferModel> self(this);
  backend->exportTo(
      folder_, includeExported, actor, onProgress(), [self](const BundleBackend::Outcome& o) {
        if (!self)
          return;
        if (!o) {
          self->finish(o, {});
          return;
        }
        self->finish(o, o->records == 0
                            ? tr("Nothing to export: every registration has been sent or "
                                 "exported.")
                            : tr("%n registration(s) written to the USB stick. Bring it to a "
                                 "kiosk with a network.",
                                 nullptr, o->records));
      });
}

void TransferModel::importBundle(const QString& name, const QString& actor) {
  auto* backend = KioskServices::instance().bundles;
  if (!backend || busy_ || !bundles_.contains(name) || refused(actor))
    return;
  start(tr("Checking and importing the bundle…"));
  QPointer<TransferModel> self(this);
  backend->importFrom(
      QDir(folder_).filePath(name), actor, onProgress(), [self](const BundleBackend::Outcome& o) {
        if (!self)
          return;
        if (!o) {
          self->finish(o, {});
          return;
        }
        self->finish(
            o, tr("%n registration(s) from kiosk %1 queued for sending.", nullptr, o->imported)
                       .arg(o->fromDevice) +
                   (o->alreadyPresent > 0
                        ? u' ' + tr("%n were already here.", nullptr, o->alreadyPresent)
                        : QString()) +
                   (o->refused > 0 ? u' ' + tr("%n were refused: they would have replaced "
                                               "registrations made on this kiosk or on "
                                               "another kiosk (see the audit log).",
                                               nullptr, o->refused)
                                   : QString()));
        if (o->imported > 0 && KioskServices::instance().sync)
          KioskServices::instance().sync->syncNow();
      });
}

void TransferModel::requeueExported(const QString& actor) {
  auto* backend = KioskServices::instance().bundles;
  if (!backend || busy_ || refused(actor))
    return;
  start(tr("Putting the exported registrations back in the queue…"));
  QPointer<TransferModel> self(this);
  backend->requeueExported(actor, [self](const BundleBackend::Outcome& o) {
    if (!self)
      return;
    if (!o) {
      self->finish(o, {});
      return;
    }
    self->finish(
        o, tr("%n exported registration(s) put back in this kiosk's queue.", nullptr, o->records));
    if (o->records > 0 && KioskServices::instance().sync)
      KioskServices::instance().sync->syncNow();
  });
}

} // namespace camie::ui
