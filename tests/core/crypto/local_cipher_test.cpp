#include "core/crypto/local_cipher.h"

#include "crypto_test_support.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {
// The associated data the store uses: record id, revision, schema version.
const QByteArray kAad = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b|1|3";
const QByteArray kOtherRecordAad = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c|1|3";
const QByteArray kDraft = R"({"name_km":"សុខ ដារា","dob":"1990-04-01"})";
} // namespace

TEST_CASE("a local copy decrypts with the same key and associated data", "[crypto]") {
  const SecureBytes key = SecureBytes::random(32);
  auto blob = LocalCipher::encrypt(key, kAad, kDraft);
  REQUIRE(blob.ok());
  CHECK(blob->size() == kDraft.size() + LocalCipher::kOverhead);
  CHECK(blob->front() == LocalCipher::kVersion);
  CHECK_FALSE(blob->contains("1990-04-01"));

  auto draft = LocalCipher::decrypt(key, kAad, *blob);
  REQUIRE(draft.ok());
  CHECK(*draft == kDraft);

  auto empty = LocalCipher::encrypt(key, kAad, {});
  REQUIRE(empty.ok());
  CHECK(LocalCipher::decrypt(key, kAad, *empty).value().isEmpty());
}

TEST_CASE("a local copy moved to another record id does not decrypt", "[crypto]") {
  const SecureBytes key = SecureBytes::random(32);
  auto blob = LocalCipher::encrypt(key, kAad, kDraft);
  REQUIRE(blob.ok());
  CHECK(codeOf(LocalCipher::decrypt(key, kOtherRecordAad, *blob)) == "authentication_failed");
  CHECK(codeOf(LocalCipher::decrypt(SecureBytes::random(32), kAad, *blob)) ==
        "authentication_failed");
}

TEST_CASE("a flipped byte anywhere after the version fails authentication", "[crypto]") {
  const SecureBytes key = SecureBytes::random(32);
  auto blob = LocalCipher::encrypt(key, kAad, kDraft);
  REQUIRE(blob.ok());
  for (qsizetype i = 1; i < blob->size(); ++i)
    CHECK(codeOf(LocalCipher::decrypt(key, kAad, flipped(*blob, i))) == "authentication_failed");
}

TEST_CASE("a truncated blob or an unknown version is malformed_ciphertext", "[crypto]") {
  const SecureBytes key = SecureBytes::random(32);
  auto blob = LocalCipher::encrypt(key, kAad, kDraft);
  REQUIRE(blob.ok());
  CHECK(codeOf(LocalCipher::decrypt(key, kAad, {})) == "malformed_ciphertext");
  CHECK(codeOf(LocalCipher::decrypt(key, kAad, blob->left(LocalCipher::kOverhead - 1))) ==
        "malformed_ciphertext");
  QByteArray version2 = *blob;
  version2[0] = 0x02;
  CHECK(codeOf(LocalCipher::decrypt(key, kAad, version2)) == "malformed_ciphertext");
  // Cut inside the ciphertext but long enough to parse: the tag no longer verifies.
  CHECK(codeOf(LocalCipher::decrypt(key, kAad, blob->chopped(1))) == "authentication_failed");
}

TEST_CASE("two encryptions of the same draft differ (random nonce)", "[crypto]") {
  const SecureBytes key = SecureBytes::random(32);
  auto first = LocalCipher::encrypt(key, kAad, kDraft);
  auto second = LocalCipher::encrypt(key, kAad, kDraft);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(*first != *second);
  CHECK(first->mid(1, 12) != second->mid(1, 12));
}

TEST_CASE("the local cipher takes 32-byte keys only", "[crypto]") {
  CHECK(codeOf(LocalCipher::encrypt(SecureBytes(16), kAad, kDraft)) == "bad_key_size");
  CHECK(codeOf(LocalCipher::decrypt(SecureBytes(16), kAad, QByteArray(40, 'x').prepend('\x01'))) ==
        "bad_key_size");
}
