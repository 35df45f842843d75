#include "core/scan/base45.h"

#include <catch2/catch.hpp>

using camie::scan::Base45;

TEST_CASE("base45 reproduces the RFC 9285 examples both ways", "[scan]") {
  const struct {
    const char* bytes;
    const char* text;
  } examples[] = {
      {"AB", "BB8"}, {"Hello!!", "%69 VD92EX0"}, {"base-45", "UJCLQE7W581"}, {"ietf!", "QED8WEX0"}};
  for (const auto& e : examples) {
    INFO(e.bytes);
    CHECK(Base45::encode(QByteArray(e.bytes)) == QLatin1String(e.text));
    auto decoded = Base45::decode(QString::fromLatin1(e.text));
    REQUIRE(decoded.ok());
    CHECK(*decoded == QByteArray(e.bytes));
  }
}

TEST_CASE("base45 round-trips every byte value and both length parities", "[scan]") {
  QByteArray all;
  for (int i = 0; i < 256; ++i)
    all.append(static_cast<char>(i));
  for (qsizetype n : {0, 1, 2, 3, 255, 256}) {
    const QByteArray bytes = all.left(n);
    auto decoded = Base45::decode(Base45::encode(bytes));
    REQUIRE(decoded.ok());
    CHECK(*decoded == bytes);
  }
  CHECK(Base45::encode(QByteArray("\xff\xff", 2)) == u"FGW"); // 65535, the largest group
}

TEST_CASE("base45 refuses GGW, foreign characters and a dangling character", "[scan]") {
  for (const char* bad : {"GGW", "bb8", "BB8#", "A", "BB8A", "::", "%69 VD92EX0\n"}) {
    INFO(bad);
    auto decoded = Base45::decode(QString::fromLatin1(bad));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == u"bad_base45");
  }
  CHECK_FALSE(Base45::decode(QString::fromUtf8("ក្ខ")).ok());
}
