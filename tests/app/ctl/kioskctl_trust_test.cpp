// TRUST.md through the kiosk's own sync path (camie-kioskctl sync --once)
// against camdx-sim over mutual TLS, the simulator misbehaving on purpose:
// a keys document unsigned, signed by an unknown root or rolled back is
// refused in words naming the reason; an acceptance without a valid receipt
// settles nothing — the record stays queued, is looked up again and settles
// once a valid receipt comes. And `refdata load keys`: serial and recovery
// slots.
#include "core/store/sqlite_database.h"
#include "support/camdx_sim_process.h"
#include "support/kioskctl_runner.h"
#include "support/test_pins.h"
#include "support/test_pki.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>

using camie::test::CamdxSimProcess;
using camie::test::CtlRun;
using camie::test::KioskctlRunner;
using camie::test::TestPki;

namespace {

const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);
// A fake clock for sync (its waits advance it instead of sleeping), a
// minute after the registrations were made.
QString fakeNow() {
  return QString::number(QDateTime::currentSecsSinceEpoch() + 60);
}

CamdxSimProcess mtlsSim(const TestPki& pki, const QStringList& faults) {
  QStringList args = {
      QStringLiteral("--mode"),         QStringLiteral("mtls"),
      QStringLiteral("--cert"),         pki.server().cert,
      QStringLiteral("--key"),          pki.server().key,
      QStringLiteral("--client-ca"),    pki.caCert(),
      QStringLiteral("--allow-client"), CamdxSimProcess::clientId() + u'=' + pki.client().cert,
      QStringLiteral("--quiet")};
  for (const QString& f : faults)
    args << QStringLiteral("--fault") << f;
  return CamdxSimProcess(args);
}

void writeConfig(const KioskctlRunner& ctl, const TestPki& pki, const CamdxSimProcess& sim) {
  ctl.writeFile(
      QStringLiteral("kiosk.conf"),
      "[store]\ndatabase=kiosk.db\n[device]\nid=kiosk-test\n[sync]\nendpoint=" +
          sim.url().toUtf8() + "\nconnection=mtls\nclient=" + CamdxSimProcess::clientId().toUtf8() +
          "\nca_file=" + pki.caCert().toUtf8() + "\ncert_file=" + pki.client().cert.toUtf8() +
          "\nkey_file=" + pki.client().key.toUtf8() +
          "\n[trust]\nregistry_roots=" + sim.rootsFile().toUtf8() + '\n');
}

CtlRun sync(const KioskctlRunner& ctl, bool refdata = true) {
  QStringList args{QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-wait"),
                   QStringLiteral("3600"), QStringLiteral("--now"),  fakeNow()};
  if (!refdata)
    args << QStringLiteral("--no-refdata");
  return ctl.run(args);
}

void init(const KioskctlRunner& ctl) {
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
}

QString refusal(const CtlRun& run) {
  return run.json().value(QStringLiteral("referenceRefused")).toArray().first().toString();
}

QJsonObject counts(const KioskctlRunner& ctl) {
  return ctl.run({QStringLiteral("status")}).json().value(QStringLiteral("counts")).toObject();
}

} // namespace

TEST_CASE("a keys document unsigned or signed by an unknown root is refused, in words", "[trust]") {
  TestPki pki;
  const struct {
    const char* fault;
    const char* words;
  } cases[] = {{"unsigned_keys", "it is not signed"},
               {"unknown_root_keys", "unknown root root-rogue"}};
  for (const auto& c : cases) {
    INFO(c.fault);
    CamdxSimProcess sim = mtlsSim(pki, {QString::fromLatin1(c.fault) + ":path=*/reference/keys"});
    KioskctlRunner ctl;
    writeConfig(ctl, pki, sim);
    init(ctl);
    const CtlRun first = sync(ctl);
    INFO(first.out.constData() << first.err.constData());
    REQUIRE(first.exitCode == 0);
    CHECK(first.json().value(QStringLiteral("referenceUpdated")).toInt() == 3); // not the keys
    CHECK(refusal(first).contains(QString::fromLatin1(c.words)));
    CHECK(refusal(first).contains(QStringLiteral("GET reference/keys")));
    // With no registry key, nothing can be registered (nothing sealed to a stranger).
    const CtlRun fill = ctl.run({QStringLiteral("demo-fill"), QStringLiteral("1"),
                                 QStringLiteral("--operator"), QStringLiteral("tech1")},
                                kPin);
    CHECK(fill.exitCode != 0);
  }
}

TEST_CASE("a rolled-back keys document is refused and the kiosk keeps its newer one", "[trust]") {
  TestPki pki;
  // The first keys request gets the good document (serial 1), later ones serial 0.
  CamdxSimProcess sim =
      mtlsSim(pki, {QStringLiteral("rolled_back_keys:path=*/reference/keys,after=1")});
  KioskctlRunner ctl;
  writeConfig(ctl, pki, sim);
  init(ctl);
  const CtlRun first = sync(ctl);
  INFO(first.out.constData() << first.err.constData());
  REQUIRE(first.json().value(QStringLiteral("referenceUpdated")).toInt() == 4);
  const CtlRun second = sync(ctl);
  INFO(second.out.constData());
  CHECK(second.json().value(QStringLiteral("referenceUpdated")).toInt() == 0);
  CHECK(refusal(second).contains(QStringLiteral("serial 0 is lower than 1")));
  // The kiosk still registers, sealed to the key of the document it kept.
  CHECK(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("2"), QStringLiteral("--operator"),
                 QStringLiteral("tech1")},
                kPin)
            .exitCode == 0);
}

