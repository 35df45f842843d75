// KeyVault: the kiosk's one data key and the slots that unlock it — one per
// operator (wrapped by a key derived from their PIN or passphrase with
// scrypt, like LUKS key slots) plus a recovery slot sealed to the registry
// (HPKE). Signing in unwraps the data key into an OperatorSession; a wrong
// secret never unwraps anything, and repeated failures lock sign-in out.
// An operator added by a technician gets a one-time PIN, sealed as such in
// their slot: it opens nothing but the change to a secret of their own.
#pragma once

#include "core/crypto/scrypt_params.h"
#include "core/crypto/secure_bytes.h"
#include "core/refdata/reference_set.h"
#include "core/store/operator_info.h"
#include "core/store/operator_role.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace camie::store {

class SqliteDatabase;

// An operator signed in: their id and role, and the data key while it lasts.
struct OperatorSession {
  QString operatorId;
  OperatorRole role = OperatorRole::Teller;
  crypto::SecureBytes dataKey;
};

class KeyVault {
public:
  // New slots use `kdfCost`'s n, r and p with a fresh random salt (tests pass
  // cheaper parameters; production uses ScryptParams::defaults(), the cost for
  // a kiosk without a TPM — see useTpm()).
  KeyVault(SqliteDatabase& db, const Clock& clock,
           crypto::ScryptParams kdfCost = crypto::ScryptParams::defaults());

  // Binds new slots, and older slots at their next sign-in, to the TPM reached
  // through `tcti` (kiosk.conf [device] tpm, e.g. "device:/dev/tpmrm0"), with
  // scrypt at `kdfCost` (the TPM's lockout, not scrypt, is what stops guessing
  // there). An empty `tcti` changes nothing: no TPM.
  KeyVault& useTpm(const QString& tcti,
                   crypto::ScryptParams kdfCost = crypto::ScryptParams::tpmBound());

  [[nodiscard]] Result<bool> isInitialised();
  // A new kiosk: makes the data key and the first technician, with the
  // secret they choose (SecretPolicy for a technician). Refused if the kiosk
  // already has operators.
  [[nodiscard]] Result<OperatorSession> initialise(const QString& technicianId, QStringView secret);
  // Errors: "wrong_secret" (an unknown id, a disabled operator or a wrong
  // secret: the same words and the same scrypt work for all three),
  // "locked_out" (with the time left), "operator_id_in_khmer" (typed on the
  // Khmer layout; said for any id), "operator_record_altered" (the right
  // secret, but the role in the database is not the role bound to the slot;
  // audited). The failure count is raised before the slow work, atomically,
  // and reset after a right secret, so parallel sign-ins each count.
  // A slot written before roles were bound (v1 associated data) opens once
  // more and is rewrapped with its role bound, if the role in the database is
  // the role the audit log recorded when the operator was added.
  // "secret_change_required": the right one-time PIN (after `operator add`),
  // which opens nothing: changeSecret() with it does. Khmer digits count as
  // digits in the id and the PIN (every secret goes through
  // KhmerText::normalizeSecret, when it is set and when it is typed).
  [[nodiscard]] Result<OperatorSession> signIn(const QString& typedId, QStringView secret);
  // A technician adds an operator with a one-time PIN of
  // SecretPolicy::kOneTimePinDigits random digits, returned to be handed over
  // once; the operator must replace it (changeSecret) before signing in.
  [[nodiscard]] Result<QString> addOperator(const OperatorSession& by, const QString& id,
                                            OperatorRole role);
  // The same with a one-time secret the technician gives (demo and training
  // kiosks; it must meet the policy for `role`).
  [[nodiscard]] Result<void> addOperator(const OperatorSession& by, const QString& id,
                                         OperatorRole role, QStringView oneTimeSecret);
  // The operator replaces their secret — a one-time PIN, or the one they use
  // — with one that meets the policy for their role and differs from it: this
  // operator's slot is rewrapped (as a slot of their own), every other slot
  // and all data stay. The old secret is checked as signIn checks it
  // (lockout, failure count, same errors); then "weak_secret" or
  // "same_secret" before anything is written. Returns the session, signed in.
  [[nodiscard]] Result<OperatorSession> changeSecret(const QString& operatorId,
                                                     QStringView oldSecret, QStringView newSecret);
  // Seals the data key to the registry key, unless a slot for it exists.
  [[nodiscard]] Result<bool> ensureRecoverySlot(const OperatorSession& session,
                                                const refdata::RegistryKey& key,
                                                const QString& deviceId);
  // The recovery slot for the registry's sealing key valid now in
  // `reference`, as the kiosk and camie-kioskctl add it at every sign-in;
  // false (nothing to do) without keys, a key valid now or a device id.
  [[nodiscard]] Result<bool> ensureCurrentRecoverySlot(const OperatorSession& session,
                                                       const refdata::ReferenceSet& reference,
                                                       const QString& deviceId);
  // As OperatorDirectory lists and finds them.
  [[nodiscard]] Result<QList<OperatorInfo>> operators();
  // How many operator slots there are, and how many of them need a TPM.
  struct SlotBinding {
    int operatorSlots = 0;
    int tpmBound = 0;
  };
  [[nodiscard]] Result<SlotBinding> slotBinding();
  [[nodiscard]] Result<std::optional<OperatorInfo>> findOperator(const QString& id);

