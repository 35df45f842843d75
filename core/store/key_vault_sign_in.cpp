// KeyVault's sign-in (key_vault.h): the attempt counted before the slow
// work, the slot opened, the role bound to it checked, a weaker slot
// upgraded, and the operator's own secret replacing the old one.
#include "core/store/key_vault.h"

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

Error wrongSecret() {
  return makeError(
      ErrorKind::WrongSecret,
      QCoreApplication::translate("camie::store::KeyVault", "The operator ID or PIN is wrong."));
}

// As wrongSecret(), the same words for an unknown id and a wrong secret; a
// secret typed in Khmer letters (the Khmer layout left on) is said so, for any id.
Error wrongSecretTyped(QStringView secret) {
  if (!domain::KhmerText::hasKhmerLetters(secret))
    return wrongSecret();
  return makeError(ErrorKind::WrongSecret,
                   QCoreApplication::translate(
                       "camie::store::KeyVault",
                       "The operator ID or PIN is wrong. The passphrase was typed in Khmer "
                       "letters: press Alt+Shift to switch the keyboard to Latin and type it "
                       "again."));
}

} // namespace

// The first step of a sign-in, in one IMMEDIATE transaction so that parallel
// sign-ins (several camie-kioskctl runs) each count: the lockout is checked and
// the failure count raised (and the lockout it earns set) BEFORE the slow work;
// a right secret resets it afterwards. An unknown or disabled id gets a dummy
// slot, so what follows is the same work for every id.
Result<KeyVault::Attempt> KeyVault::beginAttempt(const QString& operatorId, qint64 now) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto found = findOperator(operatorId);
  if (!found)
    return found.error();
  Attempt attempt;
  attempt.op = *found;
  if (attempt.op && attempt.op->lockedUntil && *attempt.op->lockedUntil > now) {
    const int minutes = static_cast<int>((*attempt.op->lockedUntil - now + 59999) / 60000);
    return makeError(ErrorKind::LockedOut,
                     QCoreApplication::translate("camie::store::KeyVault",
                                                 "Too many wrong PINs. Try again in %n minute(s).",
                                                 nullptr, minutes));
  }
  if (attempt.op) {
    auto count = db_.prepare("UPDATE operators SET failed_attempts = failed_attempts + 1 "
                             "WHERE id = ? RETURNING failed_attempts");
    if (!count)
      return count.error();
    count->bind(1, operatorId);
    auto row = count->step();
    if (!row)
      return row.error();
    attempt.failures = static_cast<int>(count->int64(0));
    count->reset(); // RETURNING: the change is done once the statement is reset
    const qint64 lockMs = SecretPolicy::lockoutMs(attempt.failures);
    if (lockMs > 0) {
      auto lock = db_.prepare("UPDATE operators SET locked_until = ? WHERE id = ?");
      if (!lock)
        return lock.error();
      lock->bind(1, now + lockMs).bind(2, operatorId);
      if (auto r = lock->run(); !r)
        return r.error();
    }
  }
  const bool real = attempt.op && !attempt.op->disabled;
  // The dummy slot: the oldest operator slot's KDF cost and wrapped key, which
  // are then never accepted (the same scrypt cost as a real slot of this kiosk).
  auto slot = db_.prepare(real ? "SELECT kdf, wrapped FROM key_slots WHERE operator_id = ?"
                               : "SELECT kdf, wrapped FROM key_slots WHERE kind = 'operator' "
                                 "ORDER BY id LIMIT 1");
  if (!slot)
    return slot.error();
  if (real)
    slot->bind(1, operatorId);
  auto row = slot->step();
  if (!row)
    return row.error();
  if (*row) {
    attempt.kdf = slot->text(0);
    attempt.wrapped = slot->blob(1);
  } else {
    crypto::ScryptParams params = kdfCost_;
    params.salt = QByteArray(crypto::ScryptParams::kSaltSize, '\0');
    attempt.kdf = params.toString();
    attempt.wrapped = QByteArray(crypto::KeyWrap::kWrappedSize, '\0');
  }
  attempt.real = real && *row;
  slot->reset();
  if (auto r = tx.commit(); !r)
    return r.error();
  return attempt;
}

