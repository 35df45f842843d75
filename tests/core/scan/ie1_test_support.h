// Helpers of the IE1 tests: portal keys made at test time, and envelopes
// built byte by byte (PREREG-QR.md) so each verdict can be produced on purpose.
#pragma once

#include "core/crypto/ed25519.h"
#include "core/refdata/published_keys.h"
#include "core/scan/base45.h"
#include "core/scan/zlib_codec.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

namespace camie::scan::test {

constexpr qint64 kNotBefore = 1735689600; // 2025-01-01
constexpr qint64 kNotAfter = 1767225600;  // 2026-01-01
constexpr qint64 kIat = 1737331200;       // 2025-01-20
constexpr qint64 kExp = 1745107200;       // 2025-04-20

inline crypto::Ed25519::KeyPair newKeyPair() {
  auto pair = crypto::Ed25519::generate();
  REQUIRE(pair.ok());
  return std::move(pair).value();
}

inline refdata::PortalKey portalKey(const QString& kid, const crypto::Ed25519::KeyPair& pair,
                                    qint64 notBefore = kNotBefore, qint64 notAfter = kNotAfter) {
  return {kid, QStringLiteral("Ed25519"), pair.publicKey, notBefore, notAfter};
}

inline QJsonObject sampleFields() {
  return {{QStringLiteral("category"), QStringLiteral("self_employed")},
          {QStringLiteral("name_km"), QStringLiteral("សុខ ដារា")},
          {QStringLiteral("name_en"), QStringLiteral("SOK Dara")},
          {QStringLiteral("phone"), QStringLiteral("012 345 678")}};
}

inline QByteArray bodyJson(const QJsonObject& body) {
  return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline QByteArray sampleBody(qint64 iat = kIat, qint64 exp = kExp) {
  return bodyJson({{QStringLiteral("v"), 1},
                   {QStringLiteral("prn"), QStringLiteral("PR-2025-000123")},
                   {QStringLiteral("iat"), iat},
                   {QStringLiteral("exp"), exp},
                   {QStringLiteral("fields"), sampleFields()}});
}

// k, kid, n (big-endian), body — the bytes the signature covers.
inline QByteArray signedPart(const QByteArray& kid, const QByteArray& body) {
  QByteArray out;
  out.append(static_cast<char>(kid.size()));
  out.append(kid);
  out.append(static_cast<char>(body.size() >> 8));
  out.append(static_cast<char>(body.size() & 0xFF));
  out.append(body);
  return out;
}

inline QByteArray envelope(const QByteArray& kid, const QByteArray& body,
                           const crypto::Ed25519::KeyPair& signer) {
  const QByteArray part = signedPart(kid, body);
  auto signature = crypto::Ed25519::sign(signer.privateKey, part);
  REQUIRE(signature.ok());
  return part + *signature;
}

// "IE1:" + base45(zlib(bytes)).
inline QString code(const QByteArray& envelopeBytes) {
  auto stream = ZlibCodec::deflate(envelopeBytes);
  REQUIRE(stream.ok());
  return QStringLiteral("IE1:") + Base45::encode(*stream);
}

} // namespace camie::scan::test
