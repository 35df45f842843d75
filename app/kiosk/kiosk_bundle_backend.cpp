#include "app/kiosk/kiosk_bundle_backend.h"

#include "app/kiosk/technician_check.h"
#include "app/transfer/bundle_transfer.h"
#include "core/store/kiosk_database.h"
#include "ui/models/removable_drives.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <atomic>

namespace camie::app {
namespace {

using Outcome = ui::BundleBackend::Outcome;
using Transferred = ui::BundleBackend::Transferred;

// Runs `work` on the thread pool with a connection and a BundleTransfer of
// its own; progress and the outcome go back to the GUI thread.
void runTransfer(const KioskConfig& config, const QString& deviceId,
                 const std::shared_ptr<std::atomic<bool>>& running,
                 ui::BundleBackend::Progress progress, ui::BundleBackend::Done done,
                 std::function<Outcome(BundleTransfer&, const BundleTransfer::Progress&)> work) {
  auto* app = QCoreApplication::instance();
  if (running->exchange(true)) { // one transfer at a time, whichever screen asked
    const Outcome busy =
        makeError(ErrorKind::Busy, QStringLiteral("Another export or import is running."));
    QMetaObject::invokeMethod(
        app, [done, busy] { done(busy); }, Qt::QueuedConnection);
    return;
  }
  QThreadPool::globalInstance()->start([=] {
    const BundleTransfer::Progress report = [app, progress](int step, int total) {
      QMetaObject::invokeMethod(app, [progress, step, total] { progress(step, total); });
    };
    SystemClock clock;
    auto db = store::KioskDatabase::open(config.databasePath, store::KioskDatabase::Create::Never);
    const Outcome outcome = [&]() -> Outcome {
      if (!db)
        return db.error();
      BundleTransfer transfer(**db, clock, config, deviceId);
      return work(transfer, report);
    }();
    running->store(false);
    QMetaObject::invokeMethod(app, [done, outcome] { done(outcome); });
  });
}

} // namespace

bool KioskBundleBackend::refused(const QString& actor, const Done& done) const {
  auto refusal = technicianRefusal(store_, actor);
  if (!refusal)
    return false;
  QMetaObject::invokeMethod(
      QCoreApplication::instance(), [done, o = Outcome(*refusal)] { done(o); },
      Qt::QueuedConnection);
  return true;
}

QStringList KioskBundleBackend::removableFolders() const {
  QStringList folders;
  for (const auto& drive : ui::RemovableDrives::mounted())
    if (drive.writable)
      folders << drive.root;
  return folders;
}

void KioskBundleBackend::exportTo(const QString& folder, bool includeExported, const QString& actor,
                                  Progress progress, Done done) {
  if (refused(actor, done))
    return;
  runTransfer(config_, deviceId_, running_, std::move(progress), std::move(done),
              [folder, includeExported, actor](BundleTransfer& t, const auto& report) {
                auto r = t.exportTo(folder, includeExported, actor, report);
                if (!r)
                  return Outcome(r.error());
                Transferred transferred;
                transferred.file = r->file;
                transferred.records = r->records;
                return Outcome(transferred);
              });
}

void KioskBundleBackend::importFrom(const QString& file, const QString& actor, Progress progress,
                                    Done done) {
  if (refused(actor, done))
    return;
  runTransfer(config_, deviceId_, running_, std::move(progress), std::move(done),
              [file, actor](BundleTransfer& t, const auto& report) {
                auto r = t.importFrom(file, {}, actor, report);
                if (!r)
                  return Outcome(r.error());
                Transferred transferred;
                transferred.file = r->file;
                transferred.fromDevice = r->fromDevice;
                transferred.records = r->records;
                transferred.imported = r->imported;
                transferred.alreadyPresent = r->alreadyPresent;
                transferred.refused = r->refused;
                return Outcome(transferred);
              });
}

void KioskBundleBackend::requeueExported(const QString& actor, Done done) {
  if (refused(actor, done))
    return;
  runTransfer(
      config_, deviceId_, running_, [](int, int) {}, std::move(done),
      [actor](BundleTransfer& t, const auto&) {
        auto n = t.requeueExported(actor);
        if (!n)
          return Outcome(n.error());
        Transferred transferred;
        transferred.records = *n;
        return Outcome(transferred);
      });
}

} // namespace camie::app
