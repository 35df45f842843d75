// camie-kioskctl sync against camdx-sim over real HTTPS with client
// certificates on loopback: the whole queue arrives exactly once, through
// every scripted fault and a random mix of them, through SIGKILL mid-batch;
// a record the registry always fails backs off on its own, escalating;
// each TLS failure gives its own clear error and marks nothing sent; what the
// kiosk sends matches docs/api/registry.yaml.
#include "core/store/sqlite_database.h"
#include "support/camdx_sim_process.h"
#include "support/connect_proxy.h"
#include "support/disk_bytes.h"
#include "support/kioskctl_runner.h"
#include "support/openapi_contract.h"
#include "support/test_pins.h"
#include "support/test_pki.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iostream>

using camie::test::CamdxSimProcess;
using camie::test::CtlRun;
using camie::test::KioskctlRunner;
using camie::test::TestPki;

namespace {

const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);

QStringList mtlsSim(const TestPki& pki, QStringList extra = {}) {
  QStringList args = {
      QStringLiteral("--mode"),         QStringLiteral("mtls"),
      QStringLiteral("--cert"),         pki.server().cert,
      QStringLiteral("--key"),          pki.server().key,
      QStringLiteral("--client-ca"),    pki.caCert(),
      QStringLiteral("--allow-client"), CamdxSimProcess::clientId() + u'=' + pki.client().cert,
      QStringLiteral("--quiet")};
  return args + extra;
}

struct SyncSetup {
  QString endpoint;
  QString connection = QStringLiteral("mtls");
  QString ca;
  QString cert;
  QString key;
  QString pin;
  int batch = 10;
  QString proxy;
  QString roots; // the simulator's roots file
};

void writeConfig(const KioskctlRunner& ctl, const SyncSetup& s) {
  QByteArray conf = "[store]\ndatabase=kiosk.db\n[device]\nid=kiosk-test\n[sync]\n";
  conf += "endpoint=" + s.endpoint.toUtf8() + "\nconnection=" + s.connection.toUtf8() +
          "\nclient=" + CamdxSimProcess::clientId().toUtf8() +
          "\nbatch_records=" + QByteArray::number(s.batch) + '\n';
  if (!s.ca.isEmpty())
    conf += "ca_file=" + s.ca.toUtf8() + '\n';
  if (!s.cert.isEmpty())
    conf += "cert_file=" + s.cert.toUtf8() + "\nkey_file=" + s.key.toUtf8() + '\n';
  if (!s.pin.isEmpty())
    conf += "pinned_public_key=" + s.pin.toUtf8() + '\n';
  if (!s.proxy.isEmpty())
    conf += "proxy=" + s.proxy.toUtf8() + '\n';
  if (!s.roots.isEmpty())
    conf += "[trust]\nregistry_roots=" + s.roots.toUtf8() + '\n';
  ctl.writeFile(QStringLiteral("kiosk.conf"), conf);
}

SyncSetup mtlsSetup(const TestPki& pki, const CamdxSimProcess& sim) {
  return {
      sim.url(), QStringLiteral("mtls"), pki.caCert(), pki.client().cert, pki.client().key, {}, 10,
      {},        sim.rootsFile()};
}

// A kiosk with the registry's reference data, holding `records` sealed registrations.
void prepareKiosk(const KioskctlRunner& ctl, int records) {
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun refdata = ctl.run({QStringLiteral("sync"), QStringLiteral("--once"),
                                  QStringLiteral("--max-wait"), QStringLiteral("5")});
  INFO(refdata.out.constData() << refdata.err.constData());
  REQUIRE(refdata.exitCode == 0);
  REQUIRE(refdata.json().value(QStringLiteral("referenceUpdated")).toInt() >= 3);
  if (records > 0) {
    const CtlRun fill = ctl.run({QStringLiteral("demo-fill"), QString::number(records),
                                 QStringLiteral("--operator"), QStringLiteral("tech1")},
                                kPin);
    INFO(fill.err.constData());
    REQUIRE(fill.exitCode == 0);
  }
}

CtlRun syncOnce(const KioskctlRunner& ctl, int maxWait = 120) {
  return ctl.run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-wait"),
                  QString::number(maxWait), QStringLiteral("--no-refdata")});
}

