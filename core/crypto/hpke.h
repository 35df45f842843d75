// HPKE (RFC 9180) base mode, DHKEM(X25519, HKDF-SHA256) + HKDF-SHA256 + AES-128-GCM
// or ChaCha20Poly1305: how a finalised record is sealed to the registry's key.
#pragma once

#include "core/crypto/hpke_context.h"
#include "core/crypto/hpke_suite.h"
#include "core/crypto/secure_bytes.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

// Errors common to the functions below: "invalid_public_key" for a recipient key or
// enc of the wrong size or of low order (RFC 9180 §7.1.4), "bad_key_size" for a
// private key that is not 32 bytes, "kdf_failed" / "crypto_failure" from OpenSSL.
class Hpke {
public:
  static constexpr qsizetype kEncSize = 32; // Nenc of DHKEM(X25519)

  // RFC 9180 §7.1.3 DeriveKeyPair for X25519. Errors: "bad_ikm" for an ikm shorter
  // than 32 bytes (it must carry at least Nsk bytes of entropy).
  static Result<X25519KeyPair> deriveKeyPair(QByteArrayView ikm);

  struct Sender {
    QByteArray enc;
    HpkeContext context;
  };
  // SetupBaseS with a fresh ephemeral key pair: the spare one if there is
  // one (taken, so it serves one seal only), else one made now.
  [[nodiscard]] static Result<Sender>
  setupBaseSender(HpkeSuite suite, QByteArrayView recipientPublicKey, QByteArrayView info);
  // TEST-ONLY: SetupBaseS with a fixed ephemeral key pair, so the RFC 9180 vectors
  // can be reproduced. Reusing an ephemeral key breaks HPKE's security: never call
  // this outside tests. Only the ephemeral private key is used.
  [[nodiscard]] static Result<Sender>
  setupBaseSenderWithEphemeralForTesting(HpkeSuite suite, QByteArrayView recipientPublicKey,
                                         QByteArrayView info, const X25519KeyPair& ephemeral);
  // SetupBaseR.
  [[nodiscard]] static Result<HpkeContext>
  setupBaseRecipient(HpkeSuite suite, QByteArrayView enc, const SecureBytes& recipientPrivateKey,
                     QByteArrayView info);

  // Single-shot Seal/Open (RFC 9180 §6.1): one message at sequence number 0.
  struct Sealed {
    QByteArray enc;
    QByteArray ciphertext;
  };
  [[nodiscard]] static Result<Sealed> seal(HpkeSuite suite, QByteArrayView recipientPublicKey,
                                           QByteArrayView info, QByteArrayView aad,
                                           QByteArrayView plaintext);
  // Errors also: "authentication_failed" (wrong key, info or aad, tampered enc or ct).
  [[nodiscard]] static Result<QByteArray> open(HpkeSuite suite,
                                               const SecureBytes& recipientPrivateKey,
                                               QByteArrayView enc, QByteArrayView info,
                                               QByteArrayView aad, QByteArrayView ciphertext);

  // Makes the process's spare ephemeral key pair if there is none, so the
  // next seal skips that scalar multiplication: the kiosk calls it while a
  // teller types (after a draft is saved), not while the teller waits for a
  // finalise. Held locked in memory (SecureBytes) until a seal takes it.
  // True if it made one, false if the spare was still there.
  // Errors: "crypto_failure" (the next seal then makes its own).
  [[nodiscard]] static Result<bool> makeSpareEphemeral();

private:
  // Encap(pkR) with the given ephemeral key pair (its halves must match),
  // then the key schedule.
  static Result<Sender> setupSender(HpkeSuite suite, QByteArrayView recipientPublicKey,
                                    QByteArrayView info, const X25519KeyPair& ephemeral);
  static Result<SecureBytes> extractAndExpand(const SecureBytes& dh, QByteArrayView kemContext);
  static Result<HpkeContext> keySchedule(HpkeSuite suite, const SecureBytes& sharedSecret,
                                         QByteArrayView info);
};

} // namespace camie::crypto
