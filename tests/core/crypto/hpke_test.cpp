#include "core/crypto/hpke.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {

const HpkeSuite kAesSuite{HpkeAead::Aes128Gcm};
const HpkeSuite kChaChaSuite{HpkeAead::ChaCha20Poly1305};
const QByteArray kInfo = "camie/v1 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b 1 reg-2026-01";
const QByteArray kRecord = R"({"name_en":"Sok Dara","phone":"012345678"})";

X25519KeyPair newRecipient() {
  auto pair = X25519KeyPair::generate();
  REQUIRE(pair.ok());
  return std::move(*pair);
}

// Low-order X25519 u-coordinates (libsodium's list): 0, 1, two points of order 8, p-1.
const char* const kLowOrderKeys[] = {
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
    "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
};

} // namespace

TEST_CASE("a record sealed to the registry key opens with its private key, in both suites",
          "[crypto]") {
  const HpkeSuite suite = GENERATE(kAesSuite, kChaChaSuite);
  INFO(suite.name().toStdString());
  const X25519KeyPair registry = newRecipient();

  auto sealed = Hpke::seal(suite, registry.publicKey, kInfo, {}, kRecord);
  REQUIRE(sealed.ok());
  CHECK(sealed->enc.size() == Hpke::kEncSize);
  CHECK(sealed->ciphertext.size() == kRecord.size() + Aead::kTagSize);

  auto opened = Hpke::open(suite, registry.privateKey, sealed->enc, kInfo, {}, sealed->ciphertext);
  REQUIRE(opened.ok());
  CHECK(*opened == kRecord);
}

TEST_CASE("two seals of the same record differ because each uses a fresh ephemeral key",
          "[crypto]") {
  const X25519KeyPair registry = newRecipient();
  auto first = Hpke::seal(kAesSuite, registry.publicKey, kInfo, {}, kRecord);
  auto second = Hpke::seal(kAesSuite, registry.publicKey, kInfo, {}, kRecord);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first->enc != second->enc);
  CHECK(first->ciphertext != second->ciphertext);
}

TEST_CASE("an ephemeral key made ahead serves one seal only, and that seal opens", "[crypto]") {
  const X25519KeyPair registry = newRecipient();
  (void)Hpke::makeSpareEphemeral();                // whatever an earlier test left
  CHECK_FALSE(Hpke::makeSpareEphemeral().value()); // one is kept, not two
  auto first = Hpke::seal(kAesSuite, registry.publicKey, kInfo, {}, kRecord);
  REQUIRE(first.ok());
  CHECK(Hpke::makeSpareEphemeral().value()); // the seal took it
  auto taking = Hpke::seal(kAesSuite, registry.publicKey, kInfo, {}, kRecord);
  REQUIRE(taking.ok());
  auto second = Hpke::seal(kAesSuite, registry.publicKey, kInfo, {}, kRecord);
  REQUIRE(second.ok());
  CHECK(first->enc != second->enc);
  CHECK(taking->enc != second->enc);
  for (const auto* sealed : {&*first, &*taking, &*second}) {
    auto opened =
        Hpke::open(kAesSuite, registry.privateKey, sealed->enc, kInfo, {}, sealed->ciphertext);
    REQUIRE(opened.ok());
    CHECK(*opened == kRecord);
  }
}

TEST_CASE("the AEAD id is bound into the key schedule: the same ephemeral key gives different "
          "ciphertexts per suite, and one suite cannot open the other's",
          "[crypto]") {
  const X25519KeyPair registry = newRecipient();
  const X25519KeyPair ephemeral = newRecipient();
  auto aes =
      Hpke::setupBaseSenderWithEphemeralForTesting(kAesSuite, registry.publicKey, kInfo, ephemeral);
  auto chacha = Hpke::setupBaseSenderWithEphemeralForTesting(kChaChaSuite, registry.publicKey,
                                                             kInfo, ephemeral);
  REQUIRE(aes.ok());
  REQUIRE(chacha.ok());
  CHECK(aes->enc == chacha->enc);
  CHECK(hex(aes->context.exporterSecret()) != hex(chacha->context.exporterSecret()));
  auto aesCt = aes->context.seal({}, kRecord);
  auto chachaCt = chacha->context.seal({}, kRecord);
  REQUIRE(aesCt.ok());
  REQUIRE(chachaCt.ok());
  CHECK(*aesCt != *chachaCt);

  auto crossed = Hpke::open(kChaChaSuite, registry.privateKey, aes->enc, kInfo, {}, *aesCt);
  CHECK(codeOf(crossed) == "authentication_failed");
}

