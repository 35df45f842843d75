#include "core/refdata/published_keys.h"

#include <catch2/catch.hpp>

using camie::refdata::PublishedKeys;

namespace {
// 32 bytes of 0x01 and of 0x02, base64.
const char* kPub1 = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
const char* kPub2 = "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";

QByteArray keysJson(const char* registryExtra = "") {
  return QByteArray(R"({"registry": [
      {"kid": "reg-2025-01", "suite": "X25519-SHA256-AES128GCM", "public": ")") +
         kPub1 + R"(", "not_before": 1735689600, "not_after": 1798761600},
      {"kid": "reg-2026-01", "suite": "X25519-SHA256-CHACHA20POLY1305", "public": ")" +
         kPub2 + R"(", "not_before": 1767225600, "not_after": 1830297600})" + registryExtra + R"(],
    "portal": [{"kid": "portal-2025-01", "alg": "Ed25519", "public": ")" +
         kPub1 + R"(", "not_before": 1735689600, "not_after": 1767225600}]})";
}
} // namespace

TEST_CASE("the keys document gives registry and portal keys", "[refdata]") {
  auto keys = PublishedKeys::fromJson(keysJson());
  REQUIRE(keys.ok());
  REQUIRE(keys->registry().size() == 2);
  CHECK(keys->registry().at(1).suite == QStringLiteral("X25519-SHA256-CHACHA20POLY1305"));
  CHECK(keys->registry().at(0).publicKey == QByteArray(32, '\x01'));
  REQUIRE(keys->portalKey(u"portal-2025-01"));
  CHECK(keys->portalKey(u"portal-2025-01")->alg == QStringLiteral("Ed25519"));
  CHECK_FALSE(keys->portalKey(u"portal-1999"));
}

TEST_CASE("new records seal to the newest registry key valid now", "[refdata]") {
  auto keys = PublishedKeys::fromJson(keysJson());
  REQUIRE(keys.ok());
  CHECK(keys->sealingKeyAt(1740000000)->kid == QStringLiteral("reg-2025-01")); // 2025
  CHECK(keys->sealingKeyAt(1770000000)->kid == QStringLiteral("reg-2026-01")); // 2026: both valid
  CHECK(keys->sealingKeyAt(1810000000)->kid == QStringLiteral("reg-2026-01")); // 2027
  CHECK_FALSE(keys->sealingKeyAt(1700000000).has_value());                     // 2023: none
}

TEST_CASE("a malformed keys document is refused with the problem named", "[refdata]") {
  const QList<QPair<QByteArray, QString>> cases = {
      {"not json", QStringLiteral("not a JSON object")},
      {R"({"portal": []})", QStringLiteral("registry")},
      {R"({"registry": [{"kid": "k", "suite": "X25519-SHA256-AES128GCM", "public": "AQID",
          "not_before": 1, "not_after": 2}]})",
       QStringLiteral("32 bytes")},
      {R"({"registry": [{"kid": "k", "suite": "RSA", "public": "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
          "not_before": 1, "not_after": 2}]})",
       QStringLiteral("unknown suite")},
      {R"({"registry": [{"kid": "k", "suite": "X25519-SHA256-AES128GCM", "public": "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
          "not_before": 5, "not_after": 2}]})",
       QStringLiteral("not_after")},
      {keysJson(
           R"(, {"kid": "reg-2025-01", "suite": "X25519-SHA256-AES128GCM", "public": "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=", "not_before": 1, "not_after": 2})"),
       QStringLiteral("twice")},
  };
  for (const auto& [json, expected] : cases) {
    INFO(json.constData());
    auto keys = PublishedKeys::fromJson(json);
    REQUIRE_FALSE(keys.ok());
    CHECK(keys.error().code == QStringLiteral("bad_keys"));
    CHECK(keys.error().message.contains(expected));
  }
}

TEST_CASE("a validity time out of range is an error, never cast (fuzz finding)", "[refdata]") {
  // published_keys_fuzz stopped on not_before = 1.8e+73: a double cast to qint64.
  for (const char* time : {"1.8e+73", "-1", "1.5", "1e300", "-9.3e18"}) {
    INFO(time);
    const QByteArray json = QByteArray(R"({"registry": [{"kid": "k", "suite": )"
                                       R"("X25519-SHA256-AES128GCM", "public": ")") +
                            kPub1 + R"(", "not_before": )" + time + R"(, "not_after": 2}]})";
    auto keys = PublishedKeys::fromJson(json);
    REQUIRE_FALSE(keys.ok());
    CHECK(keys.error().code == QStringLiteral("bad_keys"));
    CHECK(keys.error().message.contains(QStringLiteral("whole Unix seconds")));
  }
  auto serial = PublishedKeys::fromJson(R"({"registry": [], "serial": 1e40})");
  REQUIRE_FALSE(serial.ok());
  CHECK(serial.error().message.contains(QStringLiteral("serial")));
  auto fine = PublishedKeys::fromJson(R"({"registry": [], "serial": 7, "issued_at": 1767225600})");
  REQUIRE(fine.ok());
  CHECK(fine->serial() == 7);
  CHECK(fine->issuedAt() == 1767225600);
}
