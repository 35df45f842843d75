// X25519 key pairs (raw 32-byte forms, RFC 7748) and the Diffie-Hellman function
// over them: the KEM keys of HPKE, e.g. the registry's record-sealing key.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/types.h>

#include <memory>

namespace camie::crypto {

struct X25519KeyPair {
  static constexpr qsizetype kKeySize = 32;

  SecureBytes privateKey; // raw 32 bytes, as stored (not clamped)
  QByteArray publicKey;   // raw 32 bytes

  // Errors: "crypto_failure".
  static Result<X25519KeyPair> generate();
  // Errors: "bad_key_size", "crypto_failure".
  static Result<X25519KeyPair> fromPrivateKey(QByteArrayView raw32);

  // X25519(privateKey, peerPublicKey), 32 bytes. A pair from generate() or
  // fromPrivateKey() keeps the OpenSSL key it was made from, so agreeing costs
  // one scalar multiplication; a pair filled in by hand loads privateKey first.
  // Errors: "bad_key_size" (private key), "invalid_public_key" for a peer key of
  // the wrong size or of low order (the all-zero output RFC 9180 §7.1.4 and
  // RFC 7748 §6.1 require refusing).
  [[nodiscard]] Result<SecureBytes> agree(QByteArrayView peerPublicKey) const;

private:
  std::shared_ptr<EVP_PKEY> loaded_; // holds privateKey; null in a pair filled in by hand
};

} // namespace camie::crypto