TEST_CASE("a tampered, misdirected or mislabelled sealed record is refused", "[crypto]") {
  const X25519KeyPair registry = newRecipient();
  auto sealed = Hpke::seal(kAesSuite, registry.publicKey, kInfo, "aad", kRecord);
  REQUIRE(sealed.ok());
  const QByteArray& enc = sealed->enc;
  const QByteArray& ct = sealed->ciphertext;
  const SecureBytes& sk = registry.privateKey;

  SECTION("a flipped ciphertext byte") {
    for (const qsizetype index : {qsizetype(0), ct.size() / 2, ct.size() - 1})
      CHECK(codeOf(Hpke::open(kAesSuite, sk, enc, kInfo, "aad", flipped(ct, index))) ==
            "authentication_failed");
  }
  SECTION("a flipped byte of the encapsulated key") {
    CHECK(codeOf(Hpke::open(kAesSuite, sk, flipped(enc, 5), kInfo, "aad", ct)) ==
          "authentication_failed");
  }
  SECTION("the info of another record or key id") {
    CHECK(codeOf(Hpke::open(kAesSuite, sk, enc, "camie/v1 other 1 reg-2026-01", "aad", ct)) ==
          "authentication_failed");
  }
  SECTION("other associated data") {
    CHECK(codeOf(Hpke::open(kAesSuite, sk, enc, kInfo, "aae", ct)) == "authentication_failed");
    CHECK(codeOf(Hpke::open(kAesSuite, sk, enc, kInfo, {}, ct)) == "authentication_failed");
  }
  SECTION("another private key") {
    const X25519KeyPair other = newRecipient();
    CHECK(codeOf(Hpke::open(kAesSuite, other.privateKey, enc, kInfo, "aad", ct)) ==
          "authentication_failed");
  }
  SECTION("a ciphertext cut shorter than its tag") {
    CHECK(codeOf(Hpke::open(kAesSuite, sk, enc, kInfo, "aad", ct.left(10))) ==
          "malformed_ciphertext");
  }
  SECTION("an encapsulated key of the wrong length") {
    CHECK(codeOf(Hpke::open(kAesSuite, sk, enc.left(31), kInfo, "aad", ct)) ==
          "invalid_public_key");
  }
  SECTION("a private key of the wrong length") {
    CHECK(codeOf(Hpke::open(kAesSuite, SecureBytes(16), enc, kInfo, "aad", ct)) == "bad_key_size");
  }
}

TEST_CASE("a low-order public key is refused as registry key and as encapsulated key "
          "(RFC 9180 7.1.4)",
          "[crypto]") {
  const char* lowOrder = GENERATE(from_range(std::begin(kLowOrderKeys), std::end(kLowOrderKeys)));
  INFO(lowOrder);
  const QByteArray key = unhex(lowOrder);

  auto sealed = Hpke::seal(kAesSuite, key, kInfo, {}, kRecord);
  REQUIRE_FALSE(sealed.ok());
  CHECK(sealed.error().code == QStringLiteral("invalid_public_key"));
  CHECK(sealed.error().message.contains(QStringLiteral("low order")));

  const X25519KeyPair registry = newRecipient();
  auto recipient = Hpke::setupBaseRecipient(kAesSuite, key, registry.privateKey, kInfo);
  CHECK(codeOf(recipient) == "invalid_public_key");
}

TEST_CASE("DeriveKeyPair refuses key material shorter than a private key", "[crypto]") {
  CHECK(codeOf(Hpke::deriveKeyPair(QByteArray(31, 'k'))) == "bad_ikm");
  auto a = Hpke::deriveKeyPair(QByteArray(32, 'k'));
  auto b = Hpke::deriveKeyPair(QByteArray(32, 'k'));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->publicKey == b->publicKey); // deterministic
}
