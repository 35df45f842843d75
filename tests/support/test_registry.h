// TestRegistry: a registry key pair made at test time and the reference
// documents a kiosk needs (the real gazetteer, a keys document with that
// key), so tests can finalise registrations and open what was sealed.
#pragma once

#include "core/crypto/ed25519.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/refdata/reference_set.h"
#include "core/trust/receipt.h"
#include "core/trust/signed_keys.h"

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

// The registry root key of the tests (one per process): it signs the keys
// documents and receipts of TestRegistry and the fake registries.
inline const crypto::Ed25519::KeyPair& testRootKey() {
  static const crypto::Ed25519::KeyPair key = [] {
    auto k = crypto::Ed25519::generate();
    REQUIRE(k.ok());
    return std::move(*k);
  }();
  return key;
}
inline QString testRootKid() {
  return QStringLiteral("root-test");
}
inline trust::RegistryRoots testRoots() {
  auto roots = trust::RegistryRoots::fromJson(
      trust::RegistryRoots::toJson(
          {{testRootKid(), testRootKey().publicKey, 1704067200, 2082758400, {}}}),
      QStringLiteral("test roots"));
  REQUIRE(roots.ok());
  return std::move(*roots);
}
// {"roots": [the test root]}, for a kiosk's trust/registry_roots.
inline QByteArray testRootsJson() {
  return trust::RegistryRoots::toJson(
      {{testRootKid(), testRootKey().publicKey, 1704067200, 2082758400, {}}});
}
// The receipt the registry signs for an accepted or duplicate result.
inline trust::Receipt testReceipt(const QString& id, int revision, const QString& status,
                                  const QString& number) {
  auto r =
      trust::Receipt::sign(testRootKid(), testRootKey().privateKey, id, revision, status, number);
  REQUIRE(r.ok());
  return *r;
}

struct TestRegistry {
  crypto::X25519KeyPair key = newRegistryKey();
  QString kid = QStringLiteral("reg-test-01");
  QString suite = QStringLiteral("X25519-SHA256-AES128GCM");

  qint64 serial = 1;

  // When set, the keys document to use instead (e.g. camdx-sim's own, whose
  // signed document keysJson() returns).
  QByteArray keysOverride;

  // The keys document as the registry signs it (with serial and issued_at).
  QByteArray keysJson() const {
    if (!keysOverride.isEmpty()) {
      const QJsonObject envelope = QJsonDocument::fromJson(keysOverride).object();
      if (envelope.contains(QStringLiteral("document")))
        return QByteArray::fromBase64(
            envelope.value(QStringLiteral("document")).toString().toLatin1());
      return keysOverride;
    }
    const QJsonObject registryKey{
        {QStringLiteral("kid"), kid},
        {QStringLiteral("suite"), suite},
        {QStringLiteral("public"), QString::fromLatin1(key.publicKey.toBase64())},
        {QStringLiteral("not_before"), 1735689600}, // 2025-01-01
        {QStringLiteral("not_after"), 1893456000}}; // 2030-01-01
    return QJsonDocument(QJsonObject{{QStringLiteral("registry"), QJsonArray{registryKey}},
                                     {QStringLiteral("portal"), QJsonArray{}},
                                     {QStringLiteral("serial"), serial},
                                     {QStringLiteral("issued_at"), 1767225600}}) // 2026-01-01
        .toJson(QJsonDocument::Compact);
  }

  // The envelope GET reference/keys answers and `refdata load keys` takes:
  // keysJson() signed by the test root.
  QByteArray signedKeysJson() const {
    if (!keysOverride.isEmpty() &&
        QJsonDocument::fromJson(keysOverride).object().contains(QStringLiteral("document")))
      return keysOverride;
    auto envelope = trust::SignedKeys::sign(keysJson(), testRootKid(), testRootKey().privateKey);
    REQUIRE(envelope.ok());
    return *envelope;
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