// The slow part of every sign-in, the same for every id: scrypt, then the
// wrapped key tried with each associated data it may have been written with.
Result<std::optional<KeyVault::OpenedSlot>>
KeyVault::openSlot(const Attempt& attempt, const QString& operatorId, QStringView secret) {
  auto kdf = SlotKdf::fromString(attempt.kdf);
  if (!kdf)
    return kdf.error();
  auto derived = SlotKek(tpmTcti_).derive(secretBytes(secret).view(), *kdf);
  if (!derived)
    return derived.error();
  if (!*derived) // the TPM refused the secret (and counted it)
    return std::optional<OpenedSlot>();
  std::optional<crypto::SecureBytes>& kek = *derived;
  const OperatorRole column = attempt.op ? attempt.op->role : OperatorRole::Teller;
  const bool oneTime = attempt.op && attempt.op->mustChangeSecret;
  std::optional<OpenedSlot> opened;
  // The role the record claims first, then the others (an edited role), then
  // the v1 associated data without a role (a slot written before roles were bound).
  const OperatorRole order[] = {column, OperatorRole::Teller, OperatorRole::Supervisor,
                                OperatorRole::Technician};
  for (OperatorRole role : order) {
    auto key = crypto::KeyWrap::unwrap(*kek, attempt.wrapped,
                                       slotAssociatedData(operatorId, role, oneTime));
    if (key && !opened)
      opened = OpenedSlot{std::move(*key), role, false, {}};
  }
  auto legacy = crypto::KeyWrap::unwrap(*kek, attempt.wrapped, slotLabel(operatorId));
  if (legacy && !opened)
    opened = OpenedSlot{std::move(*legacy), column, true, {}};
  if (!attempt.real)
    return std::optional<OpenedSlot>(); // the dummy slot never opens
  if (opened)
    opened->kek = std::move(*kek);
  return opened;
}

// The role an operator was given when added, from the audit log (whose chain
// must verify): what a v1 slot, which does not bind the role, is upgraded to.
Result<std::optional<OperatorRole>> KeyVault::roleWhenAdded(const QString& operatorId) {
  auto verified = AuditLog(db_).verify();
  if (!verified)
    return verified.error();
  if (!verified->ok())
    return std::optional<OperatorRole>();
  auto stmt = db_.prepare("SELECT action, actor, detail FROM audit WHERE action IN "
                          "('kiosk.initialised', 'operator.added') ORDER BY seq DESC");
  if (!stmt)
    return stmt.error();
  const QString prefix = operatorId + QStringLiteral(" as ");
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      return std::optional<OperatorRole>();
    if (stmt->text(0) == u"kiosk.initialised" && stmt->text(1) == operatorId)
      return std::optional<OperatorRole>(OperatorRole::Technician);
    const QString detail = stmt->text(2);
    if (stmt->text(0) == u"operator.added" && detail.startsWith(prefix))
      return operatorRoleFromString(detail.mid(prefix.size()));
  }
}

