// RateLimiter: at most N requests in any one-second window (--max-rps), for
// the fleet test: a kiosk fleet coming back online must not stampede.
#pragma once

#include <QtGlobal>

#include <deque>

namespace camie::sim {

class RateLimiter {
public:
  explicit RateLimiter(int maxPerSecond) : max_(maxPerSecond) {}

  bool enabled() const { return max_ > 0; }
  // Admits a request arriving at `nowMs` (a steady clock) or returns false and
  // sets `retryAfterSeconds` to when a slot frees up (at least 1).
  bool admit(qint64 nowMs, int& retryAfterSeconds);

private:
  int max_;
  std::deque<qint64> admitted_; // times of the admitted requests of the last second
};

} // namespace camie::sim
