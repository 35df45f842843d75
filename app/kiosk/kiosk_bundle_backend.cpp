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

// Runs `work` on the thread pool with a connection and a BundleTransfer of
// its own; progress and the outcome go back to the GUI thread.
void runTransfer(const KioskConfig& config, const QString& deviceId,
                 const std::shared_ptr<std::atomic<bool>>& running,
                 ui::BundleBackend::Progress progress, ui::BundleBackend::Done done,
                 std::function<Outcome(BundleTransfer&, const BundleTransfer::Progress&)> work) {
  auto* app = QCoreApplication::instance();
  if (running->exchange(true)) { // one transfer at a time, whichever screen asked
    Outcome busy;
    busy.code = QStringLiteral("busy");
    busy.message = QStringLiteral("Another export or import is running.");
    QMetaObject::invokeMethod(
        app, [done, busy] { done(busy); }, Qt::QueuedConnection);
    return;
  }
  QThreadPool::globalInstance()->start([=] {
    const BundleTransfer::Progress report = [app, progress](int step, int total) {
      QMetaObject::invokeMethod(app, [progress, step, total] { progress(step, total); });
    };
    Outcome outcome;
    SystemClock clock;
    auto db = store::KioskDatabase::open(config.databasePath, store::KioskDatabase::Create::Never);
    if (!db) {
      outcome.code = db.error().code;
      outcome.message = db.error().message;
    } else {
      BundleTransfer transfer(**db, clock, config, deviceId);
      outcome = work(transfer, report);
    }
    running->store(false);
    QMetaObject::invokeMethod(app, [done, outcome] { done(outcome); });
  });
}

Outcome failed(const Error& e) {
  Outcome o;
  o.code = e.code;
  o.message = e.message;
  return o;
}

} // namespace

bool KioskBundleBackend::refused(const QString& actor, const Done& done) const {
  auto refusal = technicianRefusal(store_, actor);
  if (!refusal)
    return false;
  QMetaObject::invokeMethod(
      QCoreApplication::instance(), [done, o = failed(*refusal)] { done(o); },
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
                  return failed(r.error());
                Outcome o;
                o.ok = true;
                o.file = r->file;
                o.records = r->records;
                return o;
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
                  return failed(r.error());
                Outcome o;
                o.ok = true;
                o.file = r->file;
                o.fromDevice = r->fromDevice;
                o.records = r->records;
                o.imported = r->imported;
                o.alreadyPresent = r->alreadyPresent;
                o.refused = r->refused;
                return o;
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
          return failed(n.error());
        Outcome o;
        o.ok = true;
        o.records = *n;
        return o;
      });
}

} // namespace camie::app
