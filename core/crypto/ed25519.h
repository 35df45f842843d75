// Ed25519 signatures (RFC 8032) for signed pre-registration QR codes: the kiosk
// verifies them against the portal's keys; tests and demos sign.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class Ed25519 {
public:
  static constexpr qsizetype kKeySize = 32;
  static constexpr qsizetype kSignatureSize = 64;

  struct KeyPair {
    SecureBytes privateKey; // raw 32-byte seed (RFC 8032 "secret key")
    QByteArray publicKey;   // raw 32 bytes
  };

  // Errors: "crypto_failure".
  static Result<KeyPair> generate();
  // Errors: "bad_key_size", "crypto_failure".
  static Result<KeyPair> fromPrivateKey(QByteArrayView raw32);

  // The 64-byte signature of `message`. Errors: "bad_key_size", "crypto_failure".
  [[nodiscard]] static Result<QByteArray> sign(const SecureBytes& privateKey,
                                               QByteArrayView message);

  // True only for a valid signature; false on any bad input (wrong lengths, a
  // public key that is not a curve point), never a crash.
  static bool verify(QByteArrayView publicKey32, QByteArrayView message,
                     QByteArrayView signature64);
};

} // namespace camie::crypto
