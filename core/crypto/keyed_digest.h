// KeyedDigest: HMAC-SHA256 under a key of the kiosk, so that a value that must
// never be stored in clear (an ID number, a name with a date of birth) can
// still be looked up by equality. Without the key the digest cannot be
// checked against a guessed value (nine-digit ID numbers are few).
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class KeyedDigest {
public:
  static constexpr qsizetype kSize = 32;

  // A key for one purpose, derived from `master` (HMAC-SHA256(master, label)),
  // so the data key itself never keys a digest that is stored.
  [[nodiscard]] static Result<SecureBytes> deriveKey(const SecureBytes& master,
                                                     QByteArrayView label);
  // HMAC-SHA256(key, message): kSize bytes.
  [[nodiscard]] static Result<QByteArray> of(const SecureBytes& key, QByteArrayView message);
};

} // namespace camie::crypto
