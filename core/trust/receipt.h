// Receipt: the registry's signature on an acceptance (TRUST.md). An
// `accepted` or `duplicate` result carries
//
//   "receipt": {"kid": "<root kid>", "sig": "<base64 Ed25519 over the UTF-8 of
//               camie-receipt/v1 {id} {revision} {status} {registrationNumber}>"}
//
// and settles a record only when it verifies under a pinned root; the kiosk
// keeps it with the record, and only a record with one is ever purged.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/trust/registry_roots.h"

#include <QJsonObject>

#include <optional>

namespace camie::trust {

struct Receipt {
  QString kid;
  QByteArray signature; // raw 64 bytes

  // {"kid", "sig"} as the registry writes it; nullopt when `value` is not
  // such an object (a missing receipt reads the same as a malformed one).
  static std::optional<Receipt> fromJson(const QJsonValue& value);
  QJsonObject toJson() const;

  // What is signed: "camie-receipt/v1 {id} {revision} {status} {number}".
  static QByteArray message(const QString& id, int revision, const QString& status,
                            const QString& registrationNumber);
  // Errors: "receipt_unknown_root", "receipt_root_not_valid" (at `nowSeconds`),
  // "receipt_bad_signature".
  [[nodiscard]] Result<void> verify(const RegistryRoots& roots, const QString& id, int revision,
                                    const QString& status, const QString& registrationNumber,
                                    qint64 nowSeconds) const;
  // Signs as the registry does (camdx-sim). Errors: those of Ed25519::sign.
  [[nodiscard]] static Result<Receipt> sign(const QString& kid,
                                            const crypto::SecureBytes& rootPrivateKey,
                                            const QString& id, int revision, const QString& status,
                                            const QString& registrationNumber);
};

} // namespace camie::trust
