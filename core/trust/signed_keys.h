// SignedKeys: the keys document as the registry sends it (TRUST.md) — an
// envelope with the document's bytes and Ed25519 signatures by the registry's
// root keys:
//
//   {"document": "<base64 of the keys JSON>",
//    "signatures": [{"kid": "root-2026", "sig": "<base64 Ed25519 over the bytes>"}]}
//
// The kiosk takes a keys document only through verify(): one signature must
// verify under a pinned root valid at the document's issued_at, and its
// serial must not be lower than the one the kiosk holds.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/refdata/published_keys.h"
#include "core/trust/registry_roots.h"

namespace camie::trust {

struct VerifiedKeys {
  QByteArray document; // the signed bytes (the keys JSON, with serial and issued_at)
  refdata::PublishedKeys keys;
  qint64 serial = 0;
  qint64 issuedAt = 0;
  QString rootKid; // the root whose signature verified
};

class SignedKeys {
public:
  // `source` names where the body came from in the error ("the registry's
  // answer", a file name). `storedSerial`: the serial of the document the
  // kiosk holds (0 when it holds none). Errors, each in words naming the
  // reason: "keys_unsigned" (the old, unsigned shape), "keys_bad_envelope",
  // "keys_no_roots", "keys_unknown_root", "keys_root_not_valid",
  // "keys_bad_signature", "keys_rolled_back", "bad_keys" (the document).
  [[nodiscard]] static Result<VerifiedKeys> verify(QByteArrayView body, const RegistryRoots& roots,
                                                   qint64 storedSerial, const QString& source);

  // The envelope of `document` signed by `kid` (camdx-sim, the registry's
  // tools). Errors: those of crypto::Ed25519::sign.
  [[nodiscard]] static Result<QByteArray> sign(QByteArrayView document, const QString& kid,
                                               const crypto::SecureBytes& rootPrivateKey);
  // An envelope with the given signatures as they are (kid, raw signature).
  static QByteArray envelope(QByteArrayView document,
                             const QList<std::pair<QString, QByteArray>>& signatures);
};

} // namespace camie::trust
