#include "core/store/sign_in_refusal.h"

namespace camie::store {

SignInRefusal SignInRefusal::fromError(const Error& error, qint64 lockedUntilMs) {
  SignInRefusal refusal;
  refusal.message = error.message;
  refusal.lockedUntilMs = lockedUntilMs;
  switch (error.kind) {
  case ErrorKind::WrongSecret:
    refusal.reason = Reason::WrongSecret;
    break;
  case ErrorKind::LockedOut:
    refusal.reason = Reason::LockedOut;
    break;
  case ErrorKind::OperatorIdInKhmer:
    refusal.reason = Reason::IdInKhmer;
    break;
  case ErrorKind::WeakSecret:
    refusal.reason = Reason::WeakSecret;
    break;
  case ErrorKind::SameSecret:
    refusal.reason = Reason::SameSecret;
    break;
  case ErrorKind::OperatorRecordAltered:
    refusal.reason = Reason::RecordAltered;
    break;
  case ErrorKind::NotAllowed:
    refusal.reason = Reason::NotAllowed;
    break;
  default:
    break; // StoreUnavailable
  }
  return refusal;
}

} // namespace camie::store