QJsonObject counts(const KioskctlRunner& ctl) {
  return ctl.run({QStringLiteral("status")}).json().value(QStringLiteral("counts")).toObject();
}

// Every record accepted exactly once on both sides: the kiosk holds `n`
// accepted records and nothing queued; the registry `n` distinct ids with `n`
// distinct numbers.
void requireExactlyOnce(const KioskctlRunner& ctl, const CamdxSimProcess& sim, int n) {
  const QJsonObject c = counts(ctl);
  CHECK(c.value(QStringLiteral("accepted")).toInt() == n);
  CHECK(c.value(QStringLiteral("sealed")).toInt() == 0);
  CHECK(c.value(QStringLiteral("sending")).toInt() == 0);
  const QJsonArray registered = sim.registrations(true);
  QSet<QString> ids;
  QSet<QString> numbers;
  for (const QJsonValue& r : registered) {
    ids.insert(r[QStringLiteral("id")].toString());
    numbers.insert(r[QStringLiteral("number")].toString());
  }
  CHECK(registered.size() == n);
  CHECK(ids.size() == n);
  CHECK(numbers.size() == n);
  CHECK(sim.summary().value(QStringLiteral("distinctIds")).toInt() == n);
}

} // namespace

TEST_CASE("500 registrations reach the registry over mutual TLS, each once, as the contract "
          "says",
          "[sync][e2e]") {
  TestPki pki;
  KioskctlRunner ctl;
  const QString requests = ctl.file(QStringLiteral("requests"));
  CamdxSimProcess sim(mtlsSim(pki, {QStringLiteral("--record-requests"), requests}));
  SyncSetup setup = mtlsSetup(pki, sim);
  setup.batch = 100;
  writeConfig(ctl, setup);
  prepareKiosk(ctl, 500);

  const CtlRun run = syncOnce(ctl);
  INFO(run.out.constData() << run.err.constData());
  REQUIRE(run.exitCode == 0);
  const QJsonObject summary = run.json();
  CHECK(summary.value(QStringLiteral("accepted")).toInt() == 500);
  CHECK(summary.value(QStringLiteral("batches")).toInt() == 5);
  CHECK(summary.value(QStringLiteral("complete")).toBool());
  requireExactlyOnce(ctl, sim, 500);

  // What the kiosk sent, as the simulator recorded it, against the OpenAPI.
  auto contract = camie::test::OpenApiContract::load(
      QStringLiteral(CAMIE_SOURCE_DIR "/docs/api/registry.yaml"));
  REQUIRE(contract.ok());
  int batches = 0;
  const QStringList files = QDir(requests).entryList({QStringLiteral("*.json")}, QDir::Files);
  REQUIRE_FALSE(files.isEmpty());
  for (const QString& name : files) {
    QFile f(QDir(requests).filePath(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject logged = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject headers = logged.value(QStringLiteral("headers")).toObject();
    QStringList headerNames;
    for (auto it = headers.begin(); it != headers.end(); ++it)
      headerNames << it.key().toLower();
    INFO(name.toStdString());
    CHECK(headerNames.contains(QStringLiteral("x-road-client")));
    CHECK(headerNames.contains(QStringLiteral("x-road-userid")));
    CHECK(headerNames.contains(QStringLiteral("x-road-id")));
    const QString method = logged.value(QStringLiteral("method")).toString();
    if (method == u"POST") {
      auto valid =
          contract->validateRequest(method, logged.value(QStringLiteral("path")).toString(),
                                    logged.value(QStringLiteral("body")));
      INFO((valid.ok() ? QString() : valid.error().message).toStdString());
      CHECK(valid.ok());
      if (logged.value(QStringLiteral("path")).toString().endsWith(u"/v1/batches")) {
        ++batches;
        CHECK(headerNames.contains(QStringLiteral("idempotency-key")));
      }
    }
  }
  CHECK(batches == 5);
}

TEST_CASE("one record the registry always answers 'retry' waits longer at each sync, capped, "
          "and the 500 others are accepted at once",
          "[sync][e2e]") {
  TestPki pki;
  KioskctlRunner ctl;
  CamdxSimProcess sim(mtlsSim(pki));
  SyncSetup setup = mtlsSetup(pki, sim);
  setup.batch = 100;
  writeConfig(ctl, setup);
  prepareKiosk(ctl, 501);
  auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                               camie::store::SqliteDatabase::Mode::ReadWrite);
  REQUIRE(db.ok());
  QString failing;
  {
    auto pick =
        (*db)->prepare("SELECT id FROM records ORDER BY captured_at, id LIMIT 1 OFFSET 250");
    REQUIRE(pick.ok());
    REQUIRE(pick->step().value());
    failing = pick->text(0);
  }
  sim.admin("PUT", QStringLiteral("/_sim/scenario"),
            QStringLiteral(R"({"faults": [{"kind": "retry_records", "path": "*/v1/batches", )"
                           R"("record": "%1"}]})")
                .arg(failing)
                .toUtf8());
  const auto attemptOf = [&](const char* column) {
    auto stmt = (*db)->prepare(QStringLiteral("SELECT %1 FROM records WHERE id = ?")
                                   .arg(QLatin1String(column))
                                   .toUtf8()
                                   .constData());
    REQUIRE(stmt.ok());
    stmt->bind(1, failing);
    REQUIRE(stmt->step().value());
    return stmt->int64(0);
  };
  // Each sync at the kiosk time `now` (seconds), without waiting.
  const auto syncAt = [&](qint64 now) {
    return ctl.run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-wait"),
                    QStringLiteral("0"), QStringLiteral("--no-refdata"), QStringLiteral("--now"),
                    QString::number(now)});
  };

  qint64 now = QDateTime::currentSecsSinceEpoch() + 1;
  const CtlRun first = syncAt(now);
  INFO(first.out.constData() << first.err.constData());
  REQUIRE(first.exitCode == 0);
  CHECK(first.json().value(QStringLiteral("accepted")).toInt() == 500);
  CHECK(first.json().value(QStringLiteral("retried")).toInt() == 1);
  CHECK(counts(ctl).value(QStringLiteral("accepted")).toInt() == 500);

  // The default policy: up to 2 s·2^(attempts−1), capped at 15 minutes.
  QList<qint64> waits;
  for (int attempt = 1; attempt <= 10; ++attempt) {
    INFO("attempt " << attempt);
    CHECK(attemptOf("attempts") == attempt);
    const qint64 next = attemptOf("next_attempt_at");
    const qint64 wait = next - now * 1000;
    CHECK(wait >= 0);
    CHECK(wait <= qMin<qint64>(15 * 60 * 1000, 2000LL << (attempt - 1)));
    waits << wait;
    if (wait >= 2000) { // a sync before its time does not send it
      const CtlRun early = syncAt(now + 1);
      CHECK(early.json().value(QStringLiteral("batches")).toInt() == 0);
      CHECK(attemptOf("attempts") == attempt);
    }
    now = next / 1000 + 1;
    const CtlRun again = syncAt(now);
    INFO(again.out.constData() << again.err.constData());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("retried")).toInt() == 1);
  }
  // Escalating: the late waits reach far past the first ones' ceiling.
  CHECK(*std::max_element(waits.begin() + 6, waits.end()) > 8000);

  // The registry takes it at last: settled like the others, each once.
  sim.admin("DELETE", QStringLiteral("/_sim/scenario"));
  now = attemptOf("next_attempt_at") / 1000 + 1;
  const CtlRun last = syncAt(now);
  INFO(last.out.constData() << last.err.constData());
  CHECK(last.json().value(QStringLiteral("accepted")).toInt() == 1);
  CHECK(last.json().value(QStringLiteral("complete")).toBool());
  requireExactlyOnce(ctl, sim, 501);
}

