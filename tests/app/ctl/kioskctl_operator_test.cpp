// `camie-kioskctl operator`: one-time PINs, disable, enable, remove and the
// list, through the real binary, as a technician runs them (issue 14).
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/sqlite_database.h"
#include "support/kioskctl_runner.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using camie::test::CtlRun;
using camie::test::KioskctlRunner;
using namespace camie;

namespace {
const QByteArray kTechPinLine = test::pinLine(test::kTechPin);

QStringList args(const char* words) {
  return QString::fromLatin1(words).split(u' ');
}
QString errorCode(const CtlRun& run) {
  return run.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
}
QJsonObject listed(const KioskctlRunner& ctl, const QString& id) {
  const CtlRun list = ctl.run(args("operator list"));
  REQUIRE(list.exitCode == 0);
  for (const auto& op : list.json().value(QStringLiteral("operators")).toArray()) {
    if (op[QStringLiteral("id")].toString() == id)
      return op.toObject();
  }
  return {};
}
std::unique_ptr<store::SqliteDatabase> openDb(const KioskctlRunner& ctl) {
  auto db = store::KioskDatabase::open(ctl.dbPath(), store::KioskDatabase::Create::Never);
  REQUIRE(db.ok());
  return std::move(*db);
}
} // namespace

TEST_CASE("kioskctl operator add prints a one-time PIN that only changes the PIN", "[ctl]") {
  KioskctlRunner ctl;
  REQUIRE(ctl.run(args("init --technician tech1"), kTechPinLine).exitCode == 0);
  const CtlRun added = ctl.run(args("operator add teller1 --role teller --by tech1"), kTechPinLine);
  INFO(added.err.constData());
  REQUIRE(added.exitCode == 0);
  const QString pin = added.json().value(QStringLiteral("oneTimePin")).toString();
  CHECK(pin.size() == 10);
  CHECK(added.json().value(QStringLiteral("state")).toString() == u"must_change_pin");

  // The list: id, role, state, last sign-in; no secret.
  const CtlRun list = ctl.run(args("operator list"));
  CHECK_FALSE(list.out.contains(pin.toLatin1()));
  const QJsonObject teller = listed(ctl, QStringLiteral("teller1"));
  CHECK(teller.value(QStringLiteral("role")).toString() == u"teller");
  CHECK(teller.value(QStringLiteral("state")).toString() == u"must_change_pin");
  CHECK(teller.value(QStringLiteral("lastSignInAt")).isNull());
  CHECK(listed(ctl, QStringLiteral("tech1")).value(QStringLiteral("lastSignInAt")).isString());

  // The one-time PIN opens nothing in kioskctl either.
  const CtlRun asTeller =
      ctl.run(args("operator add teller2 --role teller --by teller1"), pin.toLatin1() + '\n');
  CHECK(asTeller.exitCode == 1);
  CHECK(errorCode(asTeller) == u"secret_change_required");

  // Changed (as the kiosk's sign-in screen does), it is the teller's own PIN;
  // a teller still may not change operators.
  {
    auto db = openDb(ctl);
    SystemClock clock;
    REQUIRE(store::KeyVault(*db, clock, test::cheapScrypt())
                .changeSecret(QStringLiteral("teller1"), pin, test::kTellerPin)
                .ok());
  }
  CHECK(listed(ctl, QStringLiteral("teller1")).value(QStringLiteral("state")).toString() ==
        u"active");
  CHECK(errorCode(ctl.run(args("operator disable tech1 --by teller1"),
                          test::pinLine(test::kTellerPin))) == u"not_allowed");

  // A one-time PIN the technician gives (--pin-stdin) meets the role's policy.
  const QStringList sup = args("operator add sup1 --role supervisor --by tech1 --pin-stdin");
  CHECK(errorCode(ctl.run(sup, kTechPinLine + "620417\n")) == u"weak_secret");
  const CtlRun given = ctl.run(sup, kTechPinLine + test::pinLine(test::kSupervisorPin));
  REQUIRE(given.exitCode == 0);
  CHECK_FALSE(given.json().contains(QStringLiteral("oneTimePin")));
  CHECK(listed(ctl, QStringLiteral("sup1")).value(QStringLiteral("state")).toString() ==
        u"must_change_pin");
}

TEST_CASE("kioskctl operator disable, enable and remove, audited; the last technician stays",
          "[ctl]") {
  KioskctlRunner ctl;
  REQUIRE(ctl.run(args("init --technician tech1"), kTechPinLine).exitCode == 0);
  REQUIRE(ctl.run(args("operator add teller1 --role teller --by tech1"), kTechPinLine).exitCode ==
          0);

  REQUIRE(ctl.run(args("operator disable teller1 --by tech1"), kTechPinLine).exitCode == 0);
  CHECK(listed(ctl, QStringLiteral("teller1")).value(QStringLiteral("state")).toString() ==
        u"disabled");
  REQUIRE(ctl.run(args("operator enable teller1 --by tech1"), kTechPinLine).exitCode == 0);
  CHECK(listed(ctl, QStringLiteral("teller1")).value(QStringLiteral("state")).toString() ==
        u"must_change_pin");

  const CtlRun lastDisable = ctl.run(args("operator disable tech1 --by tech1"), kTechPinLine);
  CHECK(lastDisable.exitCode == 1);
  CHECK(errorCode(lastDisable) == u"last_technician");
  CHECK(errorCode(ctl.run(args("operator remove tech1 --by tech1"), kTechPinLine)) ==
        u"last_technician");
  CHECK(errorCode(ctl.run(args("operator remove ghost --by tech1"), kTechPinLine)) ==
        u"no_such_operator");
  CHECK(ctl.run(args("operator remove teller1 --by tech1")).exitCode != 0); // no PIN, nothing
  CHECK(ctl.run(args("operator frobnicate teller1 --by tech1"), kTechPinLine).exitCode == 2);

  REQUIRE(ctl.run(args("operator remove teller1 --by tech1"), kTechPinLine).exitCode == 0);
  CHECK(ctl.run(args("operator list")).json().value(QStringLiteral("operators")).toArray().size() ==
        1);
  auto db = openDb(ctl);
  CHECK(db->queryInt("SELECT count(*) FROM key_slots WHERE operator_id = 'teller1'").value() == 0);
  QStringList audited;
  const QList<store::AuditEntry> latest = store::AuditLog(*db).latest(30).value();
  for (const auto& e : latest) {
    if (e.action.startsWith(u"operator.") && e.actor == u"tech1" &&
        e.action != u"operator.sign_in_failed" && !e.detail.isEmpty())
      audited.prepend(e.action + u' ' + e.detail);
  }
  CHECK(audited == QStringList{QStringLiteral("operator.added teller1 as teller"),
                               QStringLiteral("operator.disabled teller1"),
                               QStringLiteral("operator.enabled teller1"),
                               QStringLiteral("operator.removed teller1 as teller")});
  CHECK(store::AuditLog(*db).verify().value().ok());
}
