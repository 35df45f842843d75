#include "core/sync/backoff_policy.h"
#include "core/sync/gzip.h"
#include "core/sync/retry_after.h"

#include <catch2/catch.hpp>

#include <QMap>

#include <random>

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

TEST_CASE("a fleet coming back online spreads out with jitter and stampedes without", "[sync]") {
  // 1,000 kiosks fail at t=0 against a server that admits 50 requests a
  // second, and retry after their backoff: count the busiest second.
  const auto peak = [](bool jitter) {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const BackoffPolicy p;
    QMap<qint64, int> perSecond;
    for (int kiosk = 0; kiosk < 1000; ++kiosk) {
      const qint64 at = p.delayMs(3, std::nullopt, jitter ? u(random) : 0.999999);
      ++perSecond[at / 1000];
    }
    int busiest = 0;
    for (int n : perSecond)
      busiest = std::max(busiest, n);
    return busiest;
  };
  CHECK(peak(false) == 1000);
  CHECK(peak(true) < 200);
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
