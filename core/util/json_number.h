// Whole numbers from JSON: a JSON number is a double, and casting one out of
// qint64's range (1.8e+73 in a keys document) is undefined behaviour. These
// helpers take only whole numbers from 0 to 2^53, where a double is exact —
// far beyond any date in Unix seconds or any serial.
#pragma once

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace camie {

inline std::optional<qint64> jsonWholeNumber(const QJsonValue& value) {
  if (!value.isDouble())
    return std::nullopt;
  const double d = value.toDouble();
  constexpr double kLimit = 9007199254740992.0; // 2^53
  if (!std::isfinite(d) || d < 0 || d > kLimit || std::floor(d) != d)
    return std::nullopt;
  return static_cast<qint64>(d);
}

} // namespace camie
