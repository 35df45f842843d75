// Issue 14, read as an attacker would: sign-in that tells nothing about which
// operator ids exist, failures counted by parallel sign-ins, and roles edited
// in a copied database.
#include "core/crypto/key_wrap.h"
#include "core/crypto/scrypt_kdf.h"
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/sqlite_database.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <latch>
#include <thread>
#include <vector>

using namespace camie;
using namespace camie::store;

namespace {
const QString kTech = QStringLiteral("tech1");
using camie::test::kTechPin;
const QString kTeller = QStringLiteral("teller1");
using camie::test::kTellerPin;

KeyVault vaultOf(test::TempKiosk& k) {
  return KeyVault(*k.db, k.clock, test::cheapScrypt());
}

// A kiosk with a technician and a teller.
OperatorSession setUp(test::TempKiosk& k) {
  KeyVault vault = vaultOf(k);
  auto tech = vault.initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  test::addOperator(vault, *tech, kTeller, OperatorRole::Teller, kTellerPin);
  return std::move(*tech);
}

QList<AuditEntry> entries(test::TempKiosk& k, const QString& action) {
  QList<AuditEntry> found;
  auto latest = AuditLog(*k.db).latest(1000);
  REQUIRE(latest.ok());
  for (const AuditEntry& e : *latest)
    if (e.action == action)
      found.append(e);
  return found;
}

void exec(test::TempKiosk& k, const char* sql) {
  REQUIRE(k.db->exec(sql).ok());
}

QByteArray slotOf(test::TempKiosk& k, const QString& id) {
  auto s = k.db->prepare("SELECT wrapped FROM key_slots WHERE operator_id = ?");
  REQUIRE(s.ok());
  s->bind(1, id);
  REQUIRE(s->step().value());
  return s->blob(0);
}

// Rewrites `id`'s slot as a kiosk before roles were bound wrote it: the data
// key wrapped under the v1 associated data (operator id only).
void writeV1Slot(test::TempKiosk& k, const QString& id, QStringView pin,
                 const crypto::SecureBytes& dataKey) {
  auto s = k.db->prepare("SELECT kdf FROM key_slots WHERE operator_id = ?");
  REQUIRE(s.ok());
  s->bind(1, id);
  REQUIRE(s->step().value());
  auto params = crypto::ScryptParams::fromString(s->text(0));
  REQUIRE(params.ok());
  auto kek = crypto::ScryptKdf::derive(pin.toUtf8(), *params);
  REQUIRE(kek.ok());
  auto wrapped = crypto::KeyWrap::wrap(*kek, dataKey, KeyVault::slotLabel(id));
  REQUIRE(wrapped.ok());
  auto u = k.db->prepare("UPDATE key_slots SET wrapped = ? WHERE operator_id = ?");
  REQUIRE(u.ok());
  u->bind(1, *wrapped).bind(2, id);
  REQUIRE(u->run().ok());
}
} // namespace

TEST_CASE("parallel wrong-PIN sign-ins each count, and the lockout stops the rest", "[store]") {
  test::TempKiosk k;
  setUp(k);
  // Eight sign-ins at once, each on its own connection, as eight
  // camie-kioskctl runs would be: five failures earn the lockout.
  constexpr int kRuns = 8;
  std::vector<std::unique_ptr<SqliteDatabase>> connections;
  for (int i = 0; i < kRuns; ++i) {
    auto db = KioskDatabase::open(k.path(), KioskDatabase::Create::Never);
    REQUIRE(db.ok());
    connections.push_back(std::move(*db));
  }
  std::vector<QString> codes(kRuns);
  std::latch start(kRuns);
  std::vector<std::thread> threads;
  for (int i = 0; i < kRuns; ++i)
    threads.emplace_back([&, i] {
      KeyVault vault(*connections[static_cast<size_t>(i)], k.clock, test::cheapScrypt());
      start.arrive_and_wait();
      auto r = vault.signIn(kTeller, QStringLiteral("111112"));
      codes[static_cast<size_t>(i)] = r ? QStringLiteral("ok") : r.error().code;
    });
  for (auto& t : threads)
    t.join();
  CHECK(std::count(codes.begin(), codes.end(), QStringLiteral("wrong_secret")) == 5);
  CHECK(std::count(codes.begin(), codes.end(), QStringLiteral("locked_out")) == 3);
  const auto op = vaultOf(k).findOperator(kTeller).value();
  CHECK(op->failedAttempts == 5);
  CHECK(op->lockedUntil == k.clock.nowMs() + 30'000);
  CHECK(entries(k, QStringLiteral("operator.sign_in_failed")).size() == 5);
  CHECK(AuditLog(*k.db).verify().value().ok()); // appended in turn: the chain holds
}

TEST_CASE("an unknown id, a disabled operator and a wrong PIN take the same path", "[store]") {
  test::TempKiosk k;
  setUp(k);
  KeyVault vault = vaultOf(k);
  auto wrong = vault.signIn(kTeller, QStringLiteral("111112"));
  auto unknown = vault.signIn(QStringLiteral("ghost"), kTellerPin);
  REQUIRE_FALSE(wrong.ok());
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().code == wrong.error().code);
  CHECK(unknown.error().message == wrong.error().message);
  // Both failures are audited; the id typed is not (it may be a PIN).
  const auto failed = entries(k, QStringLiteral("operator.sign_in_failed"));
  REQUIRE(failed.size() == 2);
  CHECK(failed[0].actor == u"system");
  CHECK(failed[0].detail == u"unknown operator");
  CHECK(failed[1].actor == kTeller);

  // A disabled operator's own right PIN gets the same words and counts.
  exec(k, "UPDATE operators SET disabled = 1 WHERE id = 'teller1'");
  auto disabled = vault.signIn(kTeller, kTellerPin);
  REQUIRE_FALSE(disabled.ok());
  CHECK(disabled.error().code == u"wrong_secret");
  CHECK(disabled.error().message == wrong.error().message);
  CHECK(vault.findOperator(kTeller).value()->failedAttempts == 2);

  // An unknown id runs the KDF of this kiosk's slots: with their stored cost
  // made unreadable, the unknown id fails in the KDF exactly as a known one.
  exec(k, "UPDATE key_slots SET kdf = 'scrypt$n=3$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA=='");
  CHECK(vault.signIn(kTech, kTechPin).error().code == u"bad_kdf_params");
  CHECK(vault.signIn(QStringLiteral("ghost"), kTechPin).error().code == u"bad_kdf_params");

  // The Khmer-letters answer is given for any id, known or not.
  CHECK(vault.signIn(QStringLiteral("ហ្គោស"), kTechPin).error().code == u"operator_id_in_khmer");
}

