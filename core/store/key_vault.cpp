#include "core/store/key_vault.h"

#include "core/crypto/hpke.h"
#include "core/crypto/key_wrap.h"
#include "core/domain/khmer_text.h"
#include "core/logging/log_categories.h"
#include "core/store/audit_log.h"
#include "core/store/operator_directory.h"
#include "core/store/secret_policy.h"
#include "core/store/slot_kek.h"
#include "core/store/sqlite_database.h"

#include <QCoreApplication>

namespace camie::store {
namespace {

constexpr int kDataKeySize = 32;

Error badOperatorId() {
  return makeError(QStringLiteral("bad_operator_id"),
                   QStringLiteral("An operator ID is 1-32 letters, digits, '.', '_' or '-'."));
}

} // namespace

crypto::SecureBytes KeyVault::secretBytes(QStringView secret) {
  // NFC, so a passphrase typed through different input methods still matches;
  // a PIN in Khmer digits (the Khmer keyboard layout's digit row) is that PIN.
  return crypto::SecureBytes::fromView(
      domain::KhmerText::normalizeSecret(secret).normalized(QString::NormalizationForm_C).toUtf8());
}

KeyVault::KeyVault(SqliteDatabase& db, const Clock& clock, crypto::ScryptParams kdfCost)
    : db_(db), clock_(clock), kdfCost_(std::move(kdfCost)) {}

KeyVault& KeyVault::useTpm(const QString& tcti, crypto::ScryptParams kdfCost) {
  if (!tcti.isEmpty()) {
    tpmTcti_ = tcti;
    kdfCost_ = std::move(kdfCost);
  }
  return *this;
}

QByteArray KeyVault::slotLabel(const QString& operatorId) {
  return QStringLiteral("camie-slot/v1 operator %1").arg(operatorId).toUtf8();
}

QByteArray KeyVault::slotAssociatedData(const QString& operatorId, OperatorRole role,
                                        bool oneTime) {
  return QStringLiteral("camie-slot/v2 operator %1 role %2%3")
      .arg(operatorId, toString(role), oneTime ? QStringLiteral(" one-time") : QString())
      .toUtf8();
}

QByteArray KeyVault::recoveryInfo(const QString& deviceId, const QString& keyId) {
  return QStringLiteral("camie/v1 recovery %1 %2").arg(deviceId, keyId).toUtf8();
}

Result<bool> KeyVault::isInitialised() {
  auto n = db_.queryInt("SELECT count(*) FROM operators");
  if (!n)
    return n.error();
  return *n > 0;
}

Result<void> KeyVault::writeSlot(const QString& operatorId, OperatorRole role, QStringView secret,
                                 const crypto::SecureBytes& dataKey, bool replace, bool oneTime) {
  auto made = SlotKek(tpmTcti_).create(secretBytes(secret).view(), kdfCost_);
  if (!made)
    return made.error();
  auto wrapped =
      crypto::KeyWrap::wrap(made->second, dataKey, slotAssociatedData(operatorId, role, oneTime));
  if (!wrapped)
    return wrapped.error();
  auto stmt = db_.prepare(replace ? "UPDATE key_slots SET kdf = ?, wrapped = ?, created_at = ? "
                                    "WHERE operator_id = ?"
                                  : "INSERT INTO key_slots (kdf, wrapped, created_at, "
                                    "operator_id, kind) VALUES (?, ?, ?, ?, 'operator')");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, made->first.toString())
      .bind(2, *wrapped)
      .bind(3, clock_.nowMs())
      .bind(4, operatorId);
  return stmt->run();
}

