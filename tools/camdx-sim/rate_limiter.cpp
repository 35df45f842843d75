#include "tools/camdx-sim/rate_limiter.h"

#include <algorithm>

namespace camie::sim {

bool RateLimiter::admit(qint64 nowMs, int& retryAfterSeconds) {
  constexpr qint64 kWindowMs = 1000;
  while (!admitted_.empty() && admitted_.front() <= nowMs - kWindowMs)
    admitted_.pop_front();
  if (max_ <= 0 || static_cast<int>(admitted_.size()) < max_) {
    admitted_.push_back(nowMs);
    return true;
  }
  const qint64 waitMs = admitted_.front() + kWindowMs - nowMs;
  retryAfterSeconds = static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
  return false;
}

} // namespace camie::sim
