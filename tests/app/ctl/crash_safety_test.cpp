// Crash safety: camie-kioskctl finalises registrations in a loop and prints
// each id once it is committed; the test kills it with SIGKILL at random
// moments. Every reported id must be present and open, and the database must
// pass PRAGMA integrity_check. 200 rounds (CAMIE_CRASH_ROUNDS overrides); the
// kill timings come from a seeded generator whose seed is printed
// (CAMIE_TEST_SEED repeats a run).
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/store/sqlite_database.h"
#include "support/kioskctl_runner.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtEndian>

#include <iostream>

using namespace camie;

namespace {
void prepareDatabase(const QString& path, const test::TestRegistry& registry) {
  auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::IfMissing);
  REQUIRE(db.ok());
  FakeClock clock(test::kTestEpochMs);
  REQUIRE(store::KeyVault(**db, clock, test::cheapScrypt())
              .initialise(QStringLiteral("tech1"), test::kTechPin)
              .ok());
  store::ReferenceDataStore refdata(**db);
  REQUIRE(
      refdata.put({QStringLiteral("keys"), {}, registry.keysJson(), 0}, QStringLiteral("t")).ok());
  REQUIRE(
      refdata.put({QStringLiteral("gazetteer"), {}, test::gazetteerJson(), 0}, QStringLiteral("t"))
          .ok());
}
// True when the write-ahead log ends in frames of its current generation
// after the last commit frame: the process died writing a transaction.
bool walEndsInsideATransaction(const QString& dbPath) {
  QFile wal(dbPath + QStringLiteral("-wal"));
  if (!wal.open(QIODevice::ReadOnly))
    return false;
  const QByteArray bytes = wal.readAll();
  const auto be32 = [&](qsizetype at) {
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(bytes.constData() + at));
  };
  if (bytes.size() < 32)
    return false;
  const quint32 pageSize = be32(8);
  const quint32 salt1 = be32(16);
  const quint32 salt2 = be32(20);
  bool afterCommit = true;
  for (qsizetype at = 32; at + 24 <= bytes.size(); at += 24 + pageSize) {
    if (be32(at + 8) != salt1 || be32(at + 12) != salt2)
      break; // a frame of an earlier generation: the log ends before it
    afterCommit = be32(at + 4) != 0;
  }
  return !afterCommit;
}

qint64 recordCount(const QString& dbPath) {
  auto db = store::SqliteDatabase::open(dbPath, store::SqliteDatabase::Mode::ReadWrite);
  REQUIRE(db.ok());
  return (*db)->queryInt("SELECT count(*) FROM records").value();
}
} // namespace

TEST_CASE("registrations reported as committed survive SIGKILL at any moment", "[ctl][crash]") {
  const int rounds = qEnvironmentVariableIsSet("CAMIE_CRASH_ROUNDS")
                         ? qEnvironmentVariableIntValue("CAMIE_CRASH_ROUNDS")
                         : 200;
  test::KioskctlRunner ctl;
  test::TestRegistry registry;
  prepareDatabase(ctl.dbPath(), registry);
  const quint64 seed = qEnvironmentVariableIsSet("CAMIE_TEST_SEED")
                           ? qEnvironmentVariable("CAMIE_TEST_SEED").toULongLong()
                           : QRandomGenerator::system()->generate64();
  std::cout << "crash_safety: CAMIE_TEST_SEED=" << seed << std::endl;
  QRandomGenerator generator(seed);
  auto* random = &generator;

  QStringList committed;
  int killedMidWrite = 0;    // the WAL ended inside a transaction
  int killedAfterCommit = 0; // committed, not yet reported
  int killedWhileRunning = 0;
  qint64 recordsBefore = recordCount(ctl.dbPath());
  qsizetype reportedBefore = 0;
  for (int round = 0; round < rounds; ++round) {
    QProcess p;
    p.start(QStringLiteral(CAMIE_KIOSKCTL_PATH),
            {QStringLiteral("demo-fill"), QStringLiteral("1000000"), QStringLiteral("--ids"),
             QStringLiteral("--operator"), QStringLiteral("tech1"), QStringLiteral("--seed"),
             QString::number(round), QStringLiteral("--now"), QStringLiteral("1768464000"),
             QStringLiteral("--config"), ctl.configPath()});
    REQUIRE(p.waitForStarted());
    p.write(test::pinLine(test::kTechPin));
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
      ++killedWhileRunning;
    // Ids printed just before the kill still count: they were committed.
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
      if (!line.trimmed().isEmpty())
        committed << QString::fromLatin1(line.trimmed());
    }
    if (walEndsInsideATransaction(ctl.dbPath()))
      ++killedMidWrite;
    // Opening the database recovers the log; more records than ids reported
    // means the kill came between a commit and its report.
    const qint64 count = recordCount(ctl.dbPath());
    if (count - recordsBefore > committed.size() - reportedBefore)
      ++killedAfterCommit;
    recordsBefore = count;
    reportedBefore = committed.size();
  }
  std::cout << "crash_safety: " << rounds << " rounds, " << killedWhileRunning
            << " kills of a running process, " << killedMidWrite
            << " inside a transaction's write, " << killedAfterCommit
            << " between a commit and its report (seed " << seed << ")" << std::endl;
  INFO("seed " << seed << ": committed " << committed.size() << " ids over " << rounds
               << " rounds");
  CHECK(killedWhileRunning > rounds / 2);
  CHECK(killedMidWrite + killedAfterCommit > 0);
  REQUIRE(committed.size() >= rounds);

  auto db = store::KioskDatabase::open(ctl.dbPath(), store::KioskDatabase::Create::Never);
  REQUIRE(db.ok());
  auto integrity = (*db)->prepare("PRAGMA integrity_check");
  REQUIRE(integrity->step().value());
  CHECK(integrity->text(0) == QStringLiteral("ok"));
  FakeClock clock(test::kTestEpochMs);
  auto session = store::KeyVault(**db, clock).signIn(QStringLiteral("tech1"), test::kTechPin);
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
