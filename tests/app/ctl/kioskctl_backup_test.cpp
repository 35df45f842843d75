// camie-kioskctl backup and restore on real kiosk databases: a checked,
// owner-only copy; a round trip onto a new kiosk; refusal over newer data
// with what would be lost, and --force; refusal of a corrupt backup and of a
// database in use, with nothing changed.
#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"
#include "support/kioskctl_runner.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using camie::test::CtlRun;
using camie::test::KioskctlRunner;

namespace {

const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);

QFileDevice::Permissions ownerOnly() {
  return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
         QFileDevice::WriteUser;
}

// A kiosk with reference data and `records` sealed registrations.
void setUp(const KioskctlRunner& ctl, const camie::test::TestRegistry& registry, int records) {
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  ctl.writeFile(QStringLiteral("keys.json"), registry.signedKeysJson());
  ctl.writeFile(QStringLiteral("gazetteer.json"), camie::test::gazetteerJson());
  for (const char* name : {"keys", "gazetteer"}) {
    REQUIRE(ctl.run({QStringLiteral("refdata"), QStringLiteral("load"), QString::fromLatin1(name),
                     ctl.file(QString::fromLatin1(name) + QStringLiteral(".json"))})
                .exitCode == 0);
  }
  const CtlRun fill = ctl.run({QStringLiteral("demo-fill"), QString::number(records),
                               QStringLiteral("--operator"), QStringLiteral("tech1")},
                              kPin);
  INFO(fill.err.constData());
  REQUIRE(fill.exitCode == 0);
}

int sealed(const KioskctlRunner& ctl) {
  return ctl.run({QStringLiteral("status")})
      .json()[QStringLiteral("counts")][QStringLiteral("sealed")]
      .toInt();
}

bool auditIntact(const KioskctlRunner& ctl) {
  const CtlRun audit = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
  return audit.exitCode == 0 && audit.json().value(QStringLiteral("ok")).toBool();
}

QByteArray hashOf(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("kioskctl backup makes a checked owner-only copy that restores onto a new kiosk",
          "[ctl][backup]") {
  KioskctlRunner ctl;
  camie::test::TestRegistry registry;
  setUp(ctl, registry, 6);
  const QString backup = ctl.file(QStringLiteral("kiosk-backup.db"));

  const CtlRun made = ctl.run({QStringLiteral("backup"), QStringLiteral("--to"), backup});
  INFO(made.out.constData() << made.err.constData());
  REQUIRE(made.exitCode == 0);
  const QJsonObject summary = made.json();
  CHECK(summary[QStringLiteral("records")][QStringLiteral("sealed")].toInt() == 6);
  CHECK(summary.value(QStringLiteral("operators")).toInt() == 1);
  CHECK(summary.value(QStringLiteral("auditEntries")).toInt() > 6);
  CHECK(summary.value(QStringLiteral("newestAuditAt")).toString().endsWith(u'Z'));
  CHECK(summary.value(QStringLiteral("schemaVersion")).toInt() ==
        camie::store::SchemaMigrations::currentVersion());
  CHECK(QFile::permissions(backup) == ownerOnly());

  const CtlRun text = ctl.run(
      {QStringLiteral("backup"), QStringLiteral("--to"), ctl.file(QStringLiteral("second.db"))}, {},
      false);
  CHECK(text.exitCode == 0);
  CHECK(text.out.contains("records: 6 sealed"));
  CHECK(text.out.contains("the newest at"));

  const CtlRun again = ctl.run({QStringLiteral("backup"), QStringLiteral("--to"), backup});
  CHECK(again.exitCode == 1);
  CHECK(again.json()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
        QStringLiteral("backup_exists"));

  // A replacement kiosk: no database yet.
  KioskctlRunner fresh;
  const CtlRun restored = fresh.run({QStringLiteral("restore"), backup});
  INFO(restored.out.constData() << restored.err.constData());
  REQUIRE(restored.exitCode == 0);
  CHECK(restored.json().value(QStringLiteral("safetyCopy")).isNull());
  CHECK(sealed(fresh) == 6);
  CHECK(auditIntact(fresh));
  const CtlRun ops = fresh.run({QStringLiteral("operator"), QStringLiteral("list")});
  REQUIRE(ops.exitCode == 0);
  CHECK(ops.json()[QStringLiteral("operators")][0][QStringLiteral("id")].toString() ==
        QStringLiteral("tech1"));
  CHECK(QFile::permissions(fresh.dbPath()) == ownerOnly());
  // The restored kiosk works: the technician's PIN opens it and it registers.
  CHECK(fresh
            .run({QStringLiteral("demo-fill"), QStringLiteral("1"), QStringLiteral("--operator"),
                  QStringLiteral("tech1")},
                 kPin)
            .exitCode == 0);
}

TEST_CASE("kioskctl restore over newer data is refused with the counts, and --force keeps a "
          "copy",
          "[ctl][backup]") {
  KioskctlRunner ctl;
  camie::test::TestRegistry registry;
  setUp(ctl, registry, 4);
  const QString backup = ctl.file(QStringLiteral("b.db"));
  REQUIRE(ctl.run({QStringLiteral("backup"), QStringLiteral("--to"), backup}).exitCode == 0);
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("2"), QStringLiteral("--operator"),
                   QStringLiteral("tech1"), QStringLiteral("--seed"), QStringLiteral("9")},
                  kPin)
              .exitCode == 0);

  const CtlRun refused = ctl.run({QStringLiteral("restore"), backup});
  CHECK(refused.exitCode == 1);
  const QJsonObject error = refused.json().value(QStringLiteral("error")).toObject();
  CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("restore_would_lose"));
  INFO(error.value(QStringLiteral("message")).toString().toStdString());
  CHECK(error.value(QStringLiteral("message"))
            .toString()
            .contains(QStringLiteral("2 registrations not in the backup")));
  CHECK(sealed(ctl) == 6);

  const CtlRun forced = ctl.run({QStringLiteral("restore"), backup, QStringLiteral("--force"),
                                 QStringLiteral("--now"), QStringLiteral("1768464000")});
  INFO(forced.out.constData() << forced.err.constData());
  REQUIRE(forced.exitCode == 0);
  const QJsonObject outcome = forced.json();
  const QString copy = outcome.value(QStringLiteral("safetyCopy")).toString();
  CHECK(copy == ctl.dbPath() + QStringLiteral(".pre-restore-20260115T080000Z"));
  CHECK(QFile::permissions(copy) == ownerOnly());
  CHECK(outcome[QStringLiteral("lost")][QStringLiteral("missingRecords")].toInt() == 2);
  CHECK(sealed(ctl) == 4);
  CHECK(auditIntact(ctl));
  // The two newer registrations are still in the copy kept aside.
  KioskctlRunner aside;
  REQUIRE(aside.run({QStringLiteral("restore"), copy}).exitCode == 0);
  CHECK(sealed(aside) == 6);
}

