// Fleet simulation of the backoff policy (issue: sync engine): 1,000 kiosks
// come back online at the same moment, each with one batch to send, against
// a registry that admits 50 requests a second and answers the rest with 429
// (Retry-After: 1). Event-driven, in simulated time. Prints, with and without
// jitter: the busiest second's requests, the time until every kiosk is done,
// and the total number of requests.
#include "bench_util.h"
#include "core/sync/backoff_policy.h"

#include <QCoreApplication>
#include <QMap>

#include <queue>
#include <random>

namespace {

struct Result {
  int peakPerSecond = 0;
  int peakRetriesPerSecond = 0; // after the first second, when everyone arrived at once
  double drainSeconds = 0;
  int requests = 0;
};

Result simulate(bool jitter, int kiosks, int admitPerSecond, quint64 seed) {
  const camie::sync::BackoffPolicy policy;
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  using Event = std::pair<qint64, int>; // (time ms, attempts so far)
  std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
  for (int k = 0; k < kiosks; ++k)
    events.push({0, 0});
  QMap<qint64, int> offered;  // requests arriving per second
  QMap<qint64, int> admitted; // admitted per second
  Result r;
  while (!events.empty()) {
    const auto [at, attempts] = events.top();
    events.pop();
    ++r.requests;
    const qint64 second = at / 1000;
    ++offered[second];
    if (admitted[second] < admitPerSecond) {
      ++admitted[second];
      r.drainSeconds = std::max(r.drainSeconds, static_cast<double>(at) / 1000.0);
      continue;
    }
    const int next = attempts + 1;
    const double random01 = jitter ? u(random) : 0.999999; // no jitter: the full ceiling
    events.push({at + policy.delayMs(next, 1000, random01), next});
  }
  for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
    r.peakPerSecond = std::max(r.peakPerSecond, it.value());
    if (it.key() > 0)
      r.peakRetriesPerSecond = std::max(r.peakRetriesPerSecond, it.value());
  }
  return r;
}

} // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  for (const bool jitter : {false, true}) {
    const Result r = simulate(jitter, 1000, 50, 11);
    camie::bench::printLine(
        {{QStringLiteral("bench"), QStringLiteral("fleet_backoff")},
         {QStringLiteral("jitter"), jitter},
         {QStringLiteral("kiosks"), 1000},
         {QStringLiteral("admit_per_second"), 50},
         {QStringLiteral("peak_requests_per_second"), r.peakPerSecond},
         {QStringLiteral("peak_retry_requests_per_second"), r.peakRetriesPerSecond},
         {QStringLiteral("drain_seconds"), r.drainSeconds},
         {QStringLiteral("requests"), r.requests}});
  }
  return 0;
}
