// SyncService on its worker thread against camdx-sim: it drains the queue
// with nobody signed in, reports its state as signals, and says "offline"
// in words when the registry cannot be reached.
#include "core/sync/sync_service.h"
#include "support/camdx_sim_process.h"
#include "support/filled_queue.h"
#include "support/sim_sync.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace camie;

namespace {

sync::SyncService::Config configFor(const test::TempKiosk& kiosk, const QString& url,
                                    const QString& rootsFile = {}) {
  sync::SyncService::Config c =
      test::simSyncConfig(kiosk, url, rootsFile, QStringLiteral("kiosk-svc"));
  c.settings.batchRecords = 7;
  return c;
}

// Runs the event loop until the service reports a state in `states`.
sync::SyncStatus waitForState(sync::SyncService& service,
                              std::initializer_list<sync::SyncStatus::State> states) {
  sync::SyncStatus last;
  bool reached = false;
  QObject guard;
  QObject::connect(
      &service, &sync::SyncService::statusChanged, &guard, [&](const sync::SyncStatus& s) {
        last = s;
        for (auto st : states)
          reached = reached || (s.state == st && s.state != sync::SyncStatus::State::Connecting);
      });
  QDeadlineTimer deadline(30000);
  while (!reached && !deadline.hasExpired())
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  REQUIRE(reached);
  return last;
}

} // namespace

TEST_CASE("the sync service drains the queue on its own thread with nobody signed in", "[sync]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::CamdxSimProcess sim({QStringLiteral("--quiet")});
  // Load the simulator's keys so the records are sealed to its registry key.
  registry.keysOverride = test::simKeys(sim);
  test::fillQueue(kiosk, registry, 20);

  sync::SyncService service(configFor(kiosk, sim.url(), sim.rootsFile()));
  service.start();
  const auto status = waitForState(service, {sync::SyncStatus::State::Idle});
  CHECK(status.queued == 0);
  CHECK(status.lastSuccessMs > 0);
  CHECK(status.message.isEmpty());
  CHECK(sim.summary().value(QStringLiteral("distinctIds")).toInt() == 20);
}

TEST_CASE("with the registry unreachable the sync service says it is offline, in words", "[sync]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::fillQueue(kiosk, registry, 3);
  // A port nothing listens on.
  sync::SyncService service(configFor(kiosk, QStringLiteral("http://127.0.0.1:9")));
  service.start();
  const auto status =
      waitForState(service, {sync::SyncStatus::State::Offline, sync::SyncStatus::State::Error});
  CHECK(status.state == sync::SyncStatus::State::Offline);
  CHECK(status.errorCode == QStringLiteral("connect_failed"));
  CHECK(status.message.contains(QStringLiteral("stay queued")));
  CHECK(status.queued == 3);
}

TEST_CASE("a registry that says the audit log went back stops the sync in words and loses nothing",
          "[sync][audit]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::CamdxSimProcess sim({QStringLiteral("--quiet"), QStringLiteral("--fault"),
                             QStringLiteral("regressed_anchor:path=*/v1/batches")});
  registry.keysOverride = test::simKeys(sim);
  test::fillQueue(kiosk, registry, 4);
  sync::SyncService service(configFor(kiosk, sim.url()));
  service.start();
  const auto status = waitForState(service, {sync::SyncStatus::State::Error});
  CHECK(status.errorCode == QStringLiteral("audit_regressed"));
  CHECK(status.message.contains(QStringLiteral("audit log")));
  CHECK(status.message.contains(QStringLiteral("stay queued")));
  CHECK(status.queued == 4);
  CHECK(sim.registrations(true).isEmpty());
}