TEST_CASE("each scripted fault alone: every record still arrives exactly once", "[sync]") {
  const QStringList faults = {
      QStringLiteral("latency:path=*/v1/batches,ms=200"),
      QStringLiteral("reset_before_commit:path=*/v1/batches,count=2"),
      QStringLiteral("reset_after_commit:path=*/v1/batches,count=2"),
      QStringLiteral("too_many_requests:path=*/v1/batches,count=2,retry_after=1"),
      QStringLiteral("unavailable:path=*/v1/batches,count=2,retry_after=1,retry_after_format=date"),
      QStringLiteral("truncate:path=*/v1/batches,count=2"),
      QStringLiteral("xroad_error:path=*/v1/batches,count=2"),
      QStringLiteral("trickle:path=*/v1/batches,count=2"),
      QStringLiteral("wrong_content_type:path=*/v1/batches,count=2"),
      QStringLiteral("retry_records:path=*/v1/batches,count=2,record_probability=0.5"),
      QStringLiteral("max-batch")};
  TestPki pki;
  for (const QString& fault : faults) {
    DYNAMIC_SECTION(fault.toStdString()) {
      KioskctlRunner ctl;
      const QStringList extra =
          fault == u"max-batch" ? QStringList{QStringLiteral("--max-batch"), QStringLiteral("4")}
                                : QStringList{QStringLiteral("--fault"), fault};
      CamdxSimProcess sim(mtlsSim(pki, extra));
      writeConfig(ctl, mtlsSetup(pki, sim));
      prepareKiosk(ctl, 30);
      const CtlRun run = syncOnce(ctl);
      INFO(run.out.constData() << run.err.constData());
      CHECK(run.exitCode == 0);
      requireExactlyOnce(ctl, sim, 30);
      // The fault really happened: camdx-sim's own count of it.
      const QJsonObject summary = sim.summary();
      INFO(QJsonDocument(summary).toJson().constData());
      if (fault == u"max-batch") {
        CHECK(summary.value(QStringLiteral("tooLarge")).toInteger() > 0);
      } else {
        const QString kind = fault.section(u':', 0, 0);
        const qint64 fired =
            summary.value(QStringLiteral("faults")).toObject().value(kind).toInteger();
        if (fault.contains(QStringLiteral("count=2")))
          CHECK(fired == 2);
        else
          CHECK(fired > 0);
      }
    }
  }
}

