// TpmHmacKey: an HMAC-SHA256 key made inside a TPM that never leaves it. What
// the kiosk keeps is its public part and its private part wrapped by the TPM's
// storage primary (useless to any other TPM). Using the key needs its
// authorisation value, and the key is subject to the TPM's dictionary-attack
// protection: each wrong authorisation counts towards the TPM's lockout.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/crypto/tpm_context.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace camie::crypto {

class TpmHmacKey {
public:
  static constexpr qsizetype kAuthSize = 32; // at most the SHA-256 name algorithm's size

  // A new key under `tpm`'s storage primary, usable only with `auth`
  // (kAuthSize bytes). Errors: tpmError()'s, "bad_key_size".
  [[nodiscard]] static Result<TpmHmacKey> create(TpmContext& tpm, const SecureBytes& auth);

  // HMAC-SHA256 of `data` computed inside the TPM. Errors: "tpm_auth_failed"
  // (a wrong `auth`, counted by the TPM), "tpm_locked_out", "tpm_foreign_key"
  // (this TPM did not make the key), other tpmError()s.
  [[nodiscard]] Result<SecureBytes> hmac(TpmContext& tpm, const SecureBytes& auth,
                                         QByteArrayView data) const;

  // "tpm2-hmac$<base64 TPM2B_PUBLIC>$<base64 TPM2B_PRIVATE>", as kept in a key slot.
  QString toString() const;
  // Errors: "bad_kdf_params" for a text that is not that.
  [[nodiscard]] static Result<TpmHmacKey> fromString(QStringView text);

  bool operator==(const TpmHmacKey&) const = default;

private:
  QByteArray public_;  // marshalled TPM2B_PUBLIC
  QByteArray private_; // marshalled TPM2B_PRIVATE (sealed by the TPM)
};

} // namespace camie::crypto
