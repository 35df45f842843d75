// Small helpers for the benchmarks: percentiles and JSON-line output.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace camie::bench {

inline double percentile(std::vector<double> values, double p) {
  if (values.empty())
    return 0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<size_t>(p / 100.0 * static_cast<double>(values.size() - 1));
  return values[index];
}

inline void printLine(const QJsonObject& object) {
  std::puts(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
  std::fflush(stdout);
}

} // namespace camie::bench
