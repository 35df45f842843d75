#include "core/crypto/hpke_suite.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

TEST_CASE("the two suite names of the registry key record map to AEAD ids 1 and 3 and back",
          "[crypto]") {
  auto aes = HpkeSuite::fromName(u"X25519-SHA256-AES128GCM");
  auto chacha = HpkeSuite::fromName(u"X25519-SHA256-CHACHA20POLY1305");
  REQUIRE(aes.ok());
  REQUIRE(chacha.ok());
  CHECK(aes->aeadId() == 1);
  CHECK(chacha->aeadId() == 3);
  CHECK(aes->keySize() == 16);
  CHECK(chacha->keySize() == 32);
  CHECK(aes->name() == QStringLiteral("X25519-SHA256-AES128GCM"));
  CHECK(chacha->name() == QStringLiteral("X25519-SHA256-CHACHA20POLY1305"));
  CHECK(hex(aes->suiteId()) == hex(QByteArray("HPKE\x00\x20\x00\x01\x00\x01", 10)));
}

TEST_CASE("an unknown suite name is refused with unknown_suite", "[crypto]") {
  for (const auto name : {u"X25519-SHA256-AES256GCM", u"x25519-sha256-aes128gcm", u""}) {
    auto suite = HpkeSuite::fromName(name);
    CHECK(codeOf(suite) == "unknown_suite");
  }
}
