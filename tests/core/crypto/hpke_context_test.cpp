#include "core/crypto/hpke.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {

struct Pair {
  HpkeContext sender;
  HpkeContext recipient;
};

Pair setUp(HpkeSuite suite = HpkeSuite{HpkeAead::Aes128Gcm}) {
  auto registry = X25519KeyPair::generate();
  REQUIRE(registry.ok());
  auto sender = Hpke::setupBaseSender(suite, registry->publicKey, "info");
  REQUIRE(sender.ok());
  auto recipient = Hpke::setupBaseRecipient(suite, sender->enc, registry->privateKey, "info");
  REQUIRE(recipient.ok());
  return Pair{std::move(sender->context), std::move(*recipient)};
}

} // namespace

TEST_CASE("each sealed message moves the sequence on and the recipient opens them in order",
          "[crypto]") {
  Pair pair = setUp();
  auto first = pair.sender.seal("a", "one");
  auto second = pair.sender.seal("a", "two");
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(pair.sender.sequence() == 2);

  SECTION("in order") {
    CHECK(pair.recipient.open("a", *first).value() == "one");
    CHECK(pair.recipient.open("a", *second).value() == "two");
    CHECK(pair.recipient.sequence() == 2);
  }
  SECTION("out of order fails and leaves the sequence where it was") {
    CHECK(codeOf(pair.recipient.open("a", *second)) == "authentication_failed");
    CHECK(pair.recipient.sequence() == 0);
    CHECK(pair.recipient.open("a", *first).value() == "one");
    CHECK(pair.recipient.open("a", *second).value() == "two");
  }
}

TEST_CASE("a context refuses to seal or open once the sequence number is exhausted", "[crypto]") {
  Pair pair = setUp();
  constexpr quint64 kLast = std::numeric_limits<quint64>::max();
  pair.sender.setSequenceForTesting(kLast - 1);
  pair.recipient.setSequenceForTesting(kLast - 1);

  auto lastMessage = pair.sender.seal({}, "last");
  REQUIRE(lastMessage.ok());
  CHECK(pair.sender.sequence() == kLast);
  CHECK(pair.recipient.open({}, *lastMessage).value() == "last");

  CHECK(codeOf(pair.sender.seal({}, "one too many")) == "sequence_exhausted");
  CHECK(codeOf(pair.recipient.open({}, *lastMessage)) == "sequence_exhausted");
  CHECK(pair.sender.sequence() == kLast); // no wrap-around to a used nonce
}

TEST_CASE("sender and recipient export the same secrets; lengths outside 1..8160 are refused",
          "[crypto]") {
  Pair pair = setUp(HpkeSuite{HpkeAead::ChaCha20Poly1305});
  auto fromSender = pair.sender.exportSecret("receipt", 32);
  auto fromRecipient = pair.recipient.exportSecret("receipt", 32);
  REQUIRE(fromSender.ok());
  REQUIRE(fromRecipient.ok());
  CHECK(*fromSender == *fromRecipient);
  CHECK_FALSE(*fromSender == pair.sender.exportSecret("other", 32).value());

  CHECK(pair.sender.exportSecret({}, 8160).ok());
  CHECK(codeOf(pair.sender.exportSecret({}, 8161)) == "bad_length");
  CHECK(codeOf(pair.sender.exportSecret({}, 0)) == "bad_length");
  CHECK(codeOf(pair.sender.exportSecret(QByteArray(2000, 'c'), 32)) == "input_too_large");
}
