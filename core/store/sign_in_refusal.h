// SignInRefusal: why the store refused a sign-in or a PIN change, as the
// store service tells the screens — the reason as an enum (never a string to
// compare), the words for the operator, and the end of a lockout.
#pragma once

#include "core/util/result.h"

#include <QObject>

namespace camie::store {

class SignInRefusal {
  Q_GADGET
  Q_PROPERTY(Reason reason MEMBER reason)
  Q_PROPERTY(QString message MEMBER message)
  Q_PROPERTY(qint64 lockedUntilMs MEMBER lockedUntilMs)

public:
  enum class Reason {
    WrongSecret,     // an unknown id, a disabled operator or a wrong secret, alike
    LockedOut,       // too many wrong secrets: until lockedUntilMs
    IdInKhmer,       // the operator id was typed on the Khmer layout
    WeakSecret,      // the new secret does not meet the policy (message says why)
    SameSecret,      // the new secret is the old one
    RecordAltered,   // the role in the database is not the one sealed in the slot
    NotAllowed,      // not this operator's to change
    StoreUnavailable // the database is not open, or failed
  };
  Q_ENUM(Reason)

  Reason reason = Reason::StoreUnavailable;
  QString message;
  qint64 lockedUntilMs = 0; // 0: not locked out

  // From a KeyVault error, by its kind (WrongSecret, LockedOut, ...).
  static SignInRefusal fromError(const Error& error, qint64 lockedUntilMs);
};

} // namespace camie::store
