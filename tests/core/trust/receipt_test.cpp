#include "core/trust/receipt.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

using camie::trust::Receipt;
using namespace camie;

namespace {
constexpr qint64 kNow = 1780000000; // 2026
} // namespace

TEST_CASE("a receipt verifies only for its record, revision, status and number", "[trust]") {
  const Receipt r = test::testReceipt(QStringLiteral("id-1"), 2, QStringLiteral("accepted"),
                                      QStringLiteral("IE-02-000001"));
  CHECK(Receipt::message(QStringLiteral("id-1"), 2, QStringLiteral("accepted"),
                         QStringLiteral("IE-02-000001")) ==
        "camie-receipt/v1 id-1 2 accepted IE-02-000001");
  const auto roots = test::testRoots();
  CHECK(r.verify(roots, "id-1", 2, "accepted", "IE-02-000001", kNow).ok());
  for (const auto& [id, revision, status, number] :
       {std::tuple{"id-2", 2, "accepted", "IE-02-000001"},
        std::tuple{"id-1", 1, "accepted", "IE-02-000001"},
        std::tuple{"id-1", 2, "duplicate", "IE-02-000001"},
        std::tuple{"id-1", 2, "accepted", "IE-02-000002"}}) {
    auto v = r.verify(roots, id, revision, status, number, kNow);
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code == QStringLiteral("receipt_bad_signature"));
  }
}

TEST_CASE("a receipt by an unknown root, or read from a bad object, is refused", "[trust]") {
  auto rogue = crypto::Ed25519::generate();
  REQUIRE(rogue.ok());
  auto other =
      Receipt::sign(QStringLiteral("root-rogue"), rogue->privateKey, "id-1", 1, "accepted", "IE-1");
  REQUIRE(other.ok());
  auto v = other->verify(test::testRoots(), "id-1", 1, "accepted", "IE-1", kNow);
  REQUIRE_FALSE(v.ok());
  CHECK(v.error().code == QStringLiteral("receipt_unknown_root"));
  auto expired = test::testReceipt("id-1", 1, "accepted", "IE-1")
                     .verify(test::testRoots(), "id-1", 1, "accepted", "IE-1", 2100000000);
  REQUIRE_FALSE(expired.ok());
  CHECK(expired.error().code == QStringLiteral("receipt_root_not_valid"));

  CHECK_FALSE(Receipt::fromJson(QJsonValue()).has_value());
  CHECK_FALSE(Receipt::fromJson(QJsonObject{{"kid", "root-test"}, {"sig", "short"}}).has_value());
  const Receipt r = test::testReceipt("id-1", 1, "accepted", "IE-1");
  auto back = Receipt::fromJson(r.toJson());
  REQUIRE(back.has_value());
  CHECK(back->signature == r.signature);
}
