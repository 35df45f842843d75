#include "core/scan/ie1_decoder.h"

#include "core/crypto/ed25519.h"
#include "core/scan/base45.h"
#include "core/scan/ie1_envelope.h"
#include "core/scan/zlib_codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace camie::scan {

namespace {

constexpr QStringView kPrefix = u"IE1:";
constexpr double kLatestSeconds = 253402300799.0; // 9999-12-31T23:59:59Z

QString messageFor(Ie1Verdict verdict) {
  switch (verdict) {
  case Ie1Verdict::Valid:
    return {};
  case Ie1Verdict::NotIe1:
    return QCoreApplication::translate("camie::scan::Ie1Decoder",
                                       "This is not a pre-registration code.");
  case Ie1Verdict::BadBase45:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code is damaged: it holds characters it cannot hold. Scan it again.");
  case Ie1Verdict::BadZlib:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code is damaged and cannot be unpacked. Scan it again.");
  case Ie1Verdict::TooLarge:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This code holds far more data than a pre-registration can. It was not read.");
  case Ie1Verdict::BadEnvelope:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code is not put together correctly. Ask the person to make a new one on the portal.");
  case Ie1Verdict::UnknownKey:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code was signed with a key this kiosk does not know. Update the reference data, or fill in the form by hand.");
  case Ie1Verdict::KeyNotValid:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code was signed with a key that was not valid on the day it was made. Fill in the form by hand.");
  case Ie1Verdict::BadSignature:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "The signature of this pre-registration code does not match: it may have been altered. Fill in the form by hand.");
  case Ie1Verdict::Expired:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code has expired. Ask the person to make a new one, or fill in the form by hand.");
  case Ie1Verdict::BadBody:
    return QCoreApplication::translate(
        "camie::scan::Ie1Decoder",
        "This pre-registration code holds no usable registration data. Fill in the form by hand.");
  }
  return {};
}

Ie1Outcome outcome(Ie1Verdict verdict, const QString& kid = {},
                   std::optional<PreRegistration> preRegistration = std::nullopt) {
  return Ie1Outcome{verdict, messageFor(verdict), kid, std::move(preRegistration)};
}

// Whole seconds between 1970 and 9999; nullopt for anything else.
std::optional<qint64> unixSeconds(const QJsonValue& value) {
  if (!value.isDouble())
    return std::nullopt;
  const double d = value.toDouble();
  if (!std::isfinite(d) || d != std::floor(d) || d < 0 || d > kLatestSeconds)
    return std::nullopt;
  return static_cast<qint64>(d);
}

// {"v":1, "prn":"...", "iat":..., "exp":..., "fields":{...}}
std::optional<PreRegistration> parseBody(const QByteArray& body, const QString& kid) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return std::nullopt;
  const QJsonObject o = doc.object();
  const QJsonValue v = o.value(QStringLiteral("v"));
  const QJsonValue prn = o.value(QStringLiteral("prn"));
  const QJsonValue fields = o.value(QStringLiteral("fields"));
  const auto iat = unixSeconds(o.value(QStringLiteral("iat")));
  const auto exp = unixSeconds(o.value(QStringLiteral("exp")));
  if (!v.isDouble() || v.toDouble() != 1.0 || !fields.isObject() || !prn.isString() ||
      prn.toString().isEmpty() || !iat || !exp)
    return std::nullopt;
  return PreRegistration{kid, prn.toString(), *iat, *exp, fields.toObject()};
}

} // namespace

QString ie1VerdictCode(Ie1Verdict verdict) {
  switch (verdict) {
  case Ie1Verdict::Valid:
    return QStringLiteral("valid");
  case Ie1Verdict::NotIe1:
    return QStringLiteral("not_ie1");
  case Ie1Verdict::BadBase45:
    return QStringLiteral("bad_base45");
  case Ie1Verdict::BadZlib:
    return QStringLiteral("bad_zlib");
  case Ie1Verdict::TooLarge:
    return QStringLiteral("too_large");
  case Ie1Verdict::BadEnvelope:
    return QStringLiteral("bad_envelope");
  case Ie1Verdict::UnknownKey:
    return QStringLiteral("unknown_key");
  case Ie1Verdict::KeyNotValid:
    return QStringLiteral("key_not_valid");
  case Ie1Verdict::BadSignature:
    return QStringLiteral("bad_signature");
  case Ie1Verdict::Expired:
    return QStringLiteral("expired");
  case Ie1Verdict::BadBody:
    return QStringLiteral("bad_body");
  }
  return QStringLiteral("not_ie1");
}

const refdata::PortalKey* Ie1Decoder::key(const QString& kid) const {
  for (const refdata::PortalKey& k : keys_) {
    if (k.kid == kid && k.alg == u"Ed25519")
      return &k;
  }
  return nullptr;
}

Ie1Outcome Ie1Decoder::decode(QStringView text, qint64 nowSeconds) const {
  if (!text.startsWith(kPrefix))
    return outcome(Ie1Verdict::NotIe1);
  const auto compressed = Base45::decode(text.sliced(kPrefix.size()));
  if (!compressed)
    return outcome(Ie1Verdict::BadBase45);
  const auto bytes = ZlibCodec::inflate(*compressed, kMaxEnvelopeBytes);
  if (!bytes)
    return outcome(bytes.error().kind == ErrorKind::TooLarge ? Ie1Verdict::TooLarge
                                                             : Ie1Verdict::BadZlib);
  const auto envelope = Ie1Envelope::parse(*bytes);
  if (!envelope)
    return outcome(Ie1Verdict::BadEnvelope);
  const QString& kid = envelope->kid;
  const refdata::PortalKey* portalKey = key(kid);
  if (!portalKey)
    return outcome(Ie1Verdict::UnknownKey, kid);
  // Nothing in the body is looked at before the signature holds.
  if (!crypto::Ed25519::verify(portalKey->publicKey, envelope->signedBytes, envelope->signature))
    return outcome(Ie1Verdict::BadSignature, kid);
  std::optional<PreRegistration> pre = parseBody(envelope->body, kid);
  if (!pre)
    return outcome(Ie1Verdict::BadBody, kid);
  if (pre->iat < portalKey->notBefore || pre->iat > portalKey->notAfter)
    return outcome(Ie1Verdict::KeyNotValid, kid, std::move(pre));
  if (nowSeconds > pre->exp + options_.expiryToleranceSeconds)
    return outcome(Ie1Verdict::Expired, kid, std::move(pre));
  return outcome(Ie1Verdict::Valid, kid, std::move(pre));
}

} // namespace camie::scan
