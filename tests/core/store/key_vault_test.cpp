#include "core/crypto/hpke.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/store/key_vault.h"
#include "core/store/secret_policy.h"
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

KeyVault vaultOf(test::TempKiosk& k) {
  return KeyVault(*k.db, k.clock, test::cheapScrypt());
}
} // namespace

TEST_CASE("initialising a kiosk makes its first technician, who can sign in", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  CHECK_FALSE(vault.isInitialised().value());
  auto first = vault.initialise(kTech, kTechPin);
  REQUIRE(first.ok());
  CHECK(first->dataKey.size() == 32);
  CHECK(vault.isInitialised().value());

  auto session = vault.signIn(kTech, kTechPin);
  REQUIRE(session.ok());
  CHECK(session->role == OperatorRole::Technician);
  CHECK(session->dataKey == first->dataKey);

  auto again = vault.initialise(QStringLiteral("tech2"), kTechPin);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().code == QStringLiteral("already_initialised"));
}

TEST_CASE("a wrong PIN or an unknown operator unwraps nothing, in the same words", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  REQUIRE(vault.initialise(kTech, kTechPin).ok());
  auto wrong = vault.signIn(kTech, QStringLiteral("480914"));
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().code == QStringLiteral("wrong_secret"));
  auto unknown = vault.signIn(QStringLiteral("ghost"), kTechPin);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().code == QStringLiteral("wrong_secret"));
  CHECK(unknown.error().message == wrong.error().message);
}

