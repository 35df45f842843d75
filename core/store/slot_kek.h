// SlotKek: an operator key slot's key-encryption key from the secret typed.
// scrypt first; for a slot bound to this kiosk's TPM, the HMAC of the slot's
// own key inside the TPM is mixed in. That key's authorisation value is itself
// derived from the scrypt output, so a wrong secret is refused by the TPM and
// counted against its dictionary-attack lockout: guessing needs this TPM, at
// the pace its lockout allows (docs/security.md).
#pragma once

#include "core/crypto/scrypt_params.h"
#include "core/crypto/secure_bytes.h"
#include "core/store/slot_kdf.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>

namespace camie::store {

class SlotKek {
public:
  // `tpmTcti`: the TPM configured for this kiosk ([device] tpm); empty: none.
  explicit SlotKek(QString tpmTcti) : tcti_(std::move(tpmTcti)) {}

  bool hasTpm() const { return !tcti_.isEmpty(); }

  // A new slot's derivation (n, r, p of `cost`, a fresh salt; bound to the
  // TPM when one is configured) and its key. Errors: scrypt's, the TPM's.
  [[nodiscard]] Result<std::pair<SlotKdf, crypto::SecureBytes>>
  create(QByteArrayView secret, const crypto::ScryptParams& cost) const;

  // The key `kdf` derives from `secret`; nullopt when the TPM refused the
  // secret (a wrong secret, counted by the TPM). Errors: "tpm_missing" (the
  // slot is bound to a TPM and none is configured), "tpm_locked_out",
  // "tpm_foreign_key" (bound to another kiosk's TPM), "tpm_unavailable", and
  // scrypt's. The messages are for the operator at the kiosk.
  [[nodiscard]] Result<std::optional<crypto::SecureBytes>> derive(QByteArrayView secret,
                                                                  const SlotKdf& kdf) const;

private:
  QString tcti_;
};

} // namespace camie::store
