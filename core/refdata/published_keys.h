// PublishedKeys: the `keys` reference document (API.md) — the registry's HPKE
// public keys that records are sealed to, and the portal's Ed25519 keys that
// sign pre-registration codes (PREREG-QR.md). Parsed strictly: a key with a
// bad length, an unknown suite, an empty validity window or a time that is
// not a whole number of seconds is an error. The document arrives signed
// (core/trust/signed_keys.h); this parses the signed bytes.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace camie::refdata {

struct RegistryKey {
  QString kid;
  QString suite;        // "X25519-SHA256-AES128GCM" or "X25519-SHA256-CHACHA20POLY1305"
  QByteArray publicKey; // raw 32-byte X25519
  qint64 notBefore = 0; // Unix seconds
  qint64 notAfter = 0;
  bool validAt(qint64 unixSeconds) const {
    return unixSeconds >= notBefore && unixSeconds <= notAfter;
  }
};

struct PortalKey {
  QString kid;
  QString alg;          // "Ed25519"
  QByteArray publicKey; // raw 32 bytes
  qint64 notBefore = 0;
  qint64 notAfter = 0;
};

class PublishedKeys {
public:
  [[nodiscard]] static Result<PublishedKeys> fromJson(QByteArrayView json);

  const QList<RegistryKey>& registry() const { return registry_; }
  const QList<PortalKey>& portal() const { return portal_; }
  // The document's serial (grows with every new document) and when the
  // registry issued it, Unix seconds; nullopt in a document without them.
  std::optional<qint64> serial() const { return serial_; }
  std::optional<qint64> issuedAt() const { return issuedAt_; }

  // The key new records are sealed to: the newest (latest not_before) valid now.
  std::optional<RegistryKey> sealingKeyAt(qint64 unixSeconds) const;
  const RegistryKey* registryKey(QStringView kid) const;
  const PortalKey* portalKey(QStringView kid) const;

private:
  QList<RegistryKey> registry_;
  QList<PortalKey> portal_;
  std::optional<qint64> serial_;
  std::optional<qint64> issuedAt_;
};

} // namespace camie::refdata
