// PemKey: Ed25519 private keys in PEM (PKCS#8, as `openssl genpkey -algorithm
// ed25519` writes them), for the admin tool that mints demo pre-registration codes.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class PemKey {
public:
  // The raw 32-byte key. Errors: "bad_pem" (not PEM, protected by a
  // passphrase, or not an Ed25519 private key).
  [[nodiscard]] static Result<SecureBytes> readEd25519PrivateKey(QByteArrayView pem);
  // "-----BEGIN PRIVATE KEY-----..." for a raw 32-byte key. Errors:
  // "bad_key_size", "crypto_failure".
  [[nodiscard]] static Result<QByteArray> writeEd25519PrivateKey(const SecureBytes& raw32);
};

} // namespace camie::crypto
