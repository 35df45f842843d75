// OperatorInfo: an operator as the kiosk's records say — id, role, state and
// sign-in history; never their secret (that is their key slot, KeyVault's).
#pragma once

#include "core/store/operator_role.h"

#include <QString>

#include <optional>

namespace camie::store {

// Active: signs in. MustChangeSecret: holds a one-time PIN from `operator
// add`, good for nothing but choosing their own. Disabled: cannot sign in
// (answered as a wrong PIN would be).
enum class OperatorState { Active, MustChangeSecret, Disabled };

inline QString toString(OperatorState state) {
  switch (state) {
  case OperatorState::Active:
    return QStringLiteral("active");
  case OperatorState::MustChangeSecret:
    return QStringLiteral("must_change_pin");
  case OperatorState::Disabled:
    return QStringLiteral("disabled");
  }
  return {};
}

struct OperatorInfo {
  QString id;
  OperatorRole role = OperatorRole::Teller;
  qint64 createdAt = 0;
  int failedAttempts = 0;
  std::optional<qint64> lockedUntil;
  std::optional<qint64> lastSignInAt;
  bool disabled = false;
  bool mustChangeSecret = false; // a one-time PIN, not yet replaced

  OperatorState state() const {
    if (disabled)
      return OperatorState::Disabled;
    return mustChangeSecret ? OperatorState::MustChangeSecret : OperatorState::Active;
  }
};

} // namespace camie::store
