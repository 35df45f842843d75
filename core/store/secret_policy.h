// SecretPolicy: which PINs and passphrases an operator may choose, per role,
// and how long sign-in stays locked after repeated failures.
#pragma once

#include "core/store/operator_role.h"
#include "core/util/result.h"

namespace camie::store {

class SecretPolicy {
public:
  static constexpr int kMinPinDigits = 6;            // a teller's PIN
  static constexpr int kMinPrivilegedPinDigits = 10; // a supervisor's or technician's PIN
  static constexpr int kMinPassphraseLength = 10;
  static constexpr int kOneTimePinDigits = 10; // what `operator add` issues, for every role
  static constexpr int kFreeAttempts = 5;      // failures before the first lockout

  // A teller: a PIN of 6+ digits or a passphrase of 10+ characters; a
  // supervisor or technician: 10+ digits or 10+ characters. Khmer digits
  // count as digits. Refused, with the reason in words ("weak_secret"):
  // one digit or a short pattern repeated (111111, 121212, 123123), a run
  // up or down (123456, 654321, 890123), too few different characters, the
  // choices every guesser tries first (112233, "password12", "qwertyuiop",
  // a common word with digits after it), and anything containing the
  // operator's own id.
  [[nodiscard]] static Result<void> checkNew(QStringView secret, OperatorRole role,
                                             QStringView operatorId);

  // A one-time PIN for a new operator: kOneTimePinDigits random digits (every
  // digit as likely) that checkNew accepts for `role` and `operatorId`.
  // Empty if the system random generator fails.
  static QString oneTimePin(OperatorRole role, QStringView operatorId);

  // How long sign-in is refused after `failures` consecutive wrong secrets:
  // none for the first 4; then 30 s, doubling each time, at most 1 hour.
  static qint64 lockoutMs(int failures);

  // An operator id: 1-32 letters, digits, '.', '_' or '-'.
  static bool isValidOperatorId(QStringView id);
};

} // namespace camie::store
