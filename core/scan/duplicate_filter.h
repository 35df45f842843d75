// DuplicateFilter: lets a code through once, then holds back the same code
// while it keeps being seen — a code held in front of the camera is reported
// once, not thirty times a second. Pure: the caller passes the time.
#pragma once

#include <QHash>
#include <QString>

namespace camie::scan {

class DuplicateFilter {
public:
  explicit DuplicateFilter(qint64 intervalMs) : intervalMs_(intervalMs) {}

  // True when `key` was not seen in the last intervalMs before `nowMs`.
  // Every sighting counts, so a code that stays in view stays quiet; it is
  // reported again once it has been out of sight for the interval.
  bool accept(const QString& key, qint64 nowMs);
  // Forgets every code: the next sighting of any code is reported.
  void clear() { lastSeen_.clear(); }
  qint64 intervalMs() const { return intervalMs_; }

private:
  void forgetOlderThan(qint64 cutoffMs);

  qint64 intervalMs_;
  QHash<QString, qint64> lastSeen_;
};

} // namespace camie::scan