TEST_CASE("an acceptance without a receipt stays queued, is looked up and settles with one",
          "[trust]") {
  TestPki pki;
  // The batch's answer carries no receipts; the status look-up's do.
  CamdxSimProcess sim = mtlsSim(pki, {QStringLiteral("missing_receipt:path=*/v1/batches,count=1")});
  KioskctlRunner ctl;
  writeConfig(ctl, pki, sim);
  init(ctl);
  REQUIRE(sync(ctl).exitCode == 0);
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("3"), QStringLiteral("--operator"),
                   QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun run = sync(ctl, false);
  INFO(run.out.constData() << run.err.constData());
  REQUIRE(run.exitCode == 0);
  const QJsonObject j = run.json();
  CHECK(j.value(QStringLiteral("unverifiedReceipts")).toInt() == 3);
  CHECK(j.value(QStringLiteral("lookups")).toInt() >= 1);
  CHECK(j.value(QStringLiteral("accepted")).toInt() == 3);
  CHECK(run.err.contains("without a valid receipt (no receipt): kept queued"));
  CHECK(sim.summary().value(QStringLiteral("statusRequests")).toInt() >= 1);
  CHECK(counts(ctl).value(QStringLiteral("accepted")).toInt() == 3);
  // Each settled record keeps the registry's receipt.
  auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                               camie::store::SqliteDatabase::Mode::ReadOnly);
  REQUIRE(db.ok());
  CHECK((*db)->queryInt("SELECT count(*) FROM records WHERE receipt IS NOT NULL").value() == 3);
}

TEST_CASE("a forged receipt settles nothing; the record is sent again and settles", "[trust]") {
  TestPki pki;
  // The batch and the status look-up after it both answer with forged receipts.
  CamdxSimProcess sim =
      mtlsSim(pki, {QStringLiteral("forged_receipt:path=*/v1/*,method=POST,count=2")});
  KioskctlRunner ctl;
  writeConfig(ctl, pki, sim);
  init(ctl);
  REQUIRE(sync(ctl).exitCode == 0);
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("2"), QStringLiteral("--operator"),
                   QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun run = sync(ctl, false);
  INFO(run.out.constData() << run.err.constData());
  REQUIRE(run.exitCode == 0);
  CHECK(run.json().value(QStringLiteral("unverifiedReceipts")).toInt() == 4);
  CHECK(run.err.contains("receipt_bad_signature"));
  CHECK(run.json().value(QStringLiteral("remaining")).toInt() == 0);
  CHECK(counts(ctl).value(QStringLiteral("accepted")).toInt() == 2);
  CHECK(sim.summary().value(QStringLiteral("accepted")).toInt() == 2); // never registered twice
}

TEST_CASE("refdata load keys: only the envelope, serial never back, stale recovery slots go",
          "[trust]") {
  KioskctlRunner ctl;
  init(ctl);
  camie::test::TestRegistry first;
  first.serial = 2;
  ctl.writeFile(QStringLiteral("keys.json"), first.signedKeysJson());
  ctl.writeFile(QStringLiteral("gazetteer.json"), camie::test::gazetteerJson());
  for (const char* name : {"keys", "gazetteer"})
    REQUIRE(ctl.run({QStringLiteral("refdata"), QStringLiteral("load"), QString::fromLatin1(name),
                     ctl.file(QString::fromLatin1(name) + QStringLiteral(".json"))})
                .exitCode == 0);
  // Registering signs the technician in: the data key gets a recovery slot for the key.
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("1"), QStringLiteral("--operator"),
                   QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const auto recoverySlots = [&] {
    auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                                 camie::store::SqliteDatabase::Mode::ReadOnly);
    REQUIRE(db.ok());
    return (*db)
        ->queryInt("SELECT count(*) FROM key_slots WHERE kind = 'recovery' AND "
                   "key_id = 'reg-test-01'")
        .value();
  };
  REQUIRE(recoverySlots() == 1);

  // An older document, validly signed: refused, naming the file and the serials.
  camie::test::TestRegistry older;
  older.serial = 1;
  ctl.writeFile(QStringLiteral("older.json"), older.signedKeysJson());
  const CtlRun back = ctl.run({QStringLiteral("refdata"), QStringLiteral("load"),
                               QStringLiteral("keys"), ctl.file(QStringLiteral("older.json"))});
  CHECK(back.exitCode == 1);
  CHECK(back.json()[QStringLiteral("error")][QStringLiteral("code")] ==
        QStringLiteral("keys_rolled_back"));
  CHECK(back.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
      QStringLiteral("older.json")));

  // A newer document without reg-test-01: its recovery slot is removed.
  camie::test::TestRegistry next;
  next.serial = 3;
  next.kid = QStringLiteral("reg-test-02");
  ctl.writeFile(QStringLiteral("next.json"), next.signedKeysJson());
  const CtlRun newer = ctl.run({QStringLiteral("refdata"), QStringLiteral("load"),
                                QStringLiteral("keys"), ctl.file(QStringLiteral("next.json"))});
  INFO(newer.out.constData() << newer.err.constData());
  REQUIRE(newer.exitCode == 0);
  CHECK(recoverySlots() == 0);
  auto db = camie::store::SqliteDatabase::open(ctl.dbPath(),
                                               camie::store::SqliteDatabase::Mode::ReadOnly);
  REQUIRE(db.ok());
  CHECK((*db)
            ->queryInt("SELECT count(*) FROM audit WHERE action = "
                       "'key.recovery_slot_removed'")
            .value() == 1);
}
