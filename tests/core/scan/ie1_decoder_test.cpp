#include "core/scan/ie1_decoder.h"

#include "core/scan/ie1_encoder.h"
#include "ie1_test_support.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::scan;
using namespace camie::scan::test;

namespace {

constexpr qint64 kNow = kIat + 3600; // an hour after the code was made

struct Portal {
  crypto::Ed25519::KeyPair pair = newKeyPair();
  Ie1Decoder decoder{{portalKey(QStringLiteral("portal-2025-01"), pair)}};

  QString validCode(const QByteArray& body = sampleBody()) const {
    return code(envelope("portal-2025-01", body, pair));
  }
};

} // namespace

TEST_CASE("a valid IE1 code gives its number, times and fields", "[scan]") {
  const Portal portal;
  const Ie1Outcome outcome = portal.decoder.decode(portal.validCode(), kNow);
  REQUIRE(outcome.ok());
  CHECK(outcome.verdictCode() == u"valid");
  CHECK(outcome.message.isEmpty());
  CHECK(outcome.kid == u"portal-2025-01");
  REQUIRE(outcome.preRegistration);
  CHECK(outcome.preRegistration->prn == u"PR-2025-000123");
  CHECK(outcome.preRegistration->iat == kIat);
  CHECK(outcome.preRegistration->exp == kExp);
  CHECK(outcome.preRegistration->fields == sampleFields());
}

TEST_CASE("Ie1Encoder mints codes the decoder accepts, Khmer included", "[scan]") {
  const Portal portal;
  const QByteArray body =
      Ie1Encoder::body(QStringLiteral("PR-2025-000124"), kIat, kExp, sampleFields());
  auto text = Ie1Encoder::encode(u"portal-2025-01", body, portal.pair.privateKey);
  REQUIRE(text.ok());
  CHECK(text->startsWith(u"IE1:"));
  const Ie1Outcome outcome = portal.decoder.decode(*text, kNow);
  REQUIRE(outcome.ok());
  CHECK(outcome.preRegistration->fields.value(QStringLiteral("name_km")).toString() == u"សុខ ដារា");
  CHECK(Ie1Encoder::encode(QString(300, u'k'), body, portal.pair.privateKey).error().code ==
        u"bad_envelope");
  CHECK(Ie1Encoder::encode(u"ពពក", body, portal.pair.privateKey).error().code == u"bad_envelope");
}

TEST_CASE("text without the IE1: prefix is not_ie1", "[scan]") {
  const Portal portal;
  const QString valid = portal.validCode();
  for (const QString& text : {QStringLiteral("hello"), QString(), QStringLiteral("IE2:BB8"),
                              QStringLiteral("ie1:") + valid.mid(4), QStringLiteral(" ") + valid}) {
    const Ie1Outcome outcome = portal.decoder.decode(text, kNow);
    CHECK(outcome.verdictCode() == u"not_ie1");
    CHECK_FALSE(outcome.message.isEmpty());
  }
}

TEST_CASE("bad base45 after the prefix is bad_base45", "[scan]") {
  const Portal portal;
  for (const char* text : {"IE1:GGW", "IE1:bb8", "IE1:BB8A", "IE1:%69 VD92EX0#"})
    CHECK(portal.decoder.decode(QString::fromLatin1(text), kNow).verdictCode() == u"bad_base45");
}

TEST_CASE("bytes that are not zlib, or a bad checksum, are bad_zlib", "[scan]") {
  const Portal portal;
  CHECK(portal.decoder.decode(QStringLiteral("IE1:") + Base45::encode("not zlib at all"), kNow)
            .verdictCode() == u"bad_zlib");
  auto stream = ZlibCodec::deflate(envelope("portal-2025-01", sampleBody(), portal.pair));
  REQUIRE(stream.ok());
  QByteArray badChecksum = *stream;
  badChecksum[badChecksum.size() - 2] = static_cast<char>(badChecksum[badChecksum.size() - 2] ^ 4);
  CHECK(portal.decoder.decode(QStringLiteral("IE1:") + Base45::encode(badChecksum), kNow)
            .verdictCode() == u"bad_zlib");
  CHECK(portal.decoder.decode(QStringLiteral("IE1:"), kNow).verdictCode() == u"bad_zlib");
}

