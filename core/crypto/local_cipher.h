// The kiosk's local copy format for drafts and local records: AES-256-GCM under
// the data key with a random nonce; blob = 0x01 || nonce(12) || ciphertext || tag(16).
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class LocalCipher {
public:
  static constexpr char kVersion = 0x01;
  // version + nonce + tag: the size of the encryption of an empty plaintext.
  static constexpr qsizetype kOverhead = 1 + 12 + 16;

  // `aad` binds the blob to its place (record id, revision, schema version): a
  // blob copied to another row will not decrypt there. The AEAD's associated data
  // is exactly `aad`; the version byte is checked, not authenticated.
  // Errors: "bad_key_size", "random_failure", and those of Aead::seal.
  [[nodiscard]] static Result<QByteArray> encrypt(const SecureBytes& key32, QByteArrayView aad,
                                                  QByteArrayView plaintext);

  // Errors: "malformed_ciphertext" (too short, unknown version),
  // "authentication_failed" (wrong key, wrong aad, tampered), "bad_key_size".
  [[nodiscard]] static Result<QByteArray> decrypt(const SecureBytes& key32, QByteArrayView aad,
                                                  QByteArrayView blob);
};

} // namespace camie::crypto
