#include "core/scan/duplicate_filter.h"

#include <catch2/catch.hpp>

using camie::scan::DuplicateFilter;

TEST_CASE("a code is let through once while it keeps being seen", "[scan]") {
  DuplicateFilter filter(2000);
  CHECK(filter.accept(QStringLiteral("A"), 0));
  for (qint64 t = 100; t < 10000; t += 100)
    CHECK_FALSE(filter.accept(QStringLiteral("A"), t));
  CHECK(filter.accept(QStringLiteral("B"), 10000)); // another code is not held back
}

TEST_CASE("a code out of sight for the interval is let through again", "[scan]") {
  DuplicateFilter filter(2000);
  CHECK(filter.accept(QStringLiteral("A"), 0));
  CHECK_FALSE(filter.accept(QStringLiteral("A"), 1999));
  CHECK(filter.accept(QStringLiteral("A"), 3999));
  filter.clear();
  CHECK(filter.accept(QStringLiteral("A"), 4000));
}

TEST_CASE("a clock set back does not silence a code", "[scan]") {
  DuplicateFilter filter(2000);
  CHECK(filter.accept(QStringLiteral("A"), 50000));
  CHECK(filter.accept(QStringLiteral("A"), 1000));
}

TEST_CASE("many different codes do not make the filter forget the recent ones", "[scan]") {
  DuplicateFilter filter(1000);
  CHECK(filter.accept(QStringLiteral("recent"), 5000));
  for (int i = 0; i < 200; ++i)
    CHECK(filter.accept(QStringLiteral("code %1").arg(i), 5000 + i));
  CHECK_FALSE(filter.accept(QStringLiteral("recent"), 5300));
}