TEST_CASE("sync --once after the retention period leaves no ciphertext of accepted records on "
          "disk",
          "[sync][privacy]") {
  TestPki pki;
  KioskctlRunner ctl;
  CamdxSimProcess sim(mtlsSim(pki));
  writeConfig(ctl, mtlsSetup(pki, sim));
  prepareKiosk(ctl, 5);
  // The test's own connection, to read the ciphertexts and the outcome. (An
  // idle connection does not keep ctl's exit from checkpointing the WAL, so
  // this test proves that sync --once purges; that the purge's own
  // checkpoint empties the WAL of a running kiosk is proven through the sync
  // and store services in tests/core/sync/retention_purge_test.cpp.)
  auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                               camie::store::SqliteDatabase::Mode::ReadWrite);
  REQUIRE(db.ok());
  const QList<QByteArray> blobs = camie::test::recordCiphertexts(**db);
  REQUIRE(blobs.size() == 10);

  const CtlRun sent = syncOnce(ctl);
  INFO(sent.out.constData() << sent.err.constData());
  REQUIRE(sent.json().value(QStringLiteral("accepted")).toInt() == 5);
  CHECK(sent.json().value(QStringLiteral("purged")).toInt() == 0);
  QByteArray disk = camie::test::databaseFileBytes(ctl.dbPath());
  for (const QByteArray& blob : blobs)
    REQUIRE(disk.contains(blob));

  const qint64 later = QDateTime::currentSecsSinceEpoch() + 7 * 24 * 3600 + 600;
  const CtlRun purge =
      ctl.run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--no-refdata"),
               QStringLiteral("--now"), QString::number(later)});
  INFO(purge.out.constData() << purge.err.constData());
  CHECK(purge.exitCode == 0);
  CHECK(purge.json().value(QStringLiteral("purged")).toInt() == 5);
  CHECK(camie::test::countWhere(**db, "SELECT count(*) FROM records WHERE purged_at IS NOT NULL "
                                      "AND local_copy IS NULL AND sealed_ct IS NULL") == 5);
  disk = camie::test::databaseFileBytes(ctl.dbPath());
  int found = 0;
  for (const QByteArray& blob : blobs)
    found += disk.contains(blob) ? 1 : 0;
  CHECK(found == 0);
}

