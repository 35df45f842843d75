// RFC 9180 test vectors: A.1 from the project's shared vectors (AES-128-GCM) and A.2
// (ChaCha20Poly1305) kept next to this test, both read by HpkeVectorFile.
#include "core/crypto/hpke.h"

#include "crypto_test_support.h"
#include "hpke_vector_file.h"

#include <catch2/catch.hpp>

using namespace camie::crypto;
using namespace camie::crypto::test;

namespace {

const char* const kVectorFiles[] = {
    CAMIE_SHARED_DIR "/vectors/rfc9180-x25519-sha256-aes128gcm-base.txt",
    CAMIE_SOURCE_DIR "/tests/core/crypto/rfc9180-x25519-sha256-chacha20poly1305-base.txt",
};

HpkeVectorFile load(const char* path) {
  QString error;
  auto file = HpkeVectorFile::read(QString::fromUtf8(path), &error);
  INFO(path << ": " << error.toStdString());
  REQUIRE(file.has_value());
  REQUIRE(file->number(QStringLiteral("mode")) == 0);
  REQUIRE(file->number(QStringLiteral("kem_id")) == HpkeSuite::kKemId);
  REQUIRE(file->number(QStringLiteral("kdf_id")) == HpkeSuite::kKdfId);
  return std::move(*file);
}

HpkeSuite suiteOf(const HpkeVectorFile& file) {
  const int aeadId = file.number(QStringLiteral("aead_id"));
  REQUIRE((aeadId == 1 || aeadId == 3));
  return HpkeSuite{static_cast<HpkeAead>(aeadId)};
}

X25519KeyPair derive(const HpkeVectorFile& file, const QString& ikmField) {
  auto pair = Hpke::deriveKeyPair(file.hex(ikmField));
  REQUIRE(pair.ok());
  return std::move(*pair);
}

} // namespace

TEST_CASE("the vector reader joins hex values wrapped over lines and stops at the next mode",
          "[crypto]") {
  const QByteArray text = "### Base Setup Information\n~~~\nmode: 0\naead_id: 1\n"
                          "key_schedule_context: 00aa\nbbcc\nenc:\n0102\n~~~\n"
                          "#### Encryptions\n~~~\nsequence number: 7\npt: 01\naad: 02\n"
                          "nonce: 03\nct: 0405\n06\n\nsequence number: 8\n~~~\n"
                          "#### Exported Values\n~~~\nexporter_context:\nL: 2\n"
                          "exported_value:\nabcd\n~~~\n### PSK Setup Information\n~~~\n"
                          "mode: 1\n~~~\n";
  QString error;
  const auto file = HpkeVectorFile::parse(text, &error);
  REQUIRE(file.has_value());
  CHECK(file->number(QStringLiteral("mode")) == 0);
  CHECK(hex(file->hex(QStringLiteral("key_schedule_context"))) == "00aabbcc");
  CHECK(hex(file->hex(QStringLiteral("enc"))) == "0102");
  REQUIRE(file->encryptions.size() == 2);
  CHECK(file->encryptions[0].sequence == 7);
  CHECK(hex(file->encryptions[0].ct) == "040506");
  REQUIRE(file->exports.size() == 1);
  CHECK(file->exports[0].context.isEmpty());
  CHECK(file->exports[0].length == 2);
  CHECK(hex(file->exports[0].value) == "abcd");
}

TEST_CASE("DeriveKeyPair reproduces the RFC 9180 ephemeral and recipient key pairs", "[crypto]") {
  const char* path = GENERATE(from_range(std::begin(kVectorFiles), std::end(kVectorFiles)));
  INFO(path);
  const HpkeVectorFile file = load(path);

  const X25519KeyPair ephemeral = derive(file, QStringLiteral("ikmE"));
  CHECK(hex(ephemeral.privateKey) == hex(file.hex(QStringLiteral("skEm"))));
  CHECK(hex(ephemeral.publicKey) == hex(file.hex(QStringLiteral("pkEm"))));
  const X25519KeyPair recipient = derive(file, QStringLiteral("ikmR"));
  CHECK(hex(recipient.privateKey) == hex(file.hex(QStringLiteral("skRm"))));
  CHECK(hex(recipient.publicKey) == hex(file.hex(QStringLiteral("pkRm"))));
}

