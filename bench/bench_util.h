// Small helpers for the benchmarks: wall and thread CPU time in ms,
// percentiles and JSON-line output.
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace camie::bench {

inline double msSince(const QElapsedTimer& t) {
  return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// The time the calling thread has spent on a CPU.
inline double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

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
