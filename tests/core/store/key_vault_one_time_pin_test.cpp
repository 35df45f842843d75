// Issue 14: an operator added by a technician holds a one-time PIN that opens
// nothing but the change to a PIN of their own.
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/secret_policy.h"
#include "core/store/sqlite_database.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace camie;
using namespace camie::store;

namespace {
const QString kTech = QStringLiteral("tech1");
using camie::test::kTechPin;
const QString kTeller = QStringLiteral("teller1");

QStringList actions(test::TempKiosk& k, int n) {
  QStringList list;
  const QList<AuditEntry> latest = AuditLog(*k.db).latest(n).value();
  for (const auto& e : latest)
    list.prepend(e.action + u' ' + e.actor + u' ' + e.detail);
  return list;
}
} // namespace

TEST_CASE("a one-time PIN is random digits that only change the PIN", "[store]") {
  test::TempKiosk k;
  KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  auto once = vault.addOperator(*tech, kTeller, OperatorRole::Teller);
  REQUIRE(once.ok());
  CHECK(once->size() == SecretPolicy::kOneTimePinDigits);
  CHECK(std::all_of(once->begin(), once->end(), [](QChar c) { return c.isDigit(); }));
  auto other = vault.addOperator(*tech, QStringLiteral("teller2"), OperatorRole::Teller);
  REQUIRE(other.ok());
  CHECK(*other != *once);
  CHECK(vault.findOperator(kTeller).value()->state() == OperatorState::MustChangeSecret);

  // Signing in with it: right, but no session.
  auto signIn = vault.signIn(kTeller, *once);
  REQUIRE_FALSE(signIn.ok());
  CHECK(signIn.error().code == u"secret_change_required");
  // A wrong one is a wrong PIN as any other.
  CHECK(vault.signIn(kTeller, QStringLiteral("7302846159")).error().code == u"wrong_secret");
  CHECK(vault.changeSecret(kTeller, QStringLiteral("7302846159"), test::kTellerPin).error().code ==
        u"wrong_secret");
  // The new PIN follows the teller's policy and is not the one-time PIN.
  CHECK(vault.changeSecret(kTeller, *once, QStringLiteral("123456")).error().code ==
        u"weak_secret");
  CHECK(vault.changeSecret(kTeller, *once, *once).error().code == u"same_secret");
  CHECK(vault.findOperator(kTeller).value()->state() == OperatorState::MustChangeSecret);

  auto changed = vault.changeSecret(kTeller, *once, test::kTellerPin);
  REQUIRE(changed.ok());
  CHECK(changed->operatorId == kTeller);
  CHECK(changed->role == OperatorRole::Teller);
  CHECK(changed->dataKey == tech->dataKey);
  const auto op = vault.findOperator(kTeller).value();
  CHECK(op->state() == OperatorState::Active);
  CHECK(op->lastSignInAt == k.clock.nowMs());
  CHECK(vault.signIn(kTeller, *once).error().code == u"wrong_secret");
  REQUIRE(vault.signIn(kTeller, test::kTellerPin).ok());

  const QStringList audit = actions(k, 4);
  CHECK(audit.at(0) == QStringLiteral("operator.secret_changed teller1 one-time PIN replaced"));
  CHECK(audit.at(1) == QStringLiteral("operator.signed_in teller1 "));
  CHECK(audit.at(3) == QStringLiteral("operator.signed_in teller1 "));
  CHECK(actions(k, 40).contains(QStringLiteral("operator.one_time_pin_used teller1 ")));
  CHECK(actions(k, 40).contains(QStringLiteral("operator.added tech1 teller1 as teller")));
}

TEST_CASE("clearing the must-change flag in the database does not make a one-time PIN work",
          "[store]") {
  test::TempKiosk k;
  KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  auto once = vault.addOperator(*tech, kTeller, OperatorRole::Teller);
  REQUIRE(once.ok());
  REQUIRE(k.db->exec("UPDATE operators SET must_change_secret = 0 WHERE id = 'teller1'").ok());
  // The slot is sealed as a one-time PIN's: it no longer opens at all.
  CHECK(vault.signIn(kTeller, *once).error().code == u"wrong_secret");
  REQUIRE(k.db->exec("UPDATE operators SET must_change_secret = 1, failed_attempts = 0 "
                     "WHERE id = 'teller1'")
              .ok());
  REQUIRE(vault.changeSecret(kTeller, *once, test::kTellerPin).ok());
  // And the other way: a PIN of the operator's own does not open as a one-time one.
  REQUIRE(k.db->exec("UPDATE operators SET must_change_secret = 1 WHERE id = 'teller1'").ok());
  CHECK(vault.signIn(kTeller, test::kTellerPin).error().code == u"wrong_secret");
}

TEST_CASE("a one-time PIN the technician gives must meet the role's policy", "[store]") {
  test::TempKiosk k;
  KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  CHECK(vault
            .addOperator(*tech, QStringLiteral("sup1"), OperatorRole::Supervisor,
                         QStringLiteral("620417"))
            .error()
            .code == u"weak_secret");
  REQUIRE(vault
              .addOperator(*tech, QStringLiteral("sup1"), OperatorRole::Supervisor,
                           test::kSupervisorPin)
              .ok());
  CHECK(vault.signIn(QStringLiteral("sup1"), test::kSupervisorPin).error().code ==
        u"secret_change_required");
  // A supervisor's own PIN: 10 digits or a passphrase.
  CHECK(vault.changeSecret(QStringLiteral("sup1"), test::kSupervisorPin, test::kTellerPin)
            .error()
            .code == u"weak_secret");
  REQUIRE(vault
              .changeSecret(QStringLiteral("sup1"), test::kSupervisorPin,
                            QStringLiteral("rice field at dawn"))
              .ok());
  // The first technician chooses theirs under the technician's policy too.
  test::TempKiosk other;
  CHECK(KeyVault(*other.db, other.clock, test::cheapScrypt())
            .initialise(kTech, QStringLiteral("480913"))
            .error()
            .code == u"weak_secret");
}

TEST_CASE("an operator changes their own PIN, old PIN first", "[store]") {
  test::TempKiosk k;
  KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  auto changed = vault.changeSecret(kTech, kTechPin, QStringLiteral("9153728461"));
  REQUIRE(changed.ok());
  CHECK(vault.signIn(kTech, kTechPin).error().code == u"wrong_secret");
  CHECK(vault.signIn(kTech, QStringLiteral("9153728461")).ok());
  CHECK(actions(k, 5).contains(QStringLiteral("operator.secret_changed tech1 ")));
}