TEST_CASE("an envelope that inflates past 8 KiB is too_large; 8 KiB exactly is read", "[scan]") {
  const Portal portal;
  CHECK(portal.decoder.decode(code(QByteArray(64 * 1024, 'x')), kNow).verdictCode() ==
        u"too_large");

  // A signed envelope of exactly 8192 bytes: the body padded with spaces.
  const QByteArray kid = "portal-2025-01";
  QByteArray body = sampleBody();
  body.append(
      QByteArray(Ie1Decoder::kMaxEnvelopeBytes - 1 - kid.size() - 2 - 64 - body.size(), ' '));
  const QByteArray exact = envelope(kid, body, portal.pair);
  REQUIRE(exact.size() == Ie1Decoder::kMaxEnvelopeBytes);
  CHECK(portal.decoder.decode(code(exact), kNow).ok());
  body.append(' ');
  CHECK(portal.decoder.decode(code(envelope(kid, body, portal.pair)), kNow).verdictCode() ==
        u"too_large");
}

TEST_CASE("lengths that do not add up are bad_envelope", "[scan]") {
  const Portal portal;
  const QByteArray good = envelope("portal-2025-01", sampleBody(), portal.pair);
  QByteArray longBody = good;
  longBody[1 + 14] = static_cast<char>(longBody[1 + 14] + 1); // n's high byte: 256 more
  QByteArray hugeKid = good;
  hugeKid[0] = '\xff';
  for (const QByteArray& bad : {good.chopped(1), good + "x", longBody, hugeKid, QByteArray(1, '\0'),
                                QByteArray(), signedPart("portal-2025-01", sampleBody()),
                                signedPart("bad kid", "{}") + QByteArray(64, 'S')}) {
    CHECK(portal.decoder.decode(code(bad), kNow).verdictCode() == u"bad_envelope");
  }
}

TEST_CASE("a key id the kiosk does not know is unknown_key", "[scan]") {
  const Portal portal;
  const Ie1Outcome outcome =
      portal.decoder.decode(code(envelope("portal-2024-09", sampleBody(), portal.pair)), kNow);
  CHECK(outcome.verdictCode() == u"unknown_key");
  CHECK(outcome.kid == u"portal-2024-09");
  CHECK_FALSE(outcome.preRegistration.has_value());
  CHECK(Ie1Decoder({}).decode(portal.validCode(), kNow).verdictCode() == u"unknown_key");
}

TEST_CASE("a code issued outside its key's validity is key_not_valid", "[scan]") {
  const Portal portal;
  for (qint64 iat : {kNotBefore - 1, kNotAfter + 1}) {
    const Ie1Outcome outcome =
        portal.decoder.decode(portal.validCode(sampleBody(iat, iat + 86400)), iat + 60);
    CHECK(outcome.verdictCode() == u"key_not_valid");
    CHECK(outcome.preRegistration.has_value()); // signed, so it can say when
  }
  CHECK(portal.decoder.decode(portal.validCode(sampleBody(kNotBefore, kExp)), kNow).ok());
  CHECK(
      portal.decoder.decode(portal.validCode(sampleBody(kNotAfter, kNotAfter + 10)), kNotAfter + 20)
          .ok());
}

TEST_CASE("a changed byte or another signer is bad_signature", "[scan]") {
  const Portal portal;
  QByteArray tampered = envelope("portal-2025-01", sampleBody(), portal.pair);
  const qsizetype at = tampered.indexOf("012 345 678");
  REQUIRE(at > 0);
  tampered[at + 2] = '9'; // another phone number
  CHECK(portal.decoder.decode(code(tampered), kNow).verdictCode() == u"bad_signature");

  QByteArray badSignature = envelope("portal-2025-01", sampleBody(), portal.pair);
  badSignature[badSignature.size() - 1] = static_cast<char>(badSignature.back() ^ 0x20);
  CHECK(portal.decoder.decode(code(badSignature), kNow).verdictCode() == u"bad_signature");

  const auto impostor = newKeyPair();
  const Ie1Outcome outcome =
      portal.decoder.decode(code(envelope("portal-2025-01", sampleBody(), impostor)), kNow);
  CHECK(outcome.verdictCode() == u"bad_signature");
  CHECK_FALSE(outcome.preRegistration.has_value());
}

