#include "core/crypto/key_wrap.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

TEST_CASE("a wrapped data key unwraps under the same kek and slot label", "[crypto]") {
  const SecureBytes kek = SecureBytes::random(32);
  const SecureBytes dataKey = SecureBytes::random(32);
  auto wrapped = KeyWrap::wrap(kek, dataKey, "operator:OP-0042");
  REQUIRE(wrapped.ok());
  CHECK(wrapped->size() == KeyWrap::kWrappedSize);

  auto unwrapped = KeyWrap::unwrap(kek, *wrapped, "operator:OP-0042");
  REQUIRE(unwrapped.ok());
  CHECK(*unwrapped == dataKey);
}

TEST_CASE("a wrong kek is wrong_key, never a garbage key", "[crypto]") {
  const SecureBytes dataKey = SecureBytes::random(32);
  auto wrapped = KeyWrap::wrap(SecureBytes::random(32), dataKey, "operator:OP-0042");
  REQUIRE(wrapped.ok());
  auto unwrapped = KeyWrap::unwrap(SecureBytes::random(32), *wrapped, "operator:OP-0042");
  REQUIRE_FALSE(unwrapped.ok());
  CHECK(unwrapped.error().code == QStringLiteral("wrong_key"));
}

TEST_CASE("a wrapped key copied into another slot is wrong_key", "[crypto]") {
  const SecureBytes kek = SecureBytes::random(32);
  auto wrapped = KeyWrap::wrap(kek, SecureBytes::random(32), "operator:OP-0042");
  REQUIRE(wrapped.ok());
  CHECK(codeOf(KeyWrap::unwrap(kek, *wrapped, "operator:OP-0043")) == "wrong_key");
  CHECK(codeOf(KeyWrap::unwrap(kek, *wrapped, "recovery")) == "wrong_key");
}

TEST_CASE("a tampered wrapped key is wrong_key; one of the wrong size is malformed", "[crypto]") {
  const SecureBytes kek = SecureBytes::random(32);
  auto wrapped = KeyWrap::wrap(kek, SecureBytes::random(32), "slot");
  REQUIRE(wrapped.ok());
  for (qsizetype i = 1; i < wrapped->size(); ++i)
    CHECK(codeOf(KeyWrap::unwrap(kek, flipped(*wrapped, i), "slot")) == "wrong_key");
  CHECK(codeOf(KeyWrap::unwrap(kek, wrapped->chopped(1), "slot")) == "malformed_wrapped_key");
  CHECK(codeOf(KeyWrap::unwrap(kek, {}, "slot")) == "malformed_wrapped_key");
  CHECK(codeOf(KeyWrap::unwrap(kek, flipped(*wrapped, 0), "slot")) == "malformed_wrapped_key");
}

TEST_CASE("keys that are not 32 bytes are refused by wrap and unwrap", "[crypto]") {
  CHECK(codeOf(KeyWrap::wrap(SecureBytes(16), SecureBytes(32), "slot")) == "bad_key_size");
  CHECK(codeOf(KeyWrap::wrap(SecureBytes(32), SecureBytes(16), "slot")) == "bad_key_size");
  CHECK(codeOf(KeyWrap::unwrap(SecureBytes(), QByteArray(KeyWrap::kWrappedSize, '\x01'), "slot")) ==
        "bad_key_size");
}
