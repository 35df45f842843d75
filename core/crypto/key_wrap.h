// Wraps the kiosk's 32-byte data key under a 32-byte key-encryption key, like a LUKS
// key slot; the slot label is the aad, so a wrapped key moved to another slot fails.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class KeyWrap {
public:
  static constexpr qsizetype kKeySize = 32;
  // The wrapped form is LocalCipher's: 0x01 || nonce(12) || AES-256-GCM(key)(32) || tag(16).
  static constexpr qsizetype kWrappedSize = 1 + 12 + kKeySize + 16;

  // Errors: "bad_key_size" (kek or data key not 32 bytes), "random_failure".
  [[nodiscard]] static Result<QByteArray> wrap(const SecureBytes& kek, const SecureBytes& dataKey,
                                               QByteArrayView slotLabel);

  // Errors: "wrong_key" when the kek is wrong (a wrong PIN) or the blob or label was
  // tampered with: never a garbage key. "malformed_wrapped_key" when the stored blob
  // is not a wrapped key at all (wrong size or version): damage, not a wrong PIN.
  // "bad_key_size" for a kek that is not 32 bytes.
  [[nodiscard]] static Result<SecureBytes> unwrap(const SecureBytes& kek, QByteArrayView wrapped,
                                                  QByteArrayView slotLabel);
};

} // namespace camie::crypto
