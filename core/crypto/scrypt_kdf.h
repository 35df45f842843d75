// Derives a key from a PIN or passphrase with scrypt (OpenSSL EVP_KDF "SCRYPT"): the
// key-encryption key of an operator's key slot.
#pragma once

#include "core/crypto/scrypt_params.h"
#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArrayView>

namespace camie::crypto {

// Slow on purpose (about 0.4 s with the defaults, 0.1 s beside a TPM): call it on a worker thread,
// never on the GUI thread.
class ScryptKdf {
public:
  static constexpr qsizetype kMaxLength = 1024;

  // Errors: "bad_kdf_params" (see ScryptParams::validateCost, or a length outside
  // 1..1024), "kdf_failed" when OpenSSL refuses (e.g. out of memory).
  [[nodiscard]] static Result<SecureBytes> derive(QByteArrayView secret, const ScryptParams& params,
                                                  qsizetype length = 32);
};

} // namespace camie::crypto