TEST_CASE("an audit log cut back after a sync fails audit verify, and the registry refuses the "
          "kiosk's next batch with the records kept queued",
          "[sync][audit]") {
  TestPki pki;
  KioskctlRunner ctl;
  CamdxSimProcess sim(mtlsSim(pki));
  writeConfig(ctl, mtlsSetup(pki, sim));
  prepareKiosk(ctl, 3);
  REQUIRE(syncOnce(ctl).json().value(QStringLiteral("accepted")).toInt() == 3);
  CHECK(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);

  // The attack: the append-only trigger dropped, the newest entries deleted.
  {
    auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                                 camie::store::SqliteDatabase::Mode::ReadWrite);
    REQUIRE(db.ok());
    const qint64 sentSeq = camie::test::countWhere(
        **db, "SELECT CAST(substr(value, 1, instr(value, ':') - 1) AS INTEGER) FROM settings "
              "WHERE key = 'audit_anchor_sent'");
    REQUIRE(sentSeq > 10);
    REQUIRE((*db)->exec("DROP TRIGGER audit_no_delete").ok());
    auto cut = (*db)->prepare("DELETE FROM audit WHERE seq > ?");
    REQUIRE(cut.ok());
    cut->bind(1, sentSeq - 8);
    REQUIRE(cut->run().ok());
  }
  const CtlRun verify = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
  INFO(verify.out.constData() << verify.err.constData());
  CHECK(verify.exitCode == 1);
  CHECK_FALSE(verify.json().value(QStringLiteral("ok")).toBool());
  CHECK(verify.json()
            .value(QStringLiteral("problem"))
            .toString()
            .contains(QStringLiteral("entries were removed from its end")));

  // The next registration's batch shows the shorter log: refused whole, kept queued.
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("1"), QStringLiteral("--operator"),
                   QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun refused = syncOnce(ctl, 5);
  INFO(refused.out.constData() << refused.err.constData());
  CHECK(refused.exitCode == 1);
  const QJsonObject error = refused.json().value(QStringLiteral("error")).toObject();
  CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("audit_regressed"));
  CHECK(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("stay queued")));
  CHECK(counts(ctl).value(QStringLiteral("sealed")).toInt() == 1);
  CHECK(sim.registrations(true).size() == 3);
  CHECK(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 1);
}

TEST_CASE("a random mix of faults over 2,000 records: each accepted once, nothing left queued",
          "[sync][slow]") {
  TestPki pki;
  KioskctlRunner ctl;
  ctl.writeFile(QStringLiteral("scenario.json"), R"({"seed": 7, "faults": [
    {"kind": "latency", "path": "*", "ms": 3},
    {"kind": "reset_after_commit", "path": "*/v1/batches", "probability": 0.12},
    {"kind": "reset_before_commit", "path": "*/v1/batches", "probability": 0.08},
    {"kind": "too_many_requests", "path": "*", "probability": 0.05, "retry_after": 1},
    {"kind": "truncate", "path": "*/v1/*", "probability": 0.05},
    {"kind": "xroad_error", "path": "*/v1/*", "probability": 0.05},
    {"kind": "wrong_content_type", "path": "*/v1/batches", "probability": 0.03},
    {"kind": "retry_records", "path": "*/v1/batches", "probability": 0.1, "record_probability": 0.3}
  ]})");
  CamdxSimProcess sim(
      mtlsSim(pki, {QStringLiteral("--scenario"), ctl.file(QStringLiteral("scenario.json"))}));
  SyncSetup setup = mtlsSetup(pki, sim);
  setup.batch = 100;
  writeConfig(ctl, setup);
  prepareKiosk(ctl, 2000);
  CtlRun run = syncOnce(ctl, 300);
  INFO(run.out.constData() << run.err.constData());
  CHECK(run.exitCode == 0);
  CHECK(run.json().value(QStringLiteral("remaining")).toInt() == 0);
  requireExactlyOnce(ctl, sim, 2000);
  const QJsonObject summary = sim.summary();
  CHECK(summary.value(QStringLiteral("statusRequests")).toInt() > 0); // lost acks were looked up
}

