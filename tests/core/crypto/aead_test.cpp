#include "core/crypto/aead.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {
const QByteArray kNonce(Aead::kNonceSize, '\x07');
} // namespace

TEST_CASE("each AEAD round-trips and appends a 16-byte tag", "[crypto]") {
  const AeadAlgorithm algorithm =
      GENERATE(AeadAlgorithm::Aes128Gcm, AeadAlgorithm::Aes256Gcm, AeadAlgorithm::ChaCha20Poly1305);
  const SecureBytes key = SecureBytes::random(Aead::keySize(algorithm));
  for (const QByteArray& plaintext : {QByteArray(), QByteArray("x"), QByteArray(1000, 'p')}) {
    auto sealed = Aead::seal(algorithm, key, kNonce, "aad", plaintext);
    REQUIRE(sealed.ok());
    CHECK(sealed->size() == plaintext.size() + Aead::kTagSize);
    auto opened = Aead::open(algorithm, key, kNonce, "aad", *sealed);
    REQUIRE(opened.ok());
    CHECK(*opened == plaintext);
  }
}

TEST_CASE("AES-128-GCM matches the NIST GCM test case with a 96-bit IV and no data", "[crypto]") {
  // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 2.
  const SecureBytes key(16);
  const QByteArray nonce(12, '\0');
  auto sealed = Aead::seal(AeadAlgorithm::Aes128Gcm, key, nonce, {}, QByteArray(16, '\0'));
  REQUIRE(sealed.ok());
  CHECK(hex(*sealed) == "0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf");
}

TEST_CASE("a wrong key, wrong aad, wrong nonce or flipped byte fails authentication", "[crypto]") {
  const SecureBytes key = SecureBytes::random(32);
  auto sealed = Aead::seal(AeadAlgorithm::Aes256Gcm, key, kNonce, "record-1", "secret");
  REQUIRE(sealed.ok());
  const auto open = [&](const SecureBytes& k, QByteArrayView nonce, QByteArrayView aad,
                        QByteArrayView ct) {
    return codeOf(Aead::open(AeadAlgorithm::Aes256Gcm, k, nonce, aad, ct));
  };
  CHECK(open(SecureBytes::random(32), kNonce, "record-1", *sealed) == "authentication_failed");
  CHECK(open(key, kNonce, "record-2", *sealed) == "authentication_failed");
  CHECK(open(key, QByteArray(12, '\x08'), "record-1", *sealed) == "authentication_failed");
  for (qsizetype i = 0; i < sealed->size(); ++i)
    CHECK(open(key, kNonce, "record-1", flipped(*sealed, i)) == "authentication_failed");
  CHECK(open(key, kNonce, "record-1", sealed->left(15)) == "malformed_ciphertext");
}

TEST_CASE("keys and nonces of the wrong size are refused before encrypting", "[crypto]") {
  CHECK(codeOf(Aead::seal(AeadAlgorithm::Aes256Gcm, SecureBytes(16), kNonce, {}, "x")) ==
        "bad_key_size");
  CHECK(codeOf(Aead::seal(AeadAlgorithm::Aes128Gcm, SecureBytes(32), kNonce, {}, "x")) ==
        "bad_key_size");
  CHECK(codeOf(Aead::seal(AeadAlgorithm::ChaCha20Poly1305, SecureBytes(32), QByteArray(8, 'n'), {},
                          "x")) == "bad_nonce_size");
  CHECK(codeOf(Aead::open(AeadAlgorithm::Aes256Gcm, SecureBytes(), kNonce, {},
                          QByteArray(32, 'c'))) == "bad_key_size");
}
