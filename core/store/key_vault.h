// KeyVault: the kiosk's one data key and the slots that unlock it — one per
// operator (wrapped by a key derived from their PIN or passphrase with
// scrypt, like LUKS key slots) plus a recovery slot sealed to the registry
// (HPKE). Signing in unwraps the data key into an OperatorSession; a wrong
// secret never unwraps anything, and repeated failures lock sign-in out.
#pragma once

#include "core/crypto/scrypt_params.h"
#include "core/crypto/secure_bytes.h"
#include "core/refdata/published_keys.h"
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

struct OperatorInfo {
  QString id;
  OperatorRole role = OperatorRole::Teller;
  qint64 createdAt = 0;
  int failedAttempts = 0;
  std::optional<qint64> lockedUntil;
  std::optional<qint64> lastSignInAt;
  bool disabled = false;
};

class KeyVault {
public:
  // New slots use `kdfCost`'s n, r and p with a fresh random salt (tests pass
  // cheaper parameters; production uses ScryptParams::defaults()).
  KeyVault(SqliteDatabase& db, const Clock& clock,
           crypto::ScryptParams kdfCost = crypto::ScryptParams::defaults());

  [[nodiscard]] Result<bool> isInitialised();
  // A new kiosk: makes the data key and the first technician. Refused if the
  // kiosk already has operators.
  [[nodiscard]] Result<OperatorSession> initialise(const QString& technicianId, QStringView secret);
  // Errors: "wrong_secret" (unknown id or wrong secret, the same words for
  // both), "locked_out" (with the time left), "operator_disabled",
  // "operator_id_in_khmer" (typed on the Khmer layout). Khmer digits count as
  // digits in the id and the PIN (every secret goes through
  // KhmerText::normalizeSecret, when it is set and when it is typed).
  [[nodiscard]] Result<OperatorSession> signIn(const QString& typedId, QStringView secret);
  // A technician adds an operator, with the secret that operator will use.
  [[nodiscard]] Result<void> addOperator(const OperatorSession& by, const QString& id,
                                         OperatorRole role, QStringView secret);
  // Rewraps this operator's slot only; every other slot and all data stay.
  [[nodiscard]] Result<void> changeSecret(const QString& operatorId, QStringView oldSecret,
                                          QStringView newSecret);
  // Seals the data key to the registry key, unless a slot for it exists.
  [[nodiscard]] Result<bool> ensureRecoverySlot(const OperatorSession& session,
                                                const refdata::RegistryKey& key,
                                                const QString& deviceId);
  [[nodiscard]] Result<QList<OperatorInfo>> operators();
  [[nodiscard]] Result<std::optional<OperatorInfo>> findOperator(const QString& id);

  static QByteArray slotLabel(const QString& operatorId);
  static QByteArray recoveryInfo(const QString& deviceId, const QString& keyId);

private:
  Result<void> writeSlot(const QString& operatorId, QStringView secret,
                         const crypto::SecureBytes& dataKey, bool replace);
  Result<crypto::SecureBytes> unwrapSlot(const QString& operatorId, QStringView secret);
  Result<void> recordFailure(const OperatorInfo& op);

  SqliteDatabase& db_;
  const Clock& clock_;
  crypto::ScryptParams kdfCost_;
};

} // namespace camie::store
