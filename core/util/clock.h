// Clock: the time as the kiosk sees it, injected so lockout, backoff, expiry
// and retention are tested without sleeping. SystemClock for production,
// FakeClock for tests and for `--now` on the command line.
#pragma once

#include <QDateTime>

namespace camie {

class Clock {
public:
  virtual ~Clock() = default;
  virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch, UTC
  QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock {
public:
  qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class FakeClock final : public Clock {
public:
  explicit FakeClock(qint64 startMs) : ms_(startMs) {}
  qint64 nowMs() const override { return ms_; }
  void setMs(qint64 ms) { ms_ = ms; }
  void advanceMs(qint64 delta) { ms_ += delta; }

private:
  qint64 ms_;
};

} // namespace camie
