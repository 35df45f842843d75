// Crash safety: camie-kioskctl finalises registrations in a loop and prints
// each id once it is committed; the test kills it with SIGKILL at random
// moments. Every reported id must be present and open, and the database must
// pass PRAGMA integrity_check. 200 rounds (CAMIE_CRASH_ROUNDS overrides).
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "support/kioskctl_runner.h"
#include "support/temp_kiosk.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace camie;

namespace {
void prepareDatabase(const QString& path, const test::TestRegistry& registry) {
  auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::IfMissing);
  REQUIRE(db.ok());
  FakeClock clock(test::kTestEpochMs);
  REQUIRE(store::KeyVault(**db, clock, test::cheapScrypt())
              .initialise(QStringLiteral("tech1"), QStringLiteral("480913"))
              .ok());
  store::ReferenceDataStore refdata(**db);
  REQUIRE(
      refdata.put({QStringLiteral("keys"), {}, registry.keysJson(), 0}, QStringLiteral("t")).ok());
  REQUIRE(
      refdata.put({QStringLiteral("gazetteer"), {}, test::gazetteerJson(), 0}, QStringLiteral("t"))
          .ok());
}
} // namespace

TEST_CASE("registrations reported as committed survive SIGKILL at any moment", "[ctl][crash]") {
  const int rounds = qEnvironmentVariableIsSet("CAMIE_CRASH_ROUNDS")
                         ? qEnvironmentVariableIntValue("CAMIE_CRASH_ROUNDS")
                         : 200;
  test::KioskctlRunner ctl;
  test::TestRegistry registry;
  prepareDatabase(ctl.dbPath(), registry);
  auto* random = QRandomGenerator::global();

  QStringList committed;
  int killedMidWrite = 0;
  for (int round = 0; round < rounds; ++round) {
    QProcess p;
    p.start(QStringLiteral(CAMIE_KIOSKCTL_PATH),
            {QStringLiteral("demo-fill"), QStringLiteral("1000000"), QStringLiteral("--ids"),
             QStringLiteral("--operator"), QStringLiteral("tech1"), QStringLiteral("--seed"),
             QString::number(round), QStringLiteral("--now"), QStringLiteral("1768464000"),
             QStringLiteral("--config"), ctl.configPath()});
    REQUIRE(p.waitForStarted());
    p.write("480913\n");
    p.closeWriteChannel();
    // Kill after a random number of committed records (sometimes before the
    // first), then after a random extra delay of up to a few milliseconds.
    const int target = static_cast<int>(random->bounded(12));
    int seen = 0;
    while (seen < target && p.state() == QProcess::Running) {
      if (p.canReadLine() || p.waitForReadyRead(5000)) {
        while (p.canReadLine()) {
          const QString id = QString::fromLatin1(p.readLine()).trimmed();
          if (!id.isEmpty()) {
            committed << id;
            ++seen;
          }
        }
      }
    }
    QDeadlineTimer extra(static_cast<qint64>(random->bounded(6)));
    while (!extra.hasExpired()) {
    }
    p.kill(); // SIGKILL
    REQUIRE(p.waitForFinished(10000));
    if (p.exitStatus() == QProcess::CrashExit)
      ++killedMidWrite;
    // Ids printed just before the kill still count: they were committed.
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
      if (!line.trimmed().isEmpty())
        committed << QString::fromLatin1(line.trimmed());
    }
  }
  INFO("committed " << committed.size() << " ids over " << rounds << " rounds");
  CHECK(killedMidWrite > rounds / 2);
  REQUIRE(committed.size() >= rounds);

  auto db = store::KioskDatabase::open(ctl.dbPath(), store::KioskDatabase::Create::Never);
  REQUIRE(db.ok());
  auto integrity = (*db)->prepare("PRAGMA integrity_check");
  REQUIRE(integrity->step().value());
  CHECK(integrity->text(0) == QStringLiteral("ok"));
  FakeClock clock(test::kTestEpochMs);
  auto session =
      store::KeyVault(**db, clock).signIn(QStringLiteral("tech1"), QStringLiteral("480913"));
  REQUIRE(session.ok());
  store::RegistrationQueue queue(**db, clock, QStringLiteral("kiosk-test"), 7);
  int missing = 0;
  for (const QString& id : std::as_const(committed)) {
    auto record = queue.openLocalCopy(*session, id);
    if (!record.ok()) {
      ++missing;
      UNSCOPED_INFO(id.toStdString() << ": " << record.error().message.toStdString());
    }
  }
  CHECK(missing == 0);
  CHECK((*db)->queryInt("SELECT count(*) FROM records").value() >= committed.size());
}
