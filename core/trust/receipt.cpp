#include "core/trust/receipt.h"

#include "core/crypto/ed25519.h"

namespace camie::trust {

std::optional<Receipt> Receipt::fromJson(const QJsonValue& value) {
  if (!value.isObject())
    return std::nullopt;
  const QJsonObject o = value.toObject();
  const QString kid = o.value(QStringLiteral("kid")).toString();
  auto sig = QByteArray::fromBase64Encoding(o.value(QStringLiteral("sig")).toString().toLatin1(),
                                            QByteArray::AbortOnBase64DecodingErrors);
  if (kid.isEmpty() || kid.size() > 100 || !sig || sig.decoded.size() != 64)
    return std::nullopt;
  return Receipt{kid, sig.decoded};
}

QJsonObject Receipt::toJson() const {
  return {{QStringLiteral("kid"), kid},
          {QStringLiteral("sig"), QString::fromLatin1(signature.toBase64())}};
}

QByteArray Receipt::message(const QString& id, int revision, const QString& status,
                            const QString& registrationNumber) {
  return QStringLiteral("camie-receipt/v1 %1 %2 %3 %4")
      .arg(id)
      .arg(revision)
      .arg(status, registrationNumber)
      .toUtf8();
}

Result<void> Receipt::verify(const RegistryRoots& roots, const QString& id, int revision,
                             const QString& status, const QString& registrationNumber,
                             qint64 nowSeconds) const {
  const RegistryRoot* root = roots.find(kid);
  if (!root)
    return makeError(QStringLiteral("receipt_unknown_root"),
                     QStringLiteral("The receipt is signed by %1, not by a root key this kiosk "
                                    "trusts.")
                         .arg(kid.left(100)));
  if (!root->validAt(nowSeconds))
    return makeError(QStringLiteral("receipt_root_not_valid"),
                     QStringLiteral("The receipt's root key %1 is not valid now.").arg(kid));
  if (!crypto::Ed25519::verify(root->publicKey, message(id, revision, status, registrationNumber),
                               signature))
    return makeError(QStringLiteral("receipt_bad_signature"),
                     QStringLiteral("The receipt's signature does not verify (forged, or for "
                                    "another record, revision, status or number)."));
  return {};
}

Result<Receipt> Receipt::sign(const QString& kid, const crypto::SecureBytes& rootPrivateKey,
                              const QString& id, int revision, const QString& status,
                              const QString& registrationNumber) {
  auto sig =
      crypto::Ed25519::sign(rootPrivateKey, message(id, revision, status, registrationNumber));
  if (!sig)
    return sig.error();
  return Receipt{kid, *sig};
}

} // namespace camie::trust