TEST_CASE("the syncing process killed mid-batch, 50 rounds: nothing lost, nothing duplicated",
          "[sync][crash]") {
  TestPki pki;
  KioskctlRunner ctl;
  CamdxSimProcess sim(mtlsSim(pki, {QStringLiteral("--latency"), QStringLiteral("40")}));
  SyncSetup setup = mtlsSetup(pki, sim);
  setup.batch = 2; // several batches per run, so the kill lands inside one
  writeConfig(ctl, setup);
  prepareKiosk(ctl, 10);
  const quint64 seed = qEnvironmentVariableIsSet("CAMIE_TEST_SEED")
                           ? qEnvironmentVariable("CAMIE_TEST_SEED").toULongLong()
                           : QRandomGenerator::system()->generate64();
  std::cout << "kioskctl_sync kill test: CAMIE_TEST_SEED=" << seed << std::endl;
  QRandomGenerator generator(seed);
  auto* random = &generator;
  int total = 10;
  int killed = 0;
  int killedMidBatch = 0; // records left leased to a batch whose answer never came
  for (int round = 0; round < 50; ++round) {
    {
      REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("8"),
                       QStringLiteral("--operator"), QStringLiteral("tech1"),
                       QStringLiteral("--seed"), QString::number(1000 + round)},
                      kPin)
                  .exitCode == 0);
      total += 8;
    }
    QProcess p;
    p.start(QStringLiteral(CAMIE_KIOSKCTL_PATH),
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--no-refdata"),
             QStringLiteral("--config"), ctl.configPath()});
    REQUIRE(p.waitForStarted());
    // Kill somewhere inside the run: before, during or after a batch.
    QDeadlineTimer deadline(static_cast<qint64>(20 + random->bounded(180)));
    while (!deadline.hasExpired() && p.state() == QProcess::Running)
      p.waitForFinished(5);
    if (p.state() != QProcess::NotRunning) {
      p.kill(); // SIGKILL
      ++killed;
      REQUIRE(p.waitForFinished(10000));
      const QJsonObject counts =
          ctl.run({QStringLiteral("status")}).json().value(QStringLiteral("counts")).toObject();
      if (counts.value(QStringLiteral("sending")).toInt() > 0)
        ++killedMidBatch;
    }
  }
  std::cout << "kioskctl_sync kill test: " << killed << " kills, " << killedMidBatch
            << " in the middle of a batch (seed " << seed << ")" << std::endl;
  INFO("seed " << seed);
  CHECK(killed > 25);
  CHECK(killedMidBatch > 5);
  const CtlRun last = syncOnce(ctl);
  INFO(last.out.constData() << last.err.constData());
  REQUIRE(last.exitCode == 0);
  requireExactlyOnce(ctl, sim, total);
}

TEST_CASE("TLS failures each give their own clear error and mark nothing sent", "[sync]") {
  TestPki pki;
  struct Case {
    const char* name;
    QStringList simArgs;
    std::function<void(SyncSetup&)> kiosk;
    const char* code;
  };
  const QStringList tls = {QStringLiteral("--mode"), QStringLiteral("tls"),
                           QStringLiteral("--quiet")};
  const auto withServer = [&](const TestPki::Pair& server) {
    return tls +
           QStringList{QStringLiteral("--cert"), server.cert, QStringLiteral("--key"), server.key};
  };
  const std::vector<Case> cases = {
      {"unknown CA", withServer(pki.server()),
       [&](SyncSetup& s) {
         s.ca = pki.otherCaCert();
         s.connection = QStringLiteral("tls");
         s.cert.clear();
       },
       "tls_unknown_ca"},
      {"expired server certificate", withServer(pki.expiredServer()),
       [&](SyncSetup& s) {
         s.connection = QStringLiteral("tls");
         s.cert.clear();
       },
       "tls_expired"},
      {"wrong host name", withServer(pki.wrongHostServer()),
       [&](SyncSetup& s) {
         s.connection = QStringLiteral("tls");
         s.cert.clear();
       },
       "tls_hostname"},
      {"no client certificate", mtlsSim(pki),
       [&](SyncSetup& s) {
         s.connection = QStringLiteral("tls");
         s.cert.clear();
       },
       "tls_client_cert_missing"},
      {"client certificate from another CA", mtlsSim(pki),
       [&](SyncSetup& s) {
         s.cert = pki.otherClient().cert;
         s.key = pki.otherClient().key;
       },
       "tls_client_cert_refused"},
      {"pin mismatch", mtlsSim(pki),
       [&](SyncSetup& s) { s.pin = TestPki::publicKeyPin(pki.otherServer().cert); },
       "tls_pin_mismatch"},
  };
  QSet<QString> seen;
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      KioskctlRunner ctl;
      // The kiosk gets its reference data through a good connection first.
      {
        CamdxSimProcess good(mtlsSim(pki));
        writeConfig(ctl, mtlsSetup(pki, good));
        prepareKiosk(ctl, 5);
      }
      CamdxSimProcess sim(c.simArgs);
      SyncSetup setup = mtlsSetup(pki, sim);
      c.kiosk(setup);
      writeConfig(ctl, setup);
      const CtlRun run = syncOnce(ctl, 5);
      INFO(run.out.constData() << run.err.constData());
      CHECK(run.exitCode == 1);
      const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
      CHECK(error.value(QStringLiteral("code")).toString() == QString::fromLatin1(c.code));
      CHECK_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
      seen.insert(error.value(QStringLiteral("code")).toString());
      const QJsonObject after = counts(ctl);
      CHECK(after.value(QStringLiteral("sealed")).toInt() == 5);
      CHECK(after.value(QStringLiteral("accepted")).toInt() == 0);
      CHECK(sim.summary().value(QStringLiteral("distinctIds")).toInt() == 0);

      const CtlRun check = ctl.run({QStringLiteral("sync"), QStringLiteral("check")});
      CHECK(check.exitCode == 1);
    }
  }
}

