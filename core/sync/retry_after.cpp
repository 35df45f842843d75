#include "core/sync/retry_after.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace camie::sync {

std::optional<qint64> RetryAfter::parseMs(const QByteArray& value, qint64 nowMs) {
  const QByteArray v = value.trimmed();
  if (v.isEmpty())
    return std::nullopt;
  bool ok = false;
  const qint64 seconds = v.toLongLong(&ok);
  if (ok) {
    if (seconds < 0)
      return std::nullopt;
    // Capped before it is multiplied: a huge value must not overflow.
    return seconds > kMaxMs / 1000 ? kMaxMs : seconds * 1000;
  }
  // "Sun, 06 Nov 1994 08:49:37 GMT"
  QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
  if (!when.isValid())
    return std::nullopt;
  when.setTimeSpec(Qt::UTC);
  const qint64 delta = when.toMSecsSinceEpoch() - nowMs;
  return std::clamp<qint64>(delta, 0, kMaxMs);
}

} // namespace camie::sync
