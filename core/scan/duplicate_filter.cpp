#include "core/scan/duplicate_filter.h"

namespace camie::scan {

namespace {
constexpr qsizetype kPruneAbove = 64; // codes remembered before old ones are dropped
} // namespace

bool DuplicateFilter::accept(const QString& key, qint64 nowMs) {
  const auto it = lastSeen_.constFind(key);
  // A clock that went backwards (set by hand) must not silence a code forever.
  const bool fresh = it == lastSeen_.constEnd() || nowMs - *it >= intervalMs_ || nowMs < *it;
  lastSeen_.insert(key, nowMs);
  if (lastSeen_.size() > kPruneAbove)
    forgetOlderThan(nowMs - intervalMs_);
  return fresh;
}

void DuplicateFilter::forgetOlderThan(qint64 cutoffMs) {
  for (auto it = lastSeen_.begin(); it != lastSeen_.end();) {
    if (*it < cutoffMs)
      it = lastSeen_.erase(it);
    else
      ++it;
  }
}

} // namespace camie::scan
