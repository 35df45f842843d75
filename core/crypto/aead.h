// One-shot authenticated encryption (AES-GCM, ChaCha20-Poly1305) over OpenSSL's
// EVP_CIPHER: the building block of the local copy format, key slots and HPKE.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

enum class AeadAlgorithm { Aes128Gcm, Aes256Gcm, ChaCha20Poly1305 };

class Aead {
public:
  static constexpr qsizetype kNonceSize = 12;
  static constexpr qsizetype kTagSize = 16;

  // 16 for AES-128-GCM, 32 for the others.
  static qsizetype keySize(AeadAlgorithm algorithm);

  // Returns ciphertext || 16-byte tag. The nonce must never repeat under one key.
  // Errors: "bad_key_size", "bad_nonce_size", "input_too_large", "crypto_failure".
  [[nodiscard]] static Result<QByteArray> seal(AeadAlgorithm algorithm, const SecureBytes& key,
                                               QByteArrayView nonce, QByteArrayView aad,
                                               QByteArrayView plaintext);

  // Errors: "authentication_failed" when the tag does not verify (wrong key, wrong
  // aad, tampered bytes; nothing of the plaintext is returned), "malformed_ciphertext"
  // when the input is shorter than a tag, and those of seal().
  [[nodiscard]] static Result<QByteArray> open(AeadAlgorithm algorithm, const SecureBytes& key,
                                               QByteArrayView nonce, QByteArrayView aad,
                                               QByteArrayView ciphertextAndTag);
};

} // namespace camie::crypto
