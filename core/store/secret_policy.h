// SecretPolicy: which PINs and passphrases an operator may choose, and how
// long sign-in stays locked after repeated failures.
#pragma once

#include "core/util/result.h"

namespace camie::store {

class SecretPolicy {
public:
  static constexpr int kMinPinDigits = 6;
  static constexpr int kMinPassphraseLength = 10;
  static constexpr int kFreeAttempts = 5; // failures before the first lockout

  // A PIN is all digits, at least 6, not one repeated digit nor a straight
  // run (123456, 987654); Khmer digits count as digits. Anything else is a
  // passphrase of 10+ characters.
  [[nodiscard]] static Result<void> checkNew(QStringView secret);

  // How long sign-in is refused after `failures` consecutive wrong secrets:
  // none for the first 4; then 30 s, doubling each time, at most 1 hour.
  static qint64 lockoutMs(int failures);

  // An operator id: 1-32 letters, digits, '.', '_' or '-'.
  static bool isValidOperatorId(QStringView id);
};

} // namespace camie::store
