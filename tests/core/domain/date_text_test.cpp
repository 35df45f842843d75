#include "core/domain/date_text.h"

#include <catch2/catch.hpp>

using camie::domain::DateText;

TEST_CASE("a date is read day, month, year as the ID card prints it", "[domain]") {
  CHECK(DateText::parse(u"31.01.1990") == QDate(1990, 1, 31));
  CHECK(DateText::parse(u"1/2/2001") == QDate(2001, 2, 1));
  CHECK(DateText::parse(u"៣១ឥ០១ឥ១៩៩០") == QDate(1990, 1, 31));
}

TEST_CASE("a date stored by the kiosk (ISO, year first) is read too", "[domain]") {
  CHECK(DateText::parse(u"1990-01-31") == QDate(1990, 1, 31));
  CHECK(DateText::parse(u"១៩៩០-០១-៣១") == QDate(1990, 1, 31));
}

TEST_CASE("a date without three groups or a four-digit year is no date", "[domain]") {
  CHECK_FALSE(DateText::split(u"31.01.90"));
  CHECK_FALSE(DateText::split(u"31011990"));
  CHECK_FALSE(DateText::split(u"31.01.1990.5"));
  CHECK_FALSE(DateText::split(u"31.Jan.1990"));
  CHECK_FALSE(DateText::split(u"311.01.1990"));
  CHECK_FALSE(DateText::parse(u"30.02.1990").isValid()); // the right form, no such day
  REQUIRE(DateText::split(u"30.02.1990"));
  CHECK(DateText::split(u"30.02.1990")->month == 2);
}
