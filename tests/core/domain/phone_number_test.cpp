#include "core/domain/phone_number.h"

#include <catch2/catch.hpp>

using camie::domain::PhoneNumber;

TEST_CASE("Cambodian phone numbers as people write them become E.164", "[domain]") {
  const auto [typed, e164] = GENERATE(table<const char*, const char*>({
      {"012 345 678", "+85512345678"},
      {"012345678", "+85512345678"},
      {"+855 97 123 4567", "+855971234567"},
      {"+85512345678", "+85512345678"},
      {"097-123-4567", "+855971234567"},
      {"012.345.678", "+85512345678"},
      {"  088 888 8888  ", "+855888888888"},
      {"023 123 456", "+85523123456"},
      {"០១២ ៣៤៥ ៦៧៨", "+85512345678"},
      {"012/345/678", "+85512345678"},
      {"០១២ឥ៣៤៥ឥ៦៧៨", "+85512345678"},             // '-' on the Khmer layout types ឥ
      {"០៩៧\u200B១២៣\u200B៤៥៦៧", "+855971234567"}, // its Space types U+200B
  }));
  INFO(typed);
  const auto normalized = PhoneNumber::toE164(QString::fromUtf8(typed));
  REQUIRE(normalized);
  CHECK(normalized->toStdString() == e164);
}

TEST_CASE("phone numbers of the wrong shape are refused", "[domain]") {
  const char* typed =
      GENERATE("0012345678",                // national number starting with 0
               "+855012345678", "01234567", // 7 digits after the 0
               "01234567890",               // 10 digits after the 0
               "+8551234567", "+8551234567890", "12345678", "855 12 345 678", "+66 81 234 5678",
               "012 345 67a", "012*345*678", "+", "0", "", "(012) 345 678", "+855 +855 12 345 678");
  INFO(typed);
  CHECK_FALSE(PhoneNumber::toE164(QString::fromUtf8(typed)));
}
