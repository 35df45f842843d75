// TestRegistry: a registry key pair made at test time and the reference
// documents a kiosk needs (the real gazetteer, a keys document with that
// key), so tests can finalise registrations and open what was sealed.
#pragma once

#include "core/crypto/x25519_key_pair.h"
#include "core/refdata/reference_set.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::test {

inline QByteArray gazetteerJson() {
  static const QByteArray json = [] {
    QFile f(QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
  }();
  return json;
}

inline crypto::X25519KeyPair newRegistryKey() {
  auto k = crypto::X25519KeyPair::generate();
  REQUIRE(k.ok());
  return std::move(*k);
}

struct TestRegistry {
  crypto::X25519KeyPair key = newRegistryKey();
  QString kid = QStringLiteral("reg-test-01");
  QString suite = QStringLiteral("X25519-SHA256-AES128GCM");

  // When set, the keys document to use instead (e.g. camdx-sim's own).
  QByteArray keysOverride;

  QByteArray keysJson() const {
    if (!keysOverride.isEmpty())
      return keysOverride;
    const QJsonObject registryKey{
        {QStringLiteral("kid"), kid},
        {QStringLiteral("suite"), suite},
        {QStringLiteral("public"), QString::fromLatin1(key.publicKey.toBase64())},
        {QStringLiteral("not_before"), 1735689600}, // 2025-01-01
        {QStringLiteral("not_after"), 1893456000}}; // 2030-01-01
    return QJsonDocument(QJsonObject{{QStringLiteral("registry"), QJsonArray{registryKey}},
                                     {QStringLiteral("portal"), QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
  }

  refdata::ReferenceSet reference() const {
    static const auto gazetteer = [] {
      auto g = domain::Gazetteer::fromJson(gazetteerJson());
      REQUIRE(g.ok());
      return *g;
    }();
    auto set = refdata::ReferenceSet::fromDocuments({}, {}, keysJson());
    REQUIRE(set.ok());
    set->gazetteer = gazetteer;
    return std::move(*set);
  }
};

} // namespace camie::test