TEST_CASE("kioskctl restore refuses a corrupt backup and a database in use, changing nothing",
          "[ctl][backup]") {
  KioskctlRunner ctl;
  camie::test::TestRegistry registry;
  setUp(ctl, registry, 3);
  const QString backup = ctl.file(QStringLiteral("b.db"));
  REQUIRE(ctl.run({QStringLiteral("backup"), QStringLiteral("--to"), backup}).exitCode == 0);
  const QByteArray before = hashOf(ctl.dbPath());

  QFile whole(backup);
  REQUIRE(whole.open(QIODevice::ReadOnly));
  const QByteArray bytes = whole.readAll();
  ctl.writeFile(QStringLiteral("truncated.db"), bytes.left(bytes.size() / 2));
  const CtlRun truncated =
      ctl.run({QStringLiteral("restore"), ctl.file(QStringLiteral("truncated.db")),
               QStringLiteral("--force")});
  CHECK(truncated.exitCode == 1);
  CHECK(truncated.json()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
        QStringLiteral("database_invalid"));
  CHECK(hashOf(ctl.dbPath()) == before);

  {
    // The kiosk app, running, holds its connection open.
    auto running = camie::store::SqliteDatabase::open(
        ctl.dbPath(), camie::store::SqliteDatabase::Mode::ReadWrite);
    REQUIRE(running.ok());
    REQUIRE((*running)->queryInt("SELECT count(*) FROM records").value() == 3);
    const CtlRun inUse = ctl.run({QStringLiteral("restore"), backup, QStringLiteral("--force")});
    CHECK(inUse.exitCode == 1);
    CHECK(inUse.json()[QStringLiteral("error")][QStringLiteral("code")].toString() ==
          QStringLiteral("database_in_use"));
    CHECK((*running)->queryInt("SELECT count(*) FROM records").value() == 3);
  }
  CHECK(sealed(ctl) == 3);
  CHECK(auditIntact(ctl));
  CHECK(QFileInfo(ctl.dbPath())
            .dir()
            .entryList({QStringLiteral("*.pre-restore-*")}, QDir::Files)
            .isEmpty());
}
