// BackoffPolicy: how long a record waits before its next attempt —
// exponential with full jitter (a random delay between 0 and base·2^attempt,
// capped) — so a fleet of kiosks coming back online spreads out instead of
// stampeding. A server's Retry-After is a floor: the jitter comes on top of
// it, or every kiosk told "1 second" would return in the same instant.
#pragma once

#include <QtGlobal>

#include <optional>

namespace camie::sync {

struct BackoffPolicy {
  qint64 baseMs = 2000;
  qint64 capMs = 15 * 60 * 1000;

  // `attempts`: tries so far (1 after the first); `random01` uniform in [0, 1).
  qint64 delayMs(int attempts, std::optional<qint64> retryAfterMs, double random01) const {
    const int exponent = qBound(0, attempts - 1, 30);
    const qint64 ceiling = qMin(capMs, baseMs << exponent);
    const auto jittered = static_cast<qint64>(random01 * static_cast<double>(ceiling));
    return retryAfterMs ? qMin(*retryAfterMs + jittered, *retryAfterMs + capMs) : jittered;
  }
};

} // namespace camie::sync
