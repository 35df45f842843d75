// RetryAfter: reads an HTTP Retry-After value — delay-seconds or an HTTP
// date (IMF-fixdate) — as milliseconds from now. Bad values are ignored.
#pragma once

#include <QByteArray>

#include <optional>

namespace camie::sync {

class RetryAfter {
public:
  static constexpr qint64 kMaxMs = 24LL * 3600 * 1000; // a day: beyond that, not believed
  static std::optional<qint64> parseMs(const QByteArray& value, qint64 nowMs);
};

} // namespace camie::sync
