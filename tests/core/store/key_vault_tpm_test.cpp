// Key slots bound to a TPM, against swtpm started by each test: the right PIN
// opens its slot on the same TPM (also after the TPM restarts); a copied
// database opens on no other TPM and with no TPM; wrong PINs count towards
// the TPM's own lockout; slots written before a TPM was configured are bound
// at their next sign-in.
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/sqlite_database.h"
#include "support/operators.h"
#include "support/swtpm_process.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace camie;
using namespace camie::store;

namespace {
const QString kTech = QStringLiteral("tech1");
using camie::test::kTechPin;
const QString kTeller = QStringLiteral("teller1");
using camie::test::kTellerPin;

KeyVault tpmVault(test::TempKiosk& k, const test::SwtpmProcess& tpm) {
  KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  vault.useTpm(tpm.tcti(), test::cheapScrypt());
  return vault;
}

QString slotKdf(SqliteDatabase& db, const QString& operatorId) {
  auto stmt = db.prepare("SELECT kdf FROM key_slots WHERE operator_id = ?");
  REQUIRE(stmt.ok());
  stmt->bind(1, operatorId);
  auto row = stmt->step();
  REQUIRE(row.ok());
  REQUIRE(*row);
  return stmt->text(0);
}

QString errorCode(const Result<OperatorSession>& r) {
  return r ? QString() : r.error().code;
}

// The kiosk database as a thief would copy it: the file, closed.
std::unique_ptr<SqliteDatabase> copyOf(test::TempKiosk& k, const QString& to) {
  k.db.reset(); // checkpoints the WAL into the file
  REQUIRE(QFile::copy(k.path(), to));
  auto copy = KioskDatabase::open(to, KioskDatabase::Create::Never);
  REQUIRE(copy.ok());
  return std::move(*copy);
}
} // namespace

TEST_CASE("a slot bound to the TPM opens with the right PIN, also after the TPM restarts",
          "[store][tpm]") {
  test::SwtpmProcess tpm;
  test::TempKiosk k;
  auto tech = tpmVault(k, tpm).initialise(kTech, kTechPin);
  REQUIRE(tech.ok());
  CHECK(slotKdf(*k.db, kTech).contains(QStringLiteral(";tpm2-hmac$")));
  {
    auto vault = tpmVault(k, tpm);
    test::addOperator(vault, *tech, kTeller, OperatorRole::Teller, kTellerPin);
  }

  tpm.restart(); // the same TPM (its state folder), a new process
  auto again = tpmVault(k, tpm).signIn(kTech, kTechPin);
  INFO(errorCode(again).toStdString());
  REQUIRE(again.ok());
  CHECK(again->dataKey == tech->dataKey);
  auto teller = tpmVault(k, tpm).signIn(kTeller, kTellerPin);
  REQUIRE(teller.ok());
  CHECK(teller->role == OperatorRole::Teller);
  CHECK(errorCode(tpmVault(k, tpm).signIn(kTeller, QStringLiteral("730285"))) == u"wrong_secret");
}

TEST_CASE("a copied database does not open on another TPM, nor without one, even with the right "
          "PIN",
          "[store][tpm]") {
  test::SwtpmProcess kioskTpm;
  test::TempKiosk k;
  REQUIRE(tpmVault(k, kioskTpm).initialise(kTech, kTechPin).ok());
  QTemporaryDir elsewhere;
  REQUIRE(elsewhere.isValid());
  auto copy = copyOf(k, elsewhere.filePath(QStringLiteral("stolen.db")));
  FakeClock clock{test::kTestEpochMs};

  test::SwtpmProcess otherTpm;
  KeyVault onOther(*copy, clock, test::cheapScrypt());
  onOther.useTpm(otherTpm.tcti(), test::cheapScrypt());
  auto there = onOther.signIn(kTech, kTechPin);
  REQUIRE_FALSE(there.ok());
  CHECK(there.error().code == u"tpm_foreign_key");

  auto without = KeyVault(*copy, clock, test::cheapScrypt()).signIn(kTech, kTechPin);
  REQUIRE_FALSE(without.ok());
  CHECK(without.error().code == u"tpm_missing");
  CHECK(without.error().message.contains(QStringLiteral("TPM")));
  CHECK(without.error().message.contains(QStringLiteral("[device] tpm")));

  // The kiosk's own TPM still opens it: the copy is intact, only the TPM is missing.
  KeyVault onKiosk(*copy, clock, test::cheapScrypt());
  onKiosk.useTpm(kioskTpm.tcti(), test::cheapScrypt());
  CHECK(onKiosk.signIn(kTech, kTechPin).ok());
}

TEST_CASE("wrong PINs and unknown ids count towards the TPM's lockout, which then refuses even "
          "the right PIN",
          "[store][tpm]") {
  test::SwtpmProcess tpm; // swtpm's default: locked out after 3 failures
  test::TempKiosk k;
  REQUIRE(tpmVault(k, tpm).initialise(kTech, kTechPin).ok());
  CHECK(errorCode(tpmVault(k, tpm).signIn(kTech, QStringLiteral("111112"))) == u"wrong_secret");
  CHECK(errorCode(tpmVault(k, tpm).signIn(QStringLiteral("ghost"), QStringLiteral("111112"))) ==
        u"wrong_secret");
  CHECK(errorCode(tpmVault(k, tpm).signIn(QStringLiteral("ghost2"), QStringLiteral("222223"))) ==
        u"wrong_secret");
  auto right = tpmVault(k, tpm).signIn(kTech, kTechPin);
  REQUIRE_FALSE(right.ok());
  CHECK(right.error().code == u"tpm_locked_out");
  CHECK(right.error().message.contains(QStringLiteral("TPM")));
}

TEST_CASE("a slot written before the kiosk had a TPM is bound to it at its next sign-in, audited",
          "[store][tpm]") {
  test::TempKiosk k;
  REQUIRE(KeyVault(*k.db, k.clock, test::cheapScrypt()).initialise(kTech, kTechPin).ok());
  CHECK_FALSE(slotKdf(*k.db, kTech).contains(QStringLiteral("tpm2")));

  test::SwtpmProcess tpm;
  REQUIRE(tpmVault(k, tpm).signIn(kTech, kTechPin).ok());
  CHECK(slotKdf(*k.db, kTech).contains(QStringLiteral(";tpm2-hmac$")));
  auto latest = AuditLog(*k.db).latest(5);
  REQUIRE(latest.ok());
  bool upgraded = false;
  for (const AuditEntry& e : *latest)
    upgraded |= e.action == u"key.slot_upgraded" && e.detail.contains(QStringLiteral("TPM"));
  CHECK(upgraded);

  REQUIRE(tpmVault(k, tpm).signIn(kTech, kTechPin).ok()); // bound now, and still opens
  CHECK(errorCode(KeyVault(*k.db, k.clock, test::cheapScrypt()).signIn(kTech, kTechPin)) ==
        u"tpm_missing");
}