TEST_CASE("a code past its exp by more than the tolerance is expired", "[scan]") {
  const Portal portal;
  const QString text = portal.validCode();
  CHECK(portal.decoder.decode(text, kExp).ok());
  CHECK(portal.decoder.decode(text, kExp + 23 * 3600).ok()); // within the default 24 h
  CHECK(portal.decoder.decode(text, kExp + 24 * 3600).ok());
  const Ie1Outcome late = portal.decoder.decode(text, kExp + 24 * 3600 + 1);
  CHECK(late.verdictCode() == u"expired");
  CHECK_FALSE(late.message.isEmpty());
  REQUIRE(late.preRegistration);
  CHECK(late.preRegistration->exp == kExp);

  const Ie1Decoder strict({portalKey(QStringLiteral("portal-2025-01"), portal.pair)},
                          Ie1Decoder::Options{0});
  CHECK(strict.decode(text, kExp).ok());
  CHECK(strict.decode(text, kExp + 1).verdictCode() == u"expired");
}

TEST_CASE("a signed body that is not the expected JSON is bad_body", "[scan]") {
  const Portal portal;
  QJsonObject noFields = QJsonDocument::fromJson(sampleBody()).object();
  noFields.remove(QStringLiteral("fields"));
  QJsonObject v2 = QJsonDocument::fromJson(sampleBody()).object();
  v2.insert(QStringLiteral("v"), 2);
  QJsonObject fieldsList = QJsonDocument::fromJson(sampleBody()).object();
  fieldsList.insert(QStringLiteral("fields"), QJsonArray{1, 2});
  QJsonObject textIat = QJsonDocument::fromJson(sampleBody()).object();
  textIat.insert(QStringLiteral("iat"), QStringLiteral("1737331200"));
  for (const QByteArray& body :
       {QByteArray("not json"), QByteArray("[1,2]"), QByteArray("{\"v\":1"), bodyJson(noFields),
        bodyJson(v2), bodyJson(fieldsList), bodyJson(textIat), QByteArray()}) {
    INFO(body.constData());
    CHECK(portal.decoder.decode(portal.validCode(body), kNow).verdictCode() == u"bad_body");
  }
}

TEST_CASE("every verdict the decoder gives comes with its own message for the teller", "[scan]") {
  const Portal portal;
  QByteArray tampered = envelope("portal-2025-01", sampleBody(), portal.pair);
  tampered[tampered.indexOf("012 345 678") + 2] = '9';
  // One code of each verdict, made as the tests above make them.
  const QList<QPair<QString, QString>> codes = {
      {QStringLiteral("valid"), portal.validCode()},
      {QStringLiteral("not_ie1"), QStringLiteral("HC1:6BFOXN")},
      {QStringLiteral("bad_base45"), QStringLiteral("IE1:abc")},
      {QStringLiteral("bad_zlib"), QStringLiteral("IE1:")},
      {QStringLiteral("too_large"), code(QByteArray(64 * 1024, 'x'))},
      {QStringLiteral("bad_envelope"), code(QByteArray(1, '\0'))},
      {QStringLiteral("unknown_key"), code(envelope("portal-2024-09", sampleBody(), portal.pair))},
      {QStringLiteral("key_not_valid"),
       portal.validCode(sampleBody(kNotBefore - 1, kNotBefore + 86400))},
      {QStringLiteral("bad_signature"), code(tampered)},
      {QStringLiteral("expired"),
       portal.validCode(sampleBody(kIat - 10 * 86400, kIat - 5 * 86400))},
      {QStringLiteral("bad_body"), portal.validCode("not json")}};
  QStringList messages;
  for (const auto& [verdict, text] : codes) {
    INFO(verdict.toStdString());
    const Ie1Outcome outcome = portal.decoder.decode(text, kNow);
    REQUIRE(outcome.verdictCode() == verdict);
    if (outcome.ok()) {
      CHECK(outcome.message.isEmpty());
      continue;
    }
    CHECK(outcome.message.size() > 20);
    CHECK_FALSE(messages.contains(outcome.message));
    messages.append(outcome.message);
  }
  CHECK(messages.size() == codes.size() - 1);
}

TEST_CASE("every verdict has its own code", "[scan]") {
  QStringList codes;
  for (int v = static_cast<int>(Ie1Verdict::Valid); v <= static_cast<int>(Ie1Verdict::BadBody); ++v)
    codes.append(ie1VerdictCode(static_cast<Ie1Verdict>(v)));
  CHECK(codes == QStringList{QStringLiteral("valid"), QStringLiteral("not_ie1"),
                             QStringLiteral("bad_base45"), QStringLiteral("bad_zlib"),
                             QStringLiteral("too_large"), QStringLiteral("bad_envelope"),
                             QStringLiteral("unknown_key"), QStringLiteral("key_not_valid"),
                             QStringLiteral("bad_signature"), QStringLiteral("expired"),
                             QStringLiteral("bad_body")});
}
