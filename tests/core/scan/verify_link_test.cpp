#include "core/scan/verify_link.h"

#include <catch2/catch.hpp>

using camie::scan::VerifyLink;

TEST_CASE("a verify.gov.kh link naming a document is recognised with its reference", "[scan]") {
  const struct {
    const char* url;
    const char* reference;
  } links[] = {{"https://verify.gov.kh/d/6f1c2a9e-51b4-4c1e-9d7a-2b0c3e7f8a10",
                "6f1c2a9e-51b4-4c1e-9d7a-2b0c3e7f8a10"},
               {"https://www.verify.gov.kh/?id=MPTC-2024-001234", "MPTC-2024-001234"},
               {"https://VERIFY.GOV.KH/verify?code=AB12CD", "AB12CD"},
               {"  https://verify.gov.kh/certificate/QX7/  ", "QX7"}};
  for (const auto& l : links) {
    INFO(l.url);
    const auto link = VerifyLink::recognise(QString::fromLatin1(l.url));
    REQUIRE(link);
    CHECK(link->kind() == VerifyLink::Kind::Document);
    CHECK(link->kindCode() == u"document");
    CHECK(link->reference() == QLatin1String(l.reference));
    CHECK(link->host().endsWith(u"verify.gov.kh"));
    CHECK_FALSE(link->message().isEmpty());
  }
}

TEST_CASE("the portal's own address names no document", "[scan]") {
  for (const char* url : {"https://verify.gov.kh", "https://verify.gov.kh/"}) {
    const auto link = VerifyLink::recognise(QString::fromLatin1(url));
    REQUIRE(link);
    CHECK(link->kind() == VerifyLink::Kind::Portal);
    CHECK(link->reference().isEmpty());
  }
}

TEST_CASE("plain http to the right host is flagged", "[scan]") {
  const auto link = VerifyLink::recognise(u"http://verify.gov.kh/d/123");
  REQUIRE(link);
  CHECK(link->kind() == VerifyLink::Kind::NotHttps);
  CHECK(link->kindCode() == u"not_https");
}

TEST_CASE("links that only pretend to be verify.gov.kh are look-alikes", "[scan]") {
  for (const char* url :
       {"https://verify.gov.kh.example.com/d/123", "https://verify.gov.kh@example.com/d/123",
        "https://fake-verify.gov.kh.co/d/1", "https://user@verify.gov.kh/d/1",
        "https://verify.gov.kh:8443/d/1", "https://evilverify.gov.kh/"}) {
    INFO(url);
    const auto link = VerifyLink::recognise(QString::fromLatin1(url));
    REQUIRE(link);
    CHECK(link->kind() == VerifyLink::Kind::Lookalike);
    CHECK(link->reference().isEmpty());
  }
}

TEST_CASE("other text, other links and other schemes are not verify links", "[scan]") {
  for (const char* text : {"https://example.com/", "verify.gov.kh/d/123", "ftp://verify.gov.kh/d/1",
                           "https://example.com/?from=verify.gov.kh", "IE1:NCFOXN", ""}) {
    INFO(text);
    CHECK_FALSE(VerifyLink::recognise(QString::fromLatin1(text)).has_value());
  }
}
