// OperatorDirectory: a technician disables, enables and removes operators;
// the last technician stays; every change is audited.
#include "core/store/operator_directory.h"

#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/sqlite_database.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

namespace {
const QString kTech = QStringLiteral("tech1");
using camie::test::kTechPin;
const QString kTeller = QStringLiteral("teller1");
using camie::test::kTellerPin;

struct Kiosk {
  test::TempKiosk k;
  KeyVault vault{*k.db, k.clock, test::cheapScrypt()};
  OperatorDirectory directory{*k.db, k.clock};
  OperatorSession tech;

  Kiosk() {
    auto first = vault.initialise(kTech, kTechPin);
    REQUIRE(first.ok());
    tech = std::move(*first);
    test::addOperator(vault, tech, kTeller, OperatorRole::Teller, kTellerPin);
  }
  AuditEntry lastAudit() { return AuditLog(*k.db).latest(1).value().first(); }
  qint64 count(const char* sql) { return k.db->queryInt(sql).value(); }
};
} // namespace

TEST_CASE("a disabled operator cannot sign in, as if the PIN were wrong, until enabled",
          "[store]") {
  Kiosk kiosk;
  REQUIRE(kiosk.directory.disable(kiosk.tech, kTeller).ok());
  CHECK(kiosk.lastAudit().action == QStringLiteral("operator.disabled"));
  CHECK(kiosk.lastAudit().actor == kTech);
  CHECK(kiosk.lastAudit().detail == kTeller);
  CHECK(kiosk.directory.find(kTeller).value()->state() == OperatorState::Disabled);
  auto refused = kiosk.vault.signIn(kTeller, kTellerPin);
  auto wrong = kiosk.vault.signIn(QStringLiteral("ghost"), kTellerPin);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == u"wrong_secret");
  CHECK(refused.error().message == wrong.error().message);
  CHECK(kiosk.vault.changeSecret(kTeller, kTellerPin, QStringLiteral("915372")).error().code ==
        u"wrong_secret");

  REQUIRE(kiosk.directory.enable(kiosk.tech, kTeller).ok());
  CHECK(kiosk.lastAudit().action == QStringLiteral("operator.enabled"));
  CHECK(kiosk.directory.find(kTeller).value()->state() == OperatorState::Active);
  CHECK(kiosk.vault.signIn(kTeller, kTellerPin).ok());
}

TEST_CASE("a removed operator's record and key slot are gone", "[store]") {
  Kiosk kiosk;
  CHECK(kiosk.count("SELECT count(*) FROM key_slots WHERE operator_id = 'teller1'") == 1);
  REQUIRE(kiosk.directory.remove(kiosk.tech, kTeller).ok());
  CHECK(kiosk.count("SELECT count(*) FROM key_slots WHERE operator_id = 'teller1'") == 0);
  CHECK(kiosk.count("SELECT count(*) FROM operators WHERE id = 'teller1'") == 0);
  CHECK(kiosk.lastAudit().action == QStringLiteral("operator.removed"));
  CHECK(kiosk.lastAudit().detail == QStringLiteral("teller1 as teller"));
  CHECK(kiosk.vault.signIn(kTeller, kTellerPin).error().code == u"wrong_secret");
  CHECK(kiosk.directory.remove(kiosk.tech, kTeller).error().code == u"no_such_operator");
  // The id can be given to someone new, with a new one-time PIN.
  CHECK(kiosk.vault.addOperator(kiosk.tech, kTeller, OperatorRole::Teller).ok());
  REQUIRE(AuditLog(*kiosk.k.db).verify().value().ok());
}

TEST_CASE("the last technician who can sign in is neither disabled nor removed", "[store]") {
  Kiosk kiosk;
  CHECK(kiosk.directory.disable(kiosk.tech, kTech).error().code == u"last_technician");
  CHECK(kiosk.directory.remove(kiosk.tech, kTech).error().code == u"last_technician");
  // A second technician, disabled, does not count.
  test::addOperator(kiosk.vault, kiosk.tech, QStringLiteral("tech2"), OperatorRole::Technician,
                    QStringLiteral("rice field at dawn"));
  REQUIRE(kiosk.directory.disable(kiosk.tech, QStringLiteral("tech2")).ok());
  CHECK(kiosk.directory.remove(kiosk.tech, kTech).error().code == u"last_technician");
  // Enabled, it does: then tech1 may go, and tech2 is the last.
  REQUIRE(kiosk.directory.enable(kiosk.tech, QStringLiteral("tech2")).ok());
  REQUIRE(kiosk.directory.remove(kiosk.tech, kTech).ok());
  auto tech2 = kiosk.vault.signIn(QStringLiteral("tech2"), QStringLiteral("rice field at dawn"));
  REQUIRE(tech2.ok());
  CHECK(kiosk.directory.disable(*tech2, QStringLiteral("tech2")).error().code ==
        u"last_technician");
  CHECK(kiosk.directory.list().value().size() == 2); // tech2 and teller1
}

TEST_CASE("only a technician changes operators", "[store]") {
  Kiosk kiosk;
  auto teller = kiosk.vault.signIn(kTeller, kTellerPin);
  REQUIRE(teller.ok());
  CHECK(kiosk.directory.disable(*teller, kTech).error().code == u"not_allowed");
  CHECK(kiosk.directory.remove(*teller, kTeller).error().code == u"not_allowed");
  CHECK(kiosk.directory.list().value().size() == 2);
}

TEST_CASE("the list gives id, role, state and last sign-in, sorted", "[store]") {
  Kiosk kiosk;
  REQUIRE(
      kiosk.vault.addOperator(kiosk.tech, QStringLiteral("sup1"), OperatorRole::Supervisor).ok());
  auto list = kiosk.directory.list();
  REQUIRE(list.ok());
  REQUIRE(list->size() == 3);
  CHECK(list->at(0).id == QStringLiteral("sup1"));
  CHECK(list->at(0).state() == OperatorState::MustChangeSecret);
  CHECK_FALSE(list->at(0).lastSignInAt.has_value());
  CHECK(list->at(1).id == kTech);
  CHECK(list->at(2).id == kTeller);
  CHECK(list->at(2).role == OperatorRole::Teller);
  CHECK(list->at(2).state() == OperatorState::Active);
  CHECK(list->at(2).lastSignInAt == kiosk.k.clock.nowMs());
}
