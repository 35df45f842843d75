// The retention purge through the kiosk's own services, against camdx-sim:
// registrations are synced until accepted; once the retention period has
// passed on the (injected) clock, the next sync cycle or the next start wipes
// them, and none of their ciphertext bytes is left in the database file, its
// WAL or its shared-memory index.
#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "support/camdx_sim_process.h"
#include "support/disk_bytes.h"
#include "support/filled_queue.h"
#include "support/sim_sync.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace camie;

namespace {

// The kiosk trusts camdx-sim's root, so its acceptances carry verified
// receipts (only such records are purged).
sync::SyncService::Config syncConfig(const test::TempKiosk& kiosk, const test::CamdxSimProcess& sim,
                                     std::shared_ptr<const Clock> clock) {
  sync::SyncService::Config c =
      test::simSyncConfig(kiosk, sim.url(), sim.rootsFile(), QStringLiteral("kiosk-test"));
  c.clock = std::move(clock);
  return c;
}

template <typename Done>
void runUntil(Done done) {
  QDeadlineTimer deadline(30000);
  while (!done() && !deadline.hasExpired())
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  REQUIRE(done());
}

// Counts the cycles the sync service finished (state Idle).
struct IdleCounter {
  int idle = 0;
  QObject guard;
  explicit IdleCounter(sync::SyncService& service) {
    QObject::connect(&service, &sync::SyncService::statusChanged, &guard,
                     [this](const sync::SyncStatus& s) {
                       if (s.state == sync::SyncStatus::State::Idle)
                         ++idle;
                     });
  }
};

// A kiosk whose `n` registrations the registry accepted, through the sync
// service; returns their ciphertexts, read before.
QList<QByteArray> acceptedKiosk(test::TempKiosk& kiosk, const test::CamdxSimProcess& sim,
                                const std::shared_ptr<test::SharedFakeClock>& clock, int n) {
  test::TestRegistry registry;
  registry.keysOverride = test::simKeys(sim);
  test::fillQueue(kiosk, registry, n);
  const QList<QByteArray> blobs = test::recordCiphertexts(*kiosk.db);
  REQUIRE(blobs.size() == 2 * n);
  sync::SyncService service(syncConfig(kiosk, sim, clock));
  IdleCounter cycles(service);
  service.start();
  runUntil([&] { return cycles.idle > 0; });
  REQUIRE(test::countWhere(*kiosk.db, "SELECT count(*) FROM records WHERE status = 'accepted'") ==
          n);
  // Accepted, but inside the retention period: still all there, on disk.
  CHECK(test::countWhere(*kiosk.db, "SELECT count(*) FROM records WHERE purged_at IS NULL") == n);
  const QByteArray disk = test::databaseFileBytes(kiosk.path());
  for (const QByteArray& blob : blobs)
    REQUIRE(disk.contains(blob));
  return blobs;
}

void requirePurged(test::TempKiosk& kiosk, const QList<QByteArray>& blobs, int n) {
  CHECK(test::countWhere(*kiosk.db,
                         "SELECT count(*) FROM records WHERE purged_at IS NOT NULL AND "
                         "local_copy IS NULL AND sealed_ct IS NULL AND sealed_enc IS NULL AND "
                         "registry_number != ''") == n);
  CHECK(test::countWhere(*kiosk.db, "SELECT count(*) FROM audit WHERE action = 'record.purged'") ==
        n);
  // The test's own connection stays open, so closing the kiosk's connections
  // did not remove the WAL: what is on disk is what a running kiosk leaves.
  const QByteArray disk = test::databaseFileBytes(kiosk.path());
  int found = 0;
  for (const QByteArray& blob : blobs)
    found += disk.contains(blob) ? 1 : 0;
  CHECK(found == 0);
}

} // namespace

TEST_CASE("a sync cycle after the retention period leaves no ciphertext of accepted records on "
          "disk",
          "[sync][privacy]") {
  test::TempKiosk kiosk;
  test::CamdxSimProcess sim({QStringLiteral("--quiet")});
  auto clock = std::make_shared<test::SharedFakeClock>(kiosk.clock.nowMs());
  const QList<QByteArray> blobs = acceptedKiosk(kiosk, sim, clock, 6);

  sync::SyncService service(syncConfig(kiosk, sim, clock));
  IdleCounter cycles(service);
  service.start();
  runUntil([&] { return cycles.idle > 0; });
  CHECK(test::countWhere(*kiosk.db, "SELECT count(*) FROM records WHERE purged_at IS NULL") == 6);

  clock->advanceMs(7 * test::kDayMs + 60000);
  const int before = cycles.idle;
  service.syncNow();
  runUntil([&] { return cycles.idle > before; });
  requirePurged(kiosk, blobs, 6);
}

TEST_CASE("a kiosk start after the retention period leaves no ciphertext of accepted records on "
          "disk",
          "[sync][privacy]") {
  test::TempKiosk kiosk;
  test::CamdxSimProcess sim({QStringLiteral("--quiet")});
  auto clock = std::make_shared<test::SharedFakeClock>(kiosk.clock.nowMs());
  const QList<QByteArray> blobs = acceptedKiosk(kiosk, sim, clock, 4);

  const auto startStore = [&] {
    store::KioskStoreService store({kiosk.path(), QStringLiteral("kiosk-test"), 7, clock});
    bool ready = false;
    QObject::connect(&store, &store::KioskStoreService::ready, &store,
                     [&](bool ok, const QString& message) {
                       INFO(message.toStdString());
                       CHECK(ok);
                       ready = true;
                     });
    store.start();
    runUntil([&] { return ready; });
  };
  clock->advanceMs(6 * test::kDayMs);
  startStore(); // six days after acceptance: kept
  CHECK(test::countWhere(*kiosk.db, "SELECT count(*) FROM records WHERE purged_at IS NULL") == 4);

  clock->advanceMs(test::kDayMs + 60000);
  startStore();
  requirePurged(kiosk, blobs, 4);
}
