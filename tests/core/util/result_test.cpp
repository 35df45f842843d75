#include "core/util/result.h"

#include <catch2/catch.hpp>

using camie::Error;
using camie::makeError;
using camie::Result;

namespace {
Result<int> parsePositive(int v) {
  if (v <= 0)
    return makeError(QStringLiteral("not_positive"), QStringLiteral("%1 is not positive").arg(v));
  return v;
}
} // namespace

TEST_CASE("a Result holds either the value or the error that explains its absence") {
  const auto good = parsePositive(3);
  REQUIRE(good.ok());
  CHECK(*good == 3);

  const auto bad = parsePositive(-2);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == QStringLiteral("not_positive"));
  CHECK(bad.error().message == QStringLiteral("-2 is not positive"));
}

TEST_CASE("Result<void> is success unless it carries an error") {
  const Result<void> fine;
  CHECK(fine.ok());
  const Result<void> failed = Error{QStringLiteral("x"), QStringLiteral("went wrong")};
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().message == QStringLiteral("went wrong"));
}
