#include "core/store/sign_in_refusal.h"

#include <array>
#include <utility>

namespace camie::store {

SignInRefusal SignInRefusal::fromError(const Error& error, qint64 lockedUntilMs) {
  static const std::array<std::pair<const char16_t*, Reason>, 7> codes{{
      {u"wrong_secret", Reason::WrongSecret},
      {u"locked_out", Reason::LockedOut},
      {u"operator_id_in_khmer", Reason::IdInKhmer},
      {u"weak_secret", Reason::WeakSecret},
      {u"same_secret", Reason::SameSecret},
      {u"operator_record_altered", Reason::RecordAltered},
      {u"not_allowed", Reason::NotAllowed},
  }};
  SignInRefusal refusal;
  refusal.message = error.message;
  refusal.lockedUntilMs = lockedUntilMs;
  for (const auto& [code, reason] : codes) {
    if (error.code == QStringView(code))
      refusal.reason = reason;
  }
  return refusal;
}

} // namespace camie::store