TEST_CASE("base-mode setup with the RFC's ephemeral key gives its enc, key, nonce and exporter "
          "secret on both sides",
          "[crypto]") {
  const char* path = GENERATE(from_range(std::begin(kVectorFiles), std::end(kVectorFiles)));
  INFO(path);
  const HpkeVectorFile file = load(path);
  const HpkeSuite suite = suiteOf(file);
  const X25519KeyPair ephemeral = derive(file, QStringLiteral("ikmE"));
  const QByteArray info = file.hex(QStringLiteral("info"));

  auto sender = Hpke::setupBaseSenderWithEphemeralForTesting(
      suite, file.hex(QStringLiteral("pkRm")), info, ephemeral);
  REQUIRE(sender.ok());
  CHECK(hex(sender->enc) == hex(file.hex(QStringLiteral("enc"))));
  auto recipient = Hpke::setupBaseRecipient(
      suite, sender->enc, SecureBytes::fromView(file.hex(QStringLiteral("skRm"))), info);
  REQUIRE(recipient.ok());

  for (const HpkeContext* context : {&sender->context, &*recipient}) {
    CHECK(hex(context->key()) == hex(file.hex(QStringLiteral("key"))));
    CHECK(hex(context->baseNonce()) == hex(file.hex(QStringLiteral("base_nonce"))));
    CHECK(hex(context->exporterSecret()) == hex(file.hex(QStringLiteral("exporter_secret"))));
    CHECK(context->sequence() == 0);
  }
}

TEST_CASE("every listed sequence number seals to the RFC ciphertext and opens in order",
          "[crypto]") {
  const char* path = GENERATE(from_range(std::begin(kVectorFiles), std::end(kVectorFiles)));
  INFO(path);
  const HpkeVectorFile file = load(path);
  REQUIRE_FALSE(file.encryptions.isEmpty());
  const HpkeSuite suite = suiteOf(file);
  const QByteArray info = file.hex(QStringLiteral("info"));
  auto sender = Hpke::setupBaseSenderWithEphemeralForTesting(
      suite, file.hex(QStringLiteral("pkRm")), info, derive(file, QStringLiteral("ikmE")));
  REQUIRE(sender.ok());
  auto recipient = Hpke::setupBaseRecipient(
      suite, sender->enc, SecureBytes::fromView(file.hex(QStringLiteral("skRm"))), info);
  REQUIRE(recipient.ok());

  // Messages the RFC does not list (3, 5..254) are sealed too, so that the listed
  // ones are reached by counting, as a real sender would.
  const quint64 last = file.encryptions.last().sequence;
  int matched = 0;
  for (quint64 seq = 0; seq <= last; ++seq) {
    const auto listed = std::find_if(file.encryptions.begin(), file.encryptions.end(),
                                     [seq](const auto& e) { return e.sequence == seq; });
    const bool isListed = listed != file.encryptions.end();
    const QByteArray pt = isListed ? listed->pt : file.encryptions.first().pt;
    const QByteArray aad = isListed ? listed->aad : "Count-" + QByteArray::number(seq);
    INFO("sequence number " << seq);
    REQUIRE(sender->context.sequence() == seq);

    auto ct = sender->context.seal(aad, pt);
    REQUIRE(ct.ok());
    if (isListed) {
      CHECK(hex(*ct) == hex(listed->ct));
      // The nonce the RFC lists is base_nonce XOR seq; sealing with it directly agrees.
      auto direct = Aead::seal(suite.aeadAlgorithm(), recipient->key(), listed->nonce, aad, pt);
      REQUIRE(direct.ok());
      CHECK(hex(*direct) == hex(listed->ct));
      ++matched;
    }
    auto opened = recipient->open(aad, *ct);
    REQUIRE(opened.ok());
    CHECK(hex(*opened) == hex(pt));
  }
  CHECK(matched == file.encryptions.size());
  CHECK(recipient->sequence() == last + 1);
}

TEST_CASE("exported secrets match the RFC on sender and recipient", "[crypto]") {
  const char* path = GENERATE(from_range(std::begin(kVectorFiles), std::end(kVectorFiles)));
  INFO(path);
  const HpkeVectorFile file = load(path);
  const HpkeSuite suite = suiteOf(file);
  const QByteArray info = file.hex(QStringLiteral("info"));
  auto sender = Hpke::setupBaseSenderWithEphemeralForTesting(
      suite, file.hex(QStringLiteral("pkRm")), info, derive(file, QStringLiteral("ikmE")));
  REQUIRE(sender.ok());
  auto recipient = Hpke::setupBaseRecipient(
      suite, sender->enc, SecureBytes::fromView(file.hex(QStringLiteral("skRm"))), info);
  REQUIRE(recipient.ok());

  for (const auto& expected : file.exports) {
    INFO("exporter_context " << hex(expected.context));
    for (const HpkeContext* context : {&sender->context, &*recipient}) {
      auto exported = context->exportSecret(expected.context, expected.length);
      REQUIRE(exported.ok());
      CHECK(hex(*exported) == hex(expected.value));
    }
  }
}