TEST_CASE("a role edited in the database makes that operator's sign-in fail", "[store]") {
  test::TempKiosk k;
  setUp(k);
  KeyVault vault = vaultOf(k);
  REQUIRE(vault.signIn(kTeller, kTellerPin).ok());

  exec(k, "UPDATE operators SET role = 'technician' WHERE id = 'teller1'");
  auto edited = vault.signIn(kTeller, kTellerPin);
  REQUIRE_FALSE(edited.ok());
  CHECK(edited.error().code == u"operator_record_altered");
  CHECK(edited.error().message.contains(QStringLiteral("changed outside the kiosk")));
  const auto altered = entries(k, QStringLiteral("operator.record_altered"));
  REQUIRE(altered.size() == 1);
  CHECK(altered[0].actor == kTeller);
  CHECK(altered[0].detail == u"record says technician, key slot teller");
  // A wrong PIN still says only that: the check tells nothing without the PIN.
  CHECK(vault.signIn(kTeller, QStringLiteral("111112")).error().code == u"wrong_secret");

  exec(k, "UPDATE operators SET role = 'teller' WHERE id = 'teller1'");
  auto back = vault.signIn(kTeller, kTellerPin);
  REQUIRE(back.ok());
  CHECK(back->role == OperatorRole::Teller);
}

TEST_CASE("a slot written before roles were bound opens once and is rewrapped", "[store]") {
  test::TempKiosk k;
  const OperatorSession tech = setUp(k);
  KeyVault vault = vaultOf(k);
  writeV1Slot(k, kTeller, kTellerPin, tech.dataKey);
  const QByteArray v1 = slotOf(k, kTeller);

  auto first = vault.signIn(kTeller, kTellerPin);
  REQUIRE(first.ok());
  CHECK(first->dataKey == tech.dataKey);
  CHECK(first->role == OperatorRole::Teller);
  CHECK(slotOf(k, kTeller) != v1);
  CHECK(entries(k, QStringLiteral("key.slot_upgraded")).size() == 1);
  // Now bound: an edited role is caught like any v2 slot.
  exec(k, "UPDATE operators SET role = 'supervisor' WHERE id = 'teller1'");
  CHECK(vault.signIn(kTeller, kTellerPin).error().code == u"operator_record_altered");
}

TEST_CASE("the upgrade of an old slot does not take an edited role in", "[store]") {
  test::TempKiosk k;
  const OperatorSession tech = setUp(k);
  KeyVault vault = vaultOf(k);
  writeV1Slot(k, kTeller, kTellerPin, tech.dataKey);
  const QByteArray v1 = slotOf(k, kTeller);
  // The attacker edits the role before the teller's first sign-in after the
  // upgrade: the audit log says teller1 was added as a teller.
  exec(k, "UPDATE operators SET role = 'technician' WHERE id = 'teller1'");
  auto edited = vault.signIn(kTeller, kTellerPin);
  REQUIRE_FALSE(edited.ok());
  CHECK(edited.error().code == u"operator_record_altered");
  CHECK(slotOf(k, kTeller) == v1); // not rewrapped with the forged role

  // The first technician's v1 slot upgrades: the audit log names the kiosk's
  // initialisation by them.
  writeV1Slot(k, kTech, kTechPin, tech.dataKey);
  auto techIn = vault.signIn(kTech, kTechPin);
  REQUIRE(techIn.ok());
  CHECK(techIn->role == OperatorRole::Technician);
}
