#include "core/crypto/scrypt_kdf.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {
ScryptParams params(quint64 n, quint32 r, quint32 p, QByteArray salt) {
  ScryptParams result;
  result.n = n;
  result.r = r;
  result.p = p;
  result.salt = std::move(salt);
  return result;
}
} // namespace

TEST_CASE("scrypt reproduces the RFC 7914 test vectors", "[crypto]") {
  auto nacl = ScryptKdf::derive("password", params(1024, 8, 16, "NaCl"), 64);
  REQUIRE(nacl.ok());
  CHECK(hex(*nacl) == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");

  auto sodium = ScryptKdf::derive("pleaseletmein", params(16384, 8, 1, "SodiumChloride"), 64);
  REQUIRE(sodium.ok());
  CHECK(hex(*sodium) == "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                        "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

TEST_CASE("the same PIN and params give the same key; another PIN or salt another key",
          "[crypto]") {
  const ScryptParams fast = params(1024, 8, 1, QByteArray(16, 's'));
  auto a = ScryptKdf::derive("123456", fast);
  auto b = ScryptKdf::derive("123456", fast);
  auto otherPin = ScryptKdf::derive("123457", fast);
  auto otherSalt = ScryptKdf::derive("123456", params(1024, 8, 1, QByteArray(16, 't')));
  REQUIRE((a.ok() && b.ok() && otherPin.ok() && otherSalt.ok()));
  CHECK(a->size() == 32);
  CHECK(*a == *b);
  CHECK_FALSE(*a == *otherPin);
  CHECK_FALSE(*a == *otherSalt);
}

TEST_CASE("the default parameters derive a key (the kiosk's sign-in cost)", "[crypto]") {
  const ScryptParams defaults = ScryptParams::defaults();
  REQUIRE(defaults.validate().ok());
  auto key = ScryptKdf::derive("123456", defaults);
  REQUIRE(key.ok());
  CHECK(key->size() == 32);
}

TEST_CASE("derive refuses absurd costs, an empty salt and bad lengths before working", "[crypto]") {
  const QByteArray salt(16, 's');
  CHECK(codeOf(ScryptKdf::derive("pin", params(1000, 8, 1, salt))) == "bad_kdf_params");
  CHECK(codeOf(ScryptKdf::derive("pin", params(quint64(1) << 21, 8, 1, salt))) == "bad_kdf_params");
  CHECK(codeOf(ScryptKdf::derive("pin", params(1024, 0, 1, salt))) == "bad_kdf_params");
  CHECK(codeOf(ScryptKdf::derive("pin", params(1024, 8, 1, {}))) == "bad_kdf_params");
  CHECK(codeOf(ScryptKdf::derive("pin", params(1024, 8, 1, salt), 0)) == "bad_kdf_params");
  CHECK(codeOf(ScryptKdf::derive("pin", params(1024, 8, 1, salt), 1025)) == "bad_kdf_params");
}
