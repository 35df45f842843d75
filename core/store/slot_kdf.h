// SlotKdf: how an operator key slot's key-encryption key is derived, as kept in
// key_slots.kdf — "scrypt$n=..$r=..$p=..$<salt>" for scrypt alone (every slot
// written before TPM binding, and kiosks without a TPM), or that, ';' and a
// TpmHmacKey's text for a slot bound to this kiosk's TPM.
#pragma once

#include "core/crypto/scrypt_params.h"
#include "core/crypto/tpm_hmac_key.h"
#include "core/util/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace camie::store {

struct SlotKdf {
  crypto::ScryptParams scrypt;
  std::optional<crypto::TpmHmacKey> tpm; // set: the slot needs this kiosk's TPM

  QString toString() const;
  // Errors: "bad_kdf_params".
  [[nodiscard]] static Result<SlotKdf> fromString(QStringView text);
  // Whether a new slot (scrypt at `cost`, bound to a TPM if `tpmBound`) would
  // be stronger: bound to a TPM where this is not, or both unbound and a
  // costlier scrypt. Such a slot is rewrapped at its next sign-in.
  bool weakerThan(const crypto::ScryptParams& cost, bool tpmBound) const;
};

} // namespace camie::store
