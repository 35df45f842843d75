#include "core/sync/backoff_policy.h"
#include "core/sync/gzip.h"
#include "core/sync/retry_after.h"

#include <catch2/catch.hpp>

#include <QMap>

#include <algorithm>
#include <random>
#include <vector>

using namespace camie::sync;

TEST_CASE("Retry-After is read as seconds or as an HTTP date", "[sync]") {
  const qint64 now = 784111777000; // Sun, 06 Nov 1994 08:49:37 GMT
  CHECK(RetryAfter::parseMs("120", now) == 120000);
  CHECK(RetryAfter::parseMs(" 0 ", now) == 0);
  CHECK(RetryAfter::parseMs("Sun, 06 Nov 1994 08:50:07 GMT", now) == 30000);
  CHECK(RetryAfter::parseMs("Sun, 06 Nov 1994 08:40:00 GMT", now) == 0); // already past
  CHECK(RetryAfter::parseMs("99999999", now) == RetryAfter::kMaxMs);
  // Found by registry_answers_fuzz: seconds * 1000 overflowed qint64.
  CHECK(RetryAfter::parseMs("121200121200120000", now) == RetryAfter::kMaxMs);
  CHECK(RetryAfter::parseMs("9223372036854775807", now) == RetryAfter::kMaxMs);
  CHECK_FALSE(RetryAfter::parseMs("-5", now));
  CHECK_FALSE(RetryAfter::parseMs("soon", now));
  CHECK_FALSE(RetryAfter::parseMs("", now));
}

TEST_CASE("backoff is full jitter under an exponential ceiling, capped at 15 minutes", "[sync]") {
  const BackoffPolicy p;
  CHECK(p.delayMs(1, std::nullopt, 0.0) == 0);
  CHECK(p.delayMs(1, std::nullopt, 0.999) < 2000);
  CHECK(p.delayMs(3, std::nullopt, 0.5) == 4000); // ceiling 8 s
  CHECK(p.delayMs(40, std::nullopt, 0.999) <= 15 * 60 * 1000);
  CHECK(p.delayMs(40, std::nullopt, 0.999) > 14 * 60 * 1000);
}

TEST_CASE("backoff waits the server's Retry-After, spread by jitter on top", "[sync]") {
  const BackoffPolicy p;
  CHECK(p.delayMs(1, 30000, 0.0) == 30000);
  CHECK(p.delayMs(1, 30000, 0.5) == 31000);
  CHECK(p.delayMs(12, 30000, 0.9) > 30000);
}

TEST_CASE("a fleet coming back online is served sooner and refused less with jitter", "[sync]") {
  // 1,000 kiosks fail at t=0 and retry against a registry that admits 50
  // requests in any one second and refuses the rest, which back off again.
  // Without jitter every kiosk waits its ceiling: the same instant each round.
  struct Fleet {
    int refused = 0;
    qint64 lastServedMs = 0;
    int unserved = 0;
  };
  const auto run = [](bool jitter) {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const BackoffPolicy p;
    const auto draw = [&] { return jitter ? u(random) : 0.999999; };
    struct Kiosk {
      qint64 atMs;
      int attempts;
    };
    std::vector<Kiosk> waiting;
    for (int k = 0; k < 1000; ++k)
      waiting.push_back({p.delayMs(1, std::nullopt, draw()), 1});
    QMap<qint64, int> admitted; // second -> requests admitted in it
    Fleet fleet;
    for (int round = 0; round < 100000 && !waiting.empty(); ++round) {
      const auto next =
          std::min_element(waiting.begin(), waiting.end(),
                           [](const Kiosk& a, const Kiosk& b) { return a.atMs < b.atMs; });
      if (next->attempts > 40)
        break; // gave up: counted as unserved below
      int& inSecond = admitted[next->atMs / 1000];
      if (inSecond < 50) {
        ++inSecond;
        fleet.lastServedMs = std::max(fleet.lastServedMs, next->atMs);
        waiting.erase(next);
      } else {
        ++fleet.refused;
        ++next->attempts;
        next->atMs += p.delayMs(next->attempts, std::nullopt, draw());
      }
    }
    fleet.unserved = static_cast<int>(waiting.size());
    return fleet;
  };
  const Fleet stampede = run(false);
  const Fleet spread = run(true);
  INFO("without jitter: " << stampede.refused << " refused, last served at "
                          << stampede.lastServedMs << " ms, " << stampede.unserved << " unserved");
  INFO("with jitter: " << spread.refused << " refused, last served at " << spread.lastServedMs
                       << " ms, " << spread.unserved << " unserved");
  CHECK(spread.unserved == 0);
  // 1,000 requests at 50 a second need 20 s at best; with jitter the whole
  // fleet is through within two minutes, refused a few times each at most
  // (seed 7: 57 s, 2,213 refusals).
  CHECK(spread.lastServedMs < 2 * 60 * 1000);
  CHECK(spread.refused < 3000);
  // Without jitter the fleet comes back as one wave every round: 950, 900,
  // ... turned away each time while the waits double up to the cap, and the
  // last kiosk waits hours (seed 7: 9,500 refusals, 3 hours).
  CHECK(stampede.refused > 3 * spread.refused);
  CHECK((stampede.unserved > 0 || stampede.lastServedMs > 50 * spread.lastServedMs));
}

TEST_CASE("gzip bodies round-trip, and refuse to expand past a limit", "[sync]") {
  const QByteArray body = QByteArray("{\"records\": []}").repeated(1000);
  const QByteArray packed = Gzip::compress(body);
  CHECK(packed.size() < body.size() / 10);
  CHECK(packed.startsWith("\x1f\x8b"));
  auto unpacked = Gzip::decompress(packed, 1 << 20);
  REQUIRE(unpacked.ok());
  CHECK(*unpacked == body);
  CHECK(Gzip::decompress(packed, 1000).error().code == QStringLiteral("too_large"));
  CHECK(Gzip::decompress("not gzip", 1000).error().code == QStringLiteral("bad_gzip"));
  CHECK(Gzip::decompress(packed.left(packed.size() / 2), 1 << 20).error().code ==
        QStringLiteral("bad_gzip"));
}