TEST_CASE("five wrong PINs lock sign-in out, with backoff that doubles", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  REQUIRE(vault.initialise(kTech, kTechPin).ok());
  for (int i = 0; i < 4; ++i)
    CHECK(vault.signIn(kTech, QStringLiteral("111112")).error().code == u"wrong_secret");
  // The fifth failure starts a 30 s lockout.
  CHECK(vault.signIn(kTech, QStringLiteral("111112")).error().code == u"wrong_secret");
  auto locked = vault.signIn(kTech, kTechPin); // even the right PIN is refused now
  REQUIRE_FALSE(locked.ok());
  CHECK(locked.error().code == QStringLiteral("locked_out"));
  CHECK(locked.error().message.contains(QStringLiteral("1 minute")));
  CHECK(vault.findOperator(kTech).value()->lockedUntil == k.clock.nowMs() + 30'000);

  k.clock.advanceMs(30'001);
  CHECK(vault.signIn(kTech, QStringLiteral("111112")).error().code == u"wrong_secret");
  CHECK(vault.findOperator(kTech).value()->lockedUntil == k.clock.nowMs() + 60'000);
  k.clock.advanceMs(60'001);
  REQUIRE(vault.signIn(kTech, kTechPin).ok());
  const auto op = vault.findOperator(kTech).value();
  CHECK(op->failedAttempts == 0);
  CHECK_FALSE(op->lockedUntil.has_value());
}

TEST_CASE("lockout backoff starts at 30 s, doubles and stops at an hour", "[store]") {
  CHECK(SecretPolicy::lockoutMs(4) == 0);
  CHECK(SecretPolicy::lockoutMs(5) == 30'000);
  CHECK(SecretPolicy::lockoutMs(6) == 60'000);
  CHECK(SecretPolicy::lockoutMs(11) == 1'920'000);
  CHECK(SecretPolicy::lockoutMs(12) == 3'600'000);
  CHECK(SecretPolicy::lockoutMs(500) == 3'600'000);
}

TEST_CASE("a PIN typed in Khmer digits is the same PIN, when set and when signing in", "[store]") {
  CHECK(SecretPolicy::checkNew(QStringLiteral("៤៨០៩១៣៥៧២៦"), OperatorRole::Technician, kTech).ok());
  CHECK(SecretPolicy::checkNew(QStringLiteral("១២៣៤៥៦"), OperatorRole::Teller, {}).error().code ==
        u"weak_secret");
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  // The Khmer layout's digit row types ០–៩: "4809135726" arrives as "៤៨០៩១៣៥៧២៦".
  auto khmerPin = vault.signIn(kTech, QStringLiteral("៤៨០៩១៣៥៧២៦"));
  REQUIRE(khmerPin.ok());
  CHECK(khmerPin->dataKey == tech->dataKey);
  test::addOperator(vault, *tech, QStringLiteral("teller1"), OperatorRole::Teller,
                    QStringLiteral("៧៣០២៨៤"));
  CHECK(vault.signIn(QStringLiteral("teller1"), test::kTellerPin).ok());
  CHECK(vault.signIn(QStringLiteral("teller១"), test::kTellerPin).ok());
}

TEST_CASE("an operator id typed on the Khmer layout is said to be in Khmer", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  test::addOperator(vault, *tech, QStringLiteral("teller1"), OperatorRole::Teller,
                    test::kTellerPin);
  // "teller1" typed with the NiDA layout on.
  auto khmer = vault.signIn(QStringLiteral("តេលលេរ១"), QStringLiteral("៧៣០២៨៤"));
  REQUIRE_FALSE(khmer.ok());
  CHECK(khmer.error().code == QStringLiteral("operator_id_in_khmer"));
  CHECK(khmer.error().message.contains(QStringLiteral("Khmer letters")));
  CHECK(khmer.error().message.contains(QStringLiteral("Alt+Shift")));
  CHECK(vault.findOperator(QStringLiteral("teller1")).value()->failedAttempts == 0);

  auto khmerPassphrase = vault.signIn(QStringLiteral("teller1"), QStringLiteral("ពាសវើដ"));
  REQUIRE_FALSE(khmerPassphrase.ok());
  CHECK(khmerPassphrase.error().code == QStringLiteral("wrong_secret"));
  CHECK(khmerPassphrase.error().message.contains(QStringLiteral("Alt+Shift")));
  // An unknown id gets the same words: the message does not tell which ids exist.
  auto unknown = vault.signIn(QStringLiteral("ghost"), QStringLiteral("ពាសវើដ"));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().code == QStringLiteral("wrong_secret"));
  CHECK(unknown.error().message == khmerPassphrase.error().message);
}

TEST_CASE("a technician adds operators; others cannot", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  test::addOperator(vault, *tech, QStringLiteral("teller1"), OperatorRole::Teller,
                    test::kTellerPin);
  auto teller = vault.signIn(QStringLiteral("teller1"), test::kTellerPin);
  REQUIRE(teller.ok());
  CHECK(teller->role == OperatorRole::Teller);
  CHECK(teller->dataKey == tech->dataKey);

  auto refused = vault.addOperator(*teller, QStringLiteral("teller2"), OperatorRole::Teller);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("not_allowed"));
  CHECK(vault.addOperator(*tech, QStringLiteral("teller1"), OperatorRole::Teller).error().code ==
        u"operator_exists");
  CHECK(vault.addOperator(*tech, QStringLiteral("bad id"), OperatorRole::Teller).error().code ==
        u"bad_operator_id");
}

TEST_CASE("changing a PIN rewraps that slot only and keeps the data key", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  auto tech = vault.initialise(kTech, kTechPin);
  test::addOperator(vault, *tech, QStringLiteral("teller1"), OperatorRole::Teller,
                    test::kTellerPin);
  auto techSlot = k.db->prepare("SELECT wrapped FROM key_slots WHERE operator_id = 'tech1'");
  REQUIRE(techSlot->step().value());
  const QByteArray techWrapped = techSlot->blob(0);

  REQUIRE(vault.changeSecret(QStringLiteral("teller1"), test::kTellerPin, QStringLiteral("915372"))
              .ok());
  CHECK(vault.signIn(QStringLiteral("teller1"), test::kTellerPin).error().code == u"wrong_secret");
  auto teller = vault.signIn(QStringLiteral("teller1"), QStringLiteral("915372"));
  REQUIRE(teller.ok());
  CHECK(teller->dataKey == tech->dataKey);

  techSlot->reset();
  REQUIRE(techSlot->step().value());
  CHECK(techSlot->blob(0) == techWrapped);
  CHECK(vault.changeSecret(kTech, QStringLiteral("000000"), QStringLiteral("9153735182"))
            .error()
            .code == u"wrong_secret");
}

TEST_CASE("the recovery slot opens with the registry's private key", "[store]") {
  test::TempKiosk k;
  KeyVault vault = vaultOf(k);
  auto tech = vault.initialise(kTech, kTechPin);
  auto registry = crypto::X25519KeyPair::generate();
  REQUIRE(registry.ok());
  const refdata::RegistryKey key{QStringLiteral("reg-2026-01"),
                                 QStringLiteral("X25519-SHA256-AES128GCM"), registry->publicKey, 0,
                                 4102444800};
  CHECK(vault.ensureRecoverySlot(*tech, key, QStringLiteral("kiosk-7")).value());
  CHECK_FALSE(vault.ensureRecoverySlot(*tech, key, QStringLiteral("kiosk-7")).value());

  auto slot = k.db->prepare("SELECT enc, wrapped, suite FROM key_slots WHERE kind='recovery'");
  REQUIRE(slot->step().value());
  auto suite = crypto::HpkeSuite::fromName(slot->text(2));
  REQUIRE(suite.ok());
  // The registry opens it knowing only the design (docs/security.md): HPKE
  // base mode, info "camie/v1 recovery {device id} {key id}", no aad.
  auto opened = crypto::Hpke::open(*suite, registry->privateKey, slot->blob(0),
                                   QByteArrayLiteral("camie/v1 recovery kiosk-7 reg-2026-01"), {},
                                   slot->blob(1));
  REQUIRE(opened.ok());
  CHECK(crypto::SecureBytes::fromView(*opened) == tech->dataKey);
}

TEST_CASE("a slot with a cheaper scrypt than new slots get is rewrapped at its next sign-in",
          "[store]") {
  test::TempKiosk k;
  REQUIRE(vaultOf(k).initialise(kTech, kTechPin).ok());
  crypto::ScryptParams raised = test::cheapScrypt();
  raised.n *= 2;
  REQUIRE(KeyVault(*k.db, k.clock, raised).signIn(kTech, kTechPin).ok());
  auto stmt = k.db->prepare("SELECT kdf FROM key_slots WHERE operator_id = 'tech1'");
  REQUIRE(stmt.ok());
  REQUIRE(stmt->step().value());
  CHECK(stmt->text(0).startsWith(QStringLiteral("scrypt$n=2048$r=8$p=1$")));
  stmt->reset();
  CHECK(vaultOf(k).signIn(kTech, kTechPin).ok()); // the stronger slot still opens
}
