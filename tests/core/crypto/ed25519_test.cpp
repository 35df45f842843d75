#include "core/crypto/ed25519.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {
// RFC 8032 §7.1, TEST 1 (empty message) and TEST 2 (one byte).
const char* const kSecret1 = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const char* const kPublic1 = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char* const kSignature1 = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
const char* const kSecret2 = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
const char* const kPublic2 = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
const char* const kSignature2 = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";
} // namespace

TEST_CASE("Ed25519 reproduces RFC 8032 test 1 (empty message) and test 2", "[crypto]") {
  auto pair = Ed25519::fromPrivateKey(unhex(kSecret1));
  REQUIRE(pair.ok());
  CHECK(hex(pair->publicKey) == kPublic1);
  auto signature = Ed25519::sign(pair->privateKey, {});
  REQUIRE(signature.ok());
  CHECK(hex(*signature) == kSignature1);
  CHECK(Ed25519::verify(unhex(kPublic1), {}, unhex(kSignature1)));

  auto second = Ed25519::fromPrivateKey(unhex(kSecret2));
  REQUIRE(second.ok());
  CHECK(hex(second->publicKey) == kPublic2);
  CHECK(hex(Ed25519::sign(second->privateKey, "\x72").value()) == kSignature2);
  CHECK(Ed25519::verify(unhex(kPublic2), "\x72", unhex(kSignature2)));
}

TEST_CASE("a signature verifies only for its own message and key", "[crypto]") {
  auto pair = Ed25519::generate();
  auto other = Ed25519::generate();
  REQUIRE(pair.ok());
  REQUIRE(other.ok());
  const QByteArray envelope = "\x0eportal-2025-01{\"v\":1}";
  auto signature = Ed25519::sign(pair->privateKey, envelope);
  REQUIRE(signature.ok());
  CHECK(signature->size() == Ed25519::kSignatureSize);

  CHECK(Ed25519::verify(pair->publicKey, envelope, *signature));
  CHECK_FALSE(Ed25519::verify(other->publicKey, envelope, *signature));
  CHECK_FALSE(Ed25519::verify(pair->publicKey, envelope + "x", *signature));
  CHECK_FALSE(Ed25519::verify(pair->publicKey, envelope, flipped(*signature, 0)));
  CHECK_FALSE(Ed25519::verify(pair->publicKey, envelope, flipped(*signature, 63)));
}

TEST_CASE("verify returns false for inputs of the wrong length or a key off the curve",
          "[crypto]") {
  const QByteArray publicKey = unhex(kPublic1);
  const QByteArray signature = unhex(kSignature1);
  CHECK_FALSE(Ed25519::verify({}, {}, signature));
  CHECK_FALSE(Ed25519::verify(publicKey.left(31), {}, signature));
  CHECK_FALSE(Ed25519::verify(publicKey + "x", {}, signature));
  CHECK_FALSE(Ed25519::verify(publicKey, {}, {}));
  CHECK_FALSE(Ed25519::verify(publicKey, {}, signature.left(63)));
  CHECK_FALSE(Ed25519::verify(publicKey, {}, signature + "x"));
  CHECK_FALSE(Ed25519::verify(QByteArray(32, '\xff'), {}, signature));
}

TEST_CASE("Ed25519 private keys must be 32 bytes", "[crypto]") {
  CHECK(codeOf(Ed25519::fromPrivateKey(QByteArray(31, 'k'))) == "bad_key_size");
  CHECK(codeOf(Ed25519::sign(SecureBytes(64), "message")) == "bad_key_size");
}
