// RootSigner: the simulator's own registry root key (TRUST.md) — an Ed25519
// key kept as a PEM file (--root-key, made at first start), whose public half
// is written as a roots file for the kiosks that trust this simulator. It
// signs the keys document (with a serial and issued_at) and a receipt for
// every accepted or duplicate result; for the scripted faults it also makes
// the wrong versions: unsigned, signed by an unknown root, rolled back,
// receipts missing or forged.
#pragma once

#include "core/crypto/ed25519.h"
#include "core/trust/registry_roots.h"

#include <QJsonArray>
#include <QString>

namespace camie::sim {

class RootSigner {
public:
  static constexpr qint64 kNotBefore = 1704067200; // 2024-01-01
  static constexpr qint64 kNotAfter = 2082758400;  // 2036-01-01

  enum class KeysFault { Unsigned, UnknownRoot, RolledBack };
  enum class ReceiptFault { Missing, Forged };

  // Reads the key at `path`, or makes one there (mode 0600). Errors:
  // "bad_portal_key" (an unusable file), "io_error", "crypto_failure".
  [[nodiscard]] static Result<RootSigner> open(const QString& path);

  static QString kid() { return QStringLiteral("root-sim-01"); }
  trust::RegistryRoot root() const;
  // {"roots": [this root]}, the file a kiosk's trust/registry_roots names.
  QByteArray rootsJson() const;

  // `keysJson` ({"registry", "portal"}) with "serial" (the number of
  // registry keys: it grows with every rotation) and "issued_at", in the
  // signed envelope.
  QByteArray signedKeys(const QByteArray& keysJson, qint64 issuedAt) const;
  // The same document gone wrong, for a scripted fault: unsigned (the old
  // shape), signed by a root no kiosk trusts, or validly signed with a
  // serial one lower (a roll-back).
  QByteArray faultyKeys(const QByteArray& keysJson, qint64 issuedAt, KeysFault fault) const;

  // Adds a receipt to every accepted or duplicate result of `results`.
  void addReceipts(QJsonArray& results) const;
  // Removes (Missing) or replaces with a signature by another key (Forged)
  // the receipt of every accepted or duplicate result.
  void spoilReceipts(QJsonArray& results, ReceiptFault fault) const;

private:
  RootSigner(crypto::Ed25519::KeyPair key, crypto::Ed25519::KeyPair rogue)
      : key_(std::move(key)), rogue_(std::move(rogue)) {}
  static QByteArray withSerial(const QByteArray& keysJson, qint64 issuedAt, qint64 serialOffset);

  crypto::Ed25519::KeyPair key_;
  crypto::Ed25519::KeyPair rogue_; // a key no kiosk trusts, made at each start
};

} // namespace camie::sim
