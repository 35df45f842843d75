#include "core/store/key_vault.h"

#include "core/crypto/hpke.h"
#include "core/crypto/key_wrap.h"
#include "core/crypto/scrypt_kdf.h"
#include "core/domain/khmer_text.h"
#include "core/logging/log_categories.h"
#include "core/store/audit_log.h"
#include "core/store/secret_policy.h"
#include "core/store/sqlite_database.h"

#include <QCoreApplication>

namespace camie::store {
namespace {

constexpr int kDataKeySize = 32;

Error wrongSecret() {
  return makeError(
      QStringLiteral("wrong_secret"),
      QCoreApplication::translate("camie::store::KeyVault", "The operator ID or PIN is wrong."));
}

// As wrongSecret(), the same words for an unknown id and a wrong secret; a
// secret typed in Khmer letters (the Khmer layout left on) is said so, for any id.
Error wrongSecretTyped(QStringView secret) {
  if (!domain::KhmerText::hasKhmerLetters(secret))
    return wrongSecret();
  return makeError(QStringLiteral("wrong_secret"),
                   QCoreApplication::translate(
                       "camie::store::KeyVault",
                       "The operator ID or PIN is wrong. The passphrase was typed in Khmer "
                       "letters: press Alt+Shift to switch the keyboard to Latin and type it "
                       "again."));
}

crypto::SecureBytes secretBytes(QStringView secret) {
  // NFC, so a passphrase typed through different input methods still matches;
  // a PIN in Khmer digits (the Khmer keyboard layout's digit row) is that PIN.
  return crypto::SecureBytes::fromView(
      domain::KhmerText::normalizeSecret(secret).normalized(QString::NormalizationForm_C).toUtf8());
}

OperatorInfo readOperator(const SqliteStatement& s) {
  return {s.text(0),          operatorRoleFromString(s.text(1)).value_or(OperatorRole::Teller),
          s.int64(2),         static_cast<int>(s.int64(3)),
          s.optionalInt64(4), s.optionalInt64(5),
          s.int64(6) != 0};
}

constexpr const char* kSelectOperator =
    "SELECT id, role, created_at, failed_attempts, locked_until, last_sign_in_at, disabled "
    "FROM operators";

} // namespace

KeyVault::KeyVault(SqliteDatabase& db, const Clock& clock, crypto::ScryptParams kdfCost)
    : db_(db), clock_(clock), kdfCost_(std::move(kdfCost)) {}

QByteArray KeyVault::slotLabel(const QString& operatorId) {
  return QStringLiteral("camie-slot/v1 operator %1").arg(operatorId).toUtf8();
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

Result<void> KeyVault::writeSlot(const QString& operatorId, QStringView secret,
                                 const crypto::SecureBytes& dataKey, bool replace) {
  crypto::ScryptParams params = kdfCost_;
  params.salt = crypto::SecureBytes::random(crypto::ScryptParams::kSaltSize).view().toByteArray();
  auto kek = crypto::ScryptKdf::derive(secretBytes(secret).view(), params);
  if (!kek)
    return kek.error();
  auto wrapped = crypto::KeyWrap::wrap(*kek, dataKey, slotLabel(operatorId));
  if (!wrapped)
    return wrapped.error();
  auto stmt = db_.prepare(replace ? "UPDATE key_slots SET kdf = ?, wrapped = ?, created_at = ? "
                                    "WHERE operator_id = ?"
                                  : "INSERT INTO key_slots (kdf, wrapped, created_at, "
                                    "operator_id, kind) VALUES (?, ?, ?, ?, 'operator')");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, params.toString()).bind(2, *wrapped).bind(3, clock_.nowMs()).bind(4, operatorId);
  return stmt->run();
}

Result<crypto::SecureBytes> KeyVault::unwrapSlot(const QString& operatorId, QStringView secret) {
  auto stmt = db_.prepare("SELECT kdf, wrapped FROM key_slots WHERE operator_id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, operatorId);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return wrongSecret();
  auto params = crypto::ScryptParams::fromString(stmt->text(0));
  if (!params)
    return params.error();
  auto kek = crypto::ScryptKdf::derive(secretBytes(secret).view(), *params);
  if (!kek)
    return kek.error();
  auto key = crypto::KeyWrap::unwrap(*kek, stmt->blob(1), slotLabel(operatorId));
  if (!key)
    return wrongSecret();
  return key;
}

Result<OperatorSession> KeyVault::initialise(const QString& technicianId, QStringView secret) {
  if (!SecretPolicy::isValidOperatorId(technicianId))
    return makeError(QStringLiteral("bad_operator_id"),
                     QStringLiteral("An operator ID is 1-32 letters, digits, '.', '_' or '-'."));
  if (auto ok = SecretPolicy::checkNew(secret); !ok)
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
  if (auto r = writeSlot(technicianId, secret, session.dataKey, false); !r)
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

Result<void> KeyVault::recordFailure(const OperatorInfo& op) {
  const int failures = op.failedAttempts + 1;
  const qint64 lockMs = SecretPolicy::lockoutMs(failures);
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto stmt =
      db_.prepare("UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, failures)
      .bind(2, lockMs > 0 ? std::optional<qint64>(clock_.nowMs() + lockMs) : std::nullopt)
      .bind(3, op.id);
  if (auto r = stmt->run(); !r)
    return r;
  if (auto r =
          AuditLog(db_).append(clock_.nowMs(), op.id, QStringLiteral("operator.sign_in_failed"), {},
                               QStringLiteral("failures %1").arg(failures));
      !r)
    return r;
  return tx.commit();
}

Result<OperatorSession> KeyVault::signIn(const QString& typedId, QStringView secret) {
  // Operator ids are Latin letters and digits; the Khmer layout types Khmer
  // digits for digits (taken as such) and Khmer letters for letters (said so).
  const QString operatorId = domain::KhmerText::toAsciiDigits(typedId.trimmed());
  if (domain::KhmerText::hasKhmerLetters(operatorId))
    return makeError(QStringLiteral("operator_id_in_khmer"),
                     QCoreApplication::translate(
                         "camie::store::KeyVault",
                         "The operator ID was typed in Khmer letters, but operator IDs are in "
                         "Latin letters. Press Alt+Shift to switch the keyboard to Latin and type "
                         "it again."));
  auto found = findOperator(operatorId);
  if (!found)
    return found.error();
  if (!*found)
    return wrongSecretTyped(secret);
  const OperatorInfo& op = **found;
  const qint64 now = clock_.nowMs();
  if (op.disabled)
    return makeError(QStringLiteral("operator_disabled"),
                     QCoreApplication::translate("camie::store::KeyVault",
                                                 "This operator can no longer sign in."));
  if (op.lockedUntil && *op.lockedUntil > now) {
    const int minutes = static_cast<int>((*op.lockedUntil - now + 59999) / 60000);
    return makeError(QStringLiteral("locked_out"),
                     QCoreApplication::translate("camie::store::KeyVault",
                                                 "Too many wrong PINs. Try again in %n minute(s).",
                                                 nullptr, minutes));
  }
  auto key = unwrapSlot(operatorId, secret);
  if (!key) {
    if (key.error().code == u"wrong_secret") {
      if (auto r = recordFailure(op); !r)
        return r.error();
      return wrongSecretTyped(secret);
    }
    return key.error();
  }
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto stmt = db_.prepare("UPDATE operators SET failed_attempts = 0, locked_until = NULL, "
                          "last_sign_in_at = ? WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, now).bind(2, operatorId);
  if (auto r = stmt->run(); !r)
    return r.error();
  if (auto r = AuditLog(db_).append(now, operatorId, QStringLiteral("operator.signed_in")); !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  return OperatorSession{operatorId, op.role, std::move(*key)};
}

Result<void> KeyVault::addOperator(const OperatorSession& by, const QString& id, OperatorRole role,
                                   QStringView secret) {
  if (by.role != OperatorRole::Technician)
    return makeError(QStringLiteral("not_allowed"),
                     QStringLiteral("Only a technician can add operators."));
  if (!SecretPolicy::isValidOperatorId(id))
    return makeError(QStringLiteral("bad_operator_id"),
                     QStringLiteral("An operator ID is 1-32 letters, digits, '.', '_' or '-'."));
  if (auto ok = SecretPolicy::checkNew(secret); !ok)
    return ok;
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto existing = findOperator(id);
  if (!existing)
    return existing.error();
  if (*existing)
    return makeError(QStringLiteral("operator_exists"),
                     QStringLiteral("There is already an operator %1.").arg(id));
  auto insert =
      db_.prepare("INSERT INTO operators (id, role, created_at, created_by) VALUES (?, ?, ?, ?)");
  if (!insert)
    return insert.error();
  insert->bind(1, id).bind(2, toString(role)).bind(3, clock_.nowMs()).bind(4, by.operatorId);
  if (auto r = insert->run(); !r)
    return r;
  if (auto r = writeSlot(id, secret, by.dataKey, false); !r)
    return r;
  if (auto r = AuditLog(db_).append(clock_.nowMs(), by.operatorId, QStringLiteral("operator.added"),
                                    {}, QStringLiteral("%1 as %2").arg(id, toString(role)));
      !r)
    return r;
  return tx.commit();
}

Result<void> KeyVault::changeSecret(const QString& operatorId, QStringView oldSecret,
                                    QStringView newSecret) {
  if (auto ok = SecretPolicy::checkNew(newSecret); !ok)
    return ok;
  auto session = signIn(operatorId, oldSecret);
  if (!session)
    return session.error();
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  if (auto r = writeSlot(operatorId, newSecret, session->dataKey, true); !r)
    return r;
  if (auto r = AuditLog(db_).append(clock_.nowMs(), operatorId,
                                    QStringLiteral("operator.secret_changed"));
      !r)
    return r;
  return tx.commit();
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

Result<QList<OperatorInfo>> KeyVault::operators() {
  const QByteArray sql = QByteArray(kSelectOperator) + " ORDER BY id";
  auto stmt = db_.prepare(sql.constData());
  if (!stmt)
    return stmt.error();
  QList<OperatorInfo> list;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    list.append(readOperator(*stmt));
  }
  return list;
}

Result<std::optional<OperatorInfo>> KeyVault::findOperator(const QString& id) {
  const QByteArray sql = QByteArray(kSelectOperator) + " WHERE id = ?";
  auto stmt = db_.prepare(sql.constData());
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<OperatorInfo>();
  return std::optional<OperatorInfo>(readOperator(*stmt));
}

} // namespace camie::store
