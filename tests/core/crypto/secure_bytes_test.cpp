#include "core/crypto/secure_bytes.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

#include <utility>

using namespace camie::crypto;
using namespace camie::crypto::test;

TEST_CASE("a clone holds equal bytes in its own storage", "[crypto]") {
  const SecureBytes original = SecureBytes::fromView("data key bytes");
  SecureBytes copy = original.clone();
  CHECK(copy == original);
  CHECK(copy.data() != original.data());
  copy.data()[0] ^= 1;
  CHECK_FALSE(copy == original);
}

TEST_CASE("random bytes have the size asked for and differ between draws", "[crypto]") {
  const SecureBytes a = SecureBytes::random(32);
  const SecureBytes b = SecureBytes::random(32);
  REQUIRE(a.size() == 32);
  REQUIRE(b.size() == 32);
  CHECK_FALSE(a == b);
  CHECK(SecureBytes::random(0).isEmpty());
}

TEST_CASE("a sized value starts zero-filled and a moved-from value is empty", "[crypto]") {
  SecureBytes zeros(16);
  CHECK(hex(zeros) == std::string(32, '0'));
  CHECK(SecureBytes(-1).isEmpty());

  SecureBytes moved = std::move(zeros);
  CHECK(moved.size() == 16);
  CHECK(zeros.isEmpty()); // NOLINT(bugprone-use-after-move): documented state
  CHECK(zeros.view().isEmpty());

  moved.clear();
  CHECK(moved.isEmpty());
}

TEST_CASE("values of different lengths are unequal; two empty values are equal", "[crypto]") {
  CHECK_FALSE(SecureBytes::fromView("abc") == SecureBytes::fromView("abcd"));
  CHECK(SecureBytes() == SecureBytes(0));
  CHECK(SecureBytes::fromView("abc") == SecureBytes::fromView("abc"));
}