TEST_CASE("after a registry key rotation new records seal to the new key and queued ones "
          "still upload",
          "[sync]") {
  TestPki pki;
  KioskctlRunner ctl;
  CamdxSimProcess sim(mtlsSim(pki));
  writeConfig(ctl, mtlsSetup(pki, sim));
  prepareKiosk(ctl, 5); // sealed to the first key
  const QString newKid = sim.rotateKey();
  REQUIRE_FALSE(newKid.isEmpty());
  // sync --once refreshes the keys first, then uploads the five old records.
  const CtlRun first = ctl.run({QStringLiteral("sync"), QStringLiteral("--once"),
                                QStringLiteral("--max-wait"), QStringLiteral("30")});
  INFO(first.out.constData() << first.err.constData());
  REQUIRE(first.exitCode == 0);
  CHECK(first.json().value(QStringLiteral("accepted")).toInt() == 5);
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("5"), QStringLiteral("--operator"),
                   QStringLiteral("tech1"), QStringLiteral("--seed"), QStringLiteral("99")},
                  kPin)
              .exitCode == 0);
  const CtlRun second = syncOnce(ctl);
  REQUIRE(second.exitCode == 0);
  CHECK(second.json().value(QStringLiteral("accepted")).toInt() == 5);
  requireExactlyOnce(ctl, sim, 10);
  // Which key each record was sealed to, on the kiosk.
  auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                               camie::store::SqliteDatabase::Mode::ReadOnly);
  REQUIRE(db.ok());
  auto byKey = (*db)->prepare("SELECT count(*) FROM records WHERE sealed_key_id = ?");
  byKey->bind(1, newKid);
  REQUIRE(byKey->step().value());
  CHECK(byKey->int64(0) == 5);
}

TEST_CASE("the kiosk reaches the security server through the branch's proxy, with credentials",
          "[sync]") {
  TestPki pki;
  camie::test::ConnectProxy proxy("clerk:s3cret");
  KioskctlRunner ctl;
  CamdxSimProcess sim(mtlsSim(pki));
  SyncSetup setup = mtlsSetup(pki, sim);
  // The CA list and reference data through a direct connection first.
  writeConfig(ctl, setup);
  prepareKiosk(ctl, 7);

  setup.proxy = QStringLiteral("http://clerk:wrong@127.0.0.1:%1").arg(proxy.port());
  writeConfig(ctl, setup);
  const CtlRun refused = syncOnce(ctl, 2);
  INFO(refused.out.constData() << refused.err.constData());
  CHECK(refused.exitCode == 1);
  CHECK(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
        QStringLiteral("proxy_failed"));
  CHECK(proxy.refused() >= 1);
  CHECK(counts(ctl).value(QStringLiteral("sealed")).toInt() == 7);

  setup.proxy = QStringLiteral("http://clerk:s3cret@127.0.0.1:%1").arg(proxy.port());
  writeConfig(ctl, setup);
  const CtlRun through = syncOnce(ctl);
  INFO(through.out.constData() << through.err.constData());
  REQUIRE(through.exitCode == 0);
  CHECK(through.json().value(QStringLiteral("accepted")).toInt() == 7);
  CHECK(proxy.tunnels() >= 1);
  requireExactlyOnce(ctl, sim, 7);
}