  // A slot's associated data (AES-GCM AAD): v2 binds the operator id and role,
  // and marks a one-time PIN's slot, which then opens only while the record
  // says the PIN must change (and a slot of the operator's own only while it
  // does not); v1 (slotLabel) bound the id only and is accepted once, to upgrade.
  static QByteArray slotAssociatedData(const QString& operatorId, OperatorRole role,
                                       bool oneTime = false);
  static QByteArray slotLabel(const QString& operatorId);
  static QByteArray recoveryInfo(const QString& deviceId, const QString& keyId);

private:
  struct Attempt {
    std::optional<OperatorInfo> op;
    int failures = 0;
    bool real = false; // false: a dummy slot (unknown or disabled id)
    QString kdf;
    QByteArray wrapped;
  };
  struct OpenedSlot {
    crypto::SecureBytes dataKey;
    OperatorRole role = OperatorRole::Teller; // the role bound (v2)
    bool legacy = false;                      // v1 associated data, no role bound
    crypto::SecureBytes kek;
  };
  // A signed-in operator, their record and data key (unlock()).
  struct Unlocked {
    OperatorInfo op;
    crypto::SecureBytes dataKey;
  };
  // A secret as slots are keyed with it (Khmer digits as digits, NFC).
  static crypto::SecureBytes secretBytes(QStringView secret);
  Result<void> writeSlot(const QString& operatorId, OperatorRole role, QStringView secret,
                         const crypto::SecureBytes& dataKey, bool replace, bool oneTime);
  Result<Unlocked> unlock(const QString& typedId, QStringView secret);
  Result<void> insertOperator(const OperatorSession& by, const QString& id, OperatorRole role,
                              QStringView oneTimeSecret);
  Result<Attempt> beginAttempt(const QString& operatorId, qint64 now);
  Result<std::optional<OpenedSlot>> openSlot(const Attempt& attempt, const QString& operatorId,
                                             QStringView secret);
  Result<std::optional<OperatorRole>> roleWhenAdded(const QString& operatorId);
  Error recordAltered(const OperatorInfo& op, std::optional<OperatorRole> bound);
  Result<void> upgradeSlot(const Attempt& attempt, const OperatorInfo& op, QStringView secret,
                           const crypto::SecureBytes& dataKey, qint64 now);

  SqliteDatabase& db_;
  const Clock& clock_;
  crypto::ScryptParams kdfCost_;
  QString tpmTcti_; // empty: no TPM (slots bound to one then refuse, naming it)
};

} // namespace camie::store