// Everything a right secret does before it is used: the attempt counted,
// the slot opened (or the failure audited), the role checked against the
// one bound, the failure count reset, a v1 slot upgraded.
Result<KeyVault::Unlocked> KeyVault::unlock(const QString& typedId, QStringView secret) {
  // Operator ids are Latin letters and digits; the Khmer layout types Khmer
  // digits for digits (taken as such) and Khmer letters for letters (said so,
  // for any id: no id in Khmer letters exists, so this tells nothing about ids).
  const QString operatorId = domain::KhmerText::toAsciiDigits(typedId.trimmed());
  if (domain::KhmerText::hasKhmerLetters(operatorId))
    return makeError(ErrorKind::OperatorIdInKhmer,
                     QCoreApplication::translate(
                         "camie::store::KeyVault",
                         "The operator ID was typed in Khmer letters, but operator IDs are in "
                         "Latin letters. Press Alt+Shift to switch the keyboard to Latin and type "
                         "it again."));
  const qint64 now = clock_.nowMs();
  auto attempt = beginAttempt(operatorId, now);
  if (!attempt)
    return attempt.error();
  auto opened = openSlot(*attempt, operatorId, secret);
  if (!opened)
    return opened.error();
  if (!*opened) {
    // An unknown id, a disabled operator and a wrong secret: the same words.
    // The typed id is not written to the audit log (it may be a PIN typed
    // in the wrong field).
    const QString actor = attempt->op ? operatorId : QStringLiteral("system");
    const QString detail = attempt->op ? QStringLiteral("failures %1").arg(attempt->failures)
                                       : QStringLiteral("unknown operator");
    Transaction tx(db_); // the chain reads the last entry: parallel sign-ins append in turn
    if (!tx.began())
      return tx.began().error();
    if (auto r = AuditLog(db_).append(clock_.nowMs(), actor,
                                      QStringLiteral("operator.sign_in_failed"), {}, detail);
        !r)
      return r.error();
    if (auto r = tx.commit(); !r)
      return r.error();
    return wrongSecretTyped(secret);
  }
  const OperatorInfo& op = *attempt->op;
  OpenedSlot& slot = **opened;
  std::optional<OperatorRole> bound = slot.role;
  if (slot.legacy) {
    auto added = roleWhenAdded(operatorId);
    if (!added)
      return added.error();
    bound = *added;
  }
  if (bound != op.role)
    return recordAltered(op, bound);
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto stmt =
      db_.prepare("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, operatorId);
  if (auto r = stmt->run(); !r)
    return r.error();
  if (slot.legacy) {
    // Rewrapped once with the role bound: the v1 associated data is then
    // never accepted for this slot again.
    auto wrapped = crypto::KeyWrap::wrap(
        slot.kek, slot.dataKey, slotAssociatedData(operatorId, op.role, op.mustChangeSecret));
    if (!wrapped)
      return wrapped.error();
    auto rewrap = db_.prepare("UPDATE key_slots SET wrapped = ? WHERE operator_id = ?");
    if (!rewrap)
      return rewrap.error();
    rewrap->bind(1, *wrapped).bind(2, operatorId);
    if (auto r = rewrap->run(); !r)
      return r.error();
    if (auto r = AuditLog(db_).append(now, operatorId, QStringLiteral("key.slot_upgraded"), {},
                                      QStringLiteral("role %1 bound").arg(toString(op.role)));
        !r)
      return r.error();
  }
  if (auto r = upgradeSlot(*attempt, op, secret, slot.dataKey, now); !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  return Unlocked{op, std::move(slot.dataKey)};
}

Result<OperatorSession> KeyVault::signIn(const QString& typedId, QStringView secret) {
  auto unlocked = unlock(typedId, secret);
  if (!unlocked)
    return unlocked.error();
  const OperatorInfo& op = unlocked->op;
  if (op.mustChangeSecret) {
    // The right one-time PIN: good for choosing a secret, nothing else.
    Transaction tx(db_);
    if (!tx.began())
      return tx.began().error();
    if (auto r = AuditLog(db_).append(clock_.nowMs(), op.id,
                                      QStringLiteral("operator.one_time_pin_used"));
        !r)
      return r.error();
    if (auto r = tx.commit(); !r)
      return r.error();
    return makeError(
        ErrorKind::SecretChangeRequired,
        QCoreApplication::translate("camie::store::KeyVault",
                                    "This is a one-time PIN. Choose your own PIN to go on."));
  }
  const qint64 now = clock_.nowMs();
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto stmt = db_.prepare("UPDATE operators SET last_sign_in_at = ? WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, now).bind(2, op.id);
  if (auto r = stmt->run(); !r)
    return r.error();
  if (auto r = AuditLog(db_).append(now, op.id, QStringLiteral("operator.signed_in")); !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  return OperatorSession{op.id, op.role, std::move(unlocked->dataKey)};
}

// A slot weaker than a new one would be (not yet bound to the TPM this kiosk
// now has, or a cheaper scrypt) is rewrapped after a right secret, audited. A
// TPM that fails here leaves the slot as it was, to be tried at the next sign-in.
Result<void> KeyVault::upgradeSlot(const Attempt& attempt, const OperatorInfo& op,
                                   QStringView secret, const crypto::SecureBytes& dataKey,
                                   qint64 now) {
  auto stored = SlotKdf::fromString(attempt.kdf);
  const bool bind = SlotKek(tpmTcti_).hasTpm();
  if (!stored || !stored->weakerThan(kdfCost_, bind))
    return {};
  if (auto r = writeSlot(op.id, op.role, secret, dataKey, true, op.mustChangeSecret); !r) {
    qCWarning(lcStore).noquote() << "key slot not upgraded:" << r.error().code;
    return {};
  }
  const QString detail =
      bind
          ? QStringLiteral("bound to this kiosk's TPM")
          : QStringLiteral("scrypt n=%1 r=%2 p=%3").arg(kdfCost_.n).arg(kdfCost_.r).arg(kdfCost_.p);
  return AuditLog(db_).append(now, op.id, QStringLiteral("key.slot_upgraded"), {}, detail);
}

Error KeyVault::recordAltered(const OperatorInfo& op, std::optional<OperatorRole> bound) {
  qCWarning(lcStore) << "sign-in refused: an operator record does not match its key slot";
  const QString detail =
      QStringLiteral("record says %1, key slot %2")
          .arg(toString(op.role),
               bound ? toString(*bound) : QStringLiteral("has no role the audit log confirms"));
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  if (auto r = AuditLog(db_).append(clock_.nowMs(), op.id,
                                    QStringLiteral("operator.record_altered"), {}, detail);
      !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  return makeError(ErrorKind::OperatorRecordAltered,
                   QCoreApplication::translate(
                       "camie::store::KeyVault",
                       "This operator's record was changed outside the kiosk: its role no longer "
                       "matches the one sealed in the operator's key. Sign-in is refused; ask a "
                       "technician to check this kiosk."));
}

Result<OperatorSession> KeyVault::changeSecret(const QString& operatorId, QStringView oldSecret,
                                               QStringView newSecret) {
  auto unlocked = unlock(operatorId, oldSecret);
  if (!unlocked)
    return unlocked.error();
  const OperatorInfo& op = unlocked->op;
  // Checked once the old secret is right: the rules for a role tell nothing
  // to someone who does not know it.
  if (auto ok = SecretPolicy::checkNew(newSecret, op.role, op.id); !ok)
    return ok.error();
  if (secretBytes(newSecret) == secretBytes(oldSecret))
    return makeError(ErrorKind::SameSecret,
                     QCoreApplication::translate(
                         "camie::store::KeyVault",
                         "The new PIN is the same as the old one. Choose a different one."));
  const qint64 now = clock_.nowMs();
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  if (auto r = writeSlot(op.id, op.role, newSecret, unlocked->dataKey, true, false); !r)
    return r.error();
  auto stmt = db_.prepare("UPDATE operators SET must_change_secret = 0, last_sign_in_at = ? "
                          "WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, now).bind(2, op.id);
  if (auto r = stmt->run(); !r)
    return r.error();
  if (auto r = AuditLog(db_).append(now, op.id, QStringLiteral("operator.secret_changed"), {},
                                    op.mustChangeSecret ? QStringLiteral("one-time PIN replaced")
                                                        : QString());
      !r)
    return r.error();
  if (auto r = AuditLog(db_).append(now, op.id, QStringLiteral("operator.signed_in")); !r)
    return r.error();
  if (auto r = tx.commit(); !r)
    return r.error();
  return OperatorSession{op.id, op.role, std::move(unlocked->dataKey)};
}

} // namespace camie::store
