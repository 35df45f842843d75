#include "core/crypto/x25519_key_pair.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

TEST_CASE("X25519 reproduces the RFC 7748 section 6.1 key agreement", "[crypto]") {
  auto alice = X25519KeyPair::fromPrivateKey(
      unhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
  auto bob = X25519KeyPair::fromPrivateKey(
      unhex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"));
  REQUIRE(alice.ok());
  REQUIRE(bob.ok());
  CHECK(hex(alice->publicKey) ==
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
  CHECK(hex(bob->publicKey) == "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");

  const std::string shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
  CHECK(hex(alice->agree(bob->publicKey).value()) == shared);
  CHECK(hex(bob->agree(alice->publicKey).value()) == shared);
}

TEST_CASE("generated key pairs are distinct and their public half is recomputable", "[crypto]") {
  auto a = X25519KeyPair::generate();
  auto b = X25519KeyPair::generate();
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->privateKey.size() == 32);
  CHECK(a->publicKey.size() == 32);
  CHECK(a->publicKey != b->publicKey);
  auto again = X25519KeyPair::fromPrivateKey(a->privateKey.view());
  REQUIRE(again.ok());
  CHECK(again->publicKey == a->publicKey);
}

TEST_CASE("key agreement refuses a low-order or wrongly sized peer key", "[crypto]") {
  auto own = X25519KeyPair::generate();
  REQUIRE(own.ok());
  CHECK(codeOf(own->agree(QByteArray(32, '\0'))) == "invalid_public_key");
  CHECK(codeOf(own->agree(QByteArray(31, 'k'))) == "invalid_public_key");
  X25519KeyPair byHand;
  byHand.privateKey = SecureBytes(31);
  CHECK(codeOf(byHand.agree(own->publicKey)) == "bad_key_size");
  CHECK(codeOf(X25519KeyPair::fromPrivateKey(QByteArray(33, 'k'))) == "bad_key_size");
}

TEST_CASE("a pair filled in by hand agrees as the pair its private key makes", "[crypto]") {
  auto own = X25519KeyPair::generate();
  auto peer = X25519KeyPair::generate();
  REQUIRE(own.ok());
  REQUIRE(peer.ok());
  X25519KeyPair byHand;
  byHand.privateKey = own->privateKey.clone();
  byHand.publicKey = own->publicKey;
  auto fromHand = byHand.agree(peer->publicKey);
  auto fromKept = own->agree(peer->publicKey);
  REQUIRE(fromHand.ok());
  REQUIRE(fromKept.ok());
  CHECK(*fromHand == *fromKept);
  CHECK(*fromKept == peer->agree(own->publicKey).value());
}
