#include "core/scan/wedge_detector.h"

#include <algorithm>
#include <vector>

namespace camie::scan {

namespace {
bool isEnter(QStringView text) {
  return text == u"\r" || text == u"\n" || text == u"\r\n";
}
} // namespace

std::optional<WedgeScan> WedgeDetector::feed(QStringView keyText, qint64 timestampMs) {
  if (keyText.isEmpty())
    return std::nullopt;
  if (isEnter(keyText)) {
    std::optional<WedgeScan> scan;
    if (isScannerBurst(timestampMs)) {
      scan = WedgeScan{lineContinues_ ? scanText_ + u'\n' + line_ : line_,
                       static_cast<int>(times_.size()), lineContinues_};
      scanText_ = scan->text;
      scanEndMs_ = timestampMs;
    } else {
      scanEndMs_ = -1;
    }
    line_.clear();
    times_.clear();
    lineContinues_ = false;
    return scan;
  }
  // A slow key: the keys before it were typed by a person; start over with it.
  if (!times_.isEmpty() && timestampMs - times_.last() > timing_.maxKeyGapMs) {
    line_.clear();
    times_.clear();
  }
  if (times_.isEmpty())
    lineContinues_ = scanEndMs_ >= 0 && timestampMs - scanEndMs_ <= timing_.maxKeyGapMs;
  line_ += keyText;
  times_.append(timestampMs);
  return std::nullopt;
}

void WedgeDetector::reset() {
  line_.clear();
  times_.clear();
  lineContinues_ = false;
  scanText_.clear();
  scanEndMs_ = -1;
}

bool WedgeDetector::isScannerBurst(qint64 enterMs) const {
  if (times_.size() < timing_.minLength || enterMs - times_.last() > timing_.maxKeyGapMs)
    return false;
  std::vector<qint64> gaps;
  gaps.reserve(static_cast<size_t>(times_.size()));
  for (qsizetype i = 1; i < times_.size(); ++i)
    gaps.push_back(times_.at(i) - times_.at(i - 1));
  gaps.push_back(enterMs - times_.last());
  const auto middle = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
  std::nth_element(gaps.begin(), middle, gaps.end());
  return *middle <= timing_.maxMedianGapMs;
}

} // namespace camie::scan