Result<OperatorSession> KeyVault::initialise(const QString& technicianId, QStringView secret) {
  if (!SecretPolicy::isValidOperatorId(technicianId))
    return badOperatorId();
  if (auto ok = SecretPolicy::checkNew(secret, OperatorRole::Technician, technicianId); !ok)
    return ok.error();
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto initialised = isInitialised();
  if (!initialised)
    return initialised.error();
  if (*initialised)
    return makeError(QStringLiteral("already_initialised"),
                     QStringLiteral("This kiosk database already has operators."));
  OperatorSession session{technicianId, OperatorRole::Technician,
                          crypto::SecureBytes::random(kDataKeySize)};
  if (session.dataKey.size() != kDataKeySize)
    return makeError(QStringLiteral("no_randomness"),
                     QStringLiteral("The system random generator failed."));
  auto insert = db_.prepare("INSERT INTO operators (id, role, created_at, created_by) "
                            "VALUES (?, 'technician', ?, NULL)");
  if (!insert)
    return insert.error();
  insert->bind(1, technicianId).bind(2, clock_.nowMs());
  if (auto r = insert->run(); !r)
    return r.error();
  if (auto r =
          writeSlot(technicianId, OperatorRole::Technician, secret, session.dataKey, false, false);
      !r)
    return r.error();
  if (auto r =
          AuditLog(db_).append(clock_.nowMs(), technicianId, QStringLiteral("kiosk.initialised"));
      !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  qCInfo(lcStore) << "kiosk initialised with its first technician";
  return session;
}

Result<void> KeyVault::insertOperator(const OperatorSession& by, const QString& id,
                                      OperatorRole role, QStringView oneTimeSecret) {
  Transaction tx(db_); // rolled back on any refusal below
  if (!tx.began())
    return tx.began().error();
  if (auto r = OperatorDirectory(db_, clock_).insert(by, id, role); !r)
    return r;
  if (auto ok = SecretPolicy::checkNew(oneTimeSecret, role, id); !ok)
    return ok;
  if (auto r = writeSlot(id, role, oneTimeSecret, by.dataKey, false, true); !r)
    return r;
  return tx.commit();
}

Result<QString> KeyVault::addOperator(const OperatorSession& by, const QString& id,
                                      OperatorRole role) {
  const QString pin = SecretPolicy::oneTimePin(role, id);
  if (pin.isEmpty())
    return makeError(QStringLiteral("no_randomness"),
                     QStringLiteral("The system random generator failed."));
  if (auto added = insertOperator(by, id, role, pin); !added)
    return added.error();
  return pin;
}

Result<void> KeyVault::addOperator(const OperatorSession& by, const QString& id, OperatorRole role,
                                   QStringView oneTimeSecret) {
  return insertOperator(by, id, role, oneTimeSecret);
}

Result<bool> KeyVault::ensureRecoverySlot(const OperatorSession& session,
                                          const refdata::RegistryKey& key,
                                          const QString& deviceId) {
  auto existing = db_.prepare("SELECT count(*) FROM key_slots WHERE kind = 'recovery' AND "
                              "key_id = ?");
  if (!existing)
    return existing.error();
  existing->bind(1, key.kid);
  if (auto row = existing->step(); !row)
    return row.error();
  if (existing->int64(0) > 0)
    return false;
  auto suite = crypto::HpkeSuite::fromName(key.suite);
  if (!suite)
    return suite.error();
  auto sealed = crypto::Hpke::seal(*suite, key.publicKey, recoveryInfo(deviceId, key.kid), {},
                                   session.dataKey.view());
  if (!sealed)
    return sealed.error();
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto insert = db_.prepare("INSERT INTO key_slots (kind, wrapped, enc, key_id, suite, "
                            "created_at) VALUES ('recovery', ?, ?, ?, ?, ?)");
  if (!insert)
    return insert.error();
  insert->bind(1, sealed->ciphertext).bind(2, sealed->enc).bind(3, key.kid).bind(4, key.suite);
  insert->bind(5, clock_.nowMs());
  if (auto r = insert->run(); !r)
    return r.error();
  if (auto r = AuditLog(db_).append(clock_.nowMs(), session.operatorId,
                                    QStringLiteral("key.recovery_slot_added"), {}, key.kid);
      !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  return true;
}

Result<bool> KeyVault::ensureCurrentRecoverySlot(const OperatorSession& session,
                                                 const refdata::ReferenceSet& reference,
                                                 const QString& deviceId) {
  if (!reference.keys || deviceId.isEmpty())
    return false;
  const auto key = reference.keys->sealingKeyAt(clock_.nowMs() / 1000);
  if (!key)
    return false;
  return ensureRecoverySlot(session, *key, deviceId);
}

Result<KeyVault::SlotBinding> KeyVault::slotBinding() {
  auto stmt = db_.prepare("SELECT kdf FROM key_slots WHERE kind = 'operator'");
  if (!stmt)
    return stmt.error();
  SlotBinding binding;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    ++binding.operatorSlots;
    if (auto kdf = SlotKdf::fromString(stmt->text(0)); kdf && kdf->tpm)
      ++binding.tpmBound;
  }
  return binding;
}

Result<QList<OperatorInfo>> KeyVault::operators() {
  return OperatorDirectory(db_, clock_).list();
}

Result<std::optional<OperatorInfo>> KeyVault::findOperator(const QString& id) {
  return OperatorDirectory(db_, clock_).find(id);
}

} // namespace camie::store
