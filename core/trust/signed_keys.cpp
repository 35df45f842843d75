#include "core/trust/signed_keys.h"

#include "core/crypto/ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::trust {
namespace {

Error refused(const char* code, const QString& source, const QString& why) {
  return makeError(QString::fromLatin1(code),
                   QStringLiteral("The keys document from %1 is refused: %2.").arg(source, why));
}

constexpr qsizetype kMaxSignatures = 16;

} // namespace

Result<VerifiedKeys> SignedKeys::verify(QByteArrayView body, const RegistryRoots& roots,
                                        qint64 storedSerial, const QString& source) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return refused("keys_bad_envelope", source, QStringLiteral("it is not a JSON object"));
  const QJsonObject o = doc.object();
  if (!o.contains(QStringLiteral("document")) && o.contains(QStringLiteral("registry")))
    return refused("keys_unsigned", source,
                   QStringLiteral("it is not signed (the old unsigned shape); the kiosk takes "
                                  "only a keys document signed by a registry root key"));
  auto decoded =
      QByteArray::fromBase64Encoding(o.value(QStringLiteral("document")).toString().toLatin1(),
                                     QByteArray::AbortOnBase64DecodingErrors);
  if (!o.value(QStringLiteral("document")).isString() || !decoded || decoded.decoded.isEmpty())
    return refused("keys_bad_envelope", source,
                   QStringLiteral("\"document\" is missing or not base64"));
  const QJsonValue signatures = o.value(QStringLiteral("signatures"));
  if (!signatures.isArray() || signatures.toArray().isEmpty())
    return refused("keys_unsigned", source, QStringLiteral("it carries no signature"));
  if (signatures.toArray().size() > kMaxSignatures)
    return refused("keys_bad_envelope", source, QStringLiteral("it has too many signatures"));
  if (roots.isEmpty())
    return refused("keys_no_roots", source,
                   QStringLiteral("no registry root key is installed (trust/registry_roots)"));

  // The document is parsed only to learn issued_at once a signature is
  // checked against a known root; nothing of it is used before it verifies.
  const QByteArray& bytes = decoded.decoded;
  QStringList unknown;
  const RegistryRoot* signer = nullptr;
  const RegistryRoot* badSignature = nullptr;
  for (const QJsonValue& v : signatures.toArray()) {
    const QJsonObject s = v.toObject();
    const QString kid = s.value(QStringLiteral("kid")).toString();
    const RegistryRoot* root = roots.find(kid);
    if (!root) {
      unknown << kid.left(100);
      continue;
    }
    auto sig = QByteArray::fromBase64Encoding(s.value(QStringLiteral("sig")).toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    if (sig && crypto::Ed25519::verify(root->publicKey, bytes, sig.decoded)) {
      signer = root;
      break;
    }
    badSignature = root;
  }
  if (!signer) {
    if (badSignature)
      return refused("keys_bad_signature", source,
                     QStringLiteral("the signature by root %1 does not verify (altered or "
                                    "forged)")
                         .arg(badSignature->kid));
    return refused("keys_unknown_root", source,
                   QStringLiteral("it is signed by %1, not by a root key this kiosk trusts")
                       .arg(unknown.isEmpty() ? QStringLiteral("no key")
                                              : QStringLiteral("unknown root ") +
                                                    unknown.join(QStringLiteral(", "))));
  }

  auto keys = refdata::PublishedKeys::fromJson(bytes);
  if (!keys)
    return refused("bad_keys", source, keys.error().message);
  if (!keys->serial() || !keys->issuedAt())
    return refused("bad_keys", source,
                   QStringLiteral("the signed document has no \"serial\" or \"issued_at\""));
  if (!signer->validAt(*keys->issuedAt()))
    return refused(
        "keys_root_not_valid", source,
        QStringLiteral("root %1 was not valid when the document was issued").arg(signer->kid));
  if (*keys->serial() < storedSerial)
    return refused("keys_rolled_back", source,
                   QStringLiteral("its serial %1 is lower than %2, the one this kiosk holds (a "
                                  "roll-back to an older key set)")
                       .arg(*keys->serial())
                       .arg(storedSerial));
  VerifiedKeys verified{bytes, std::move(*keys), 0, 0, signer->kid};
  verified.serial = *verified.keys.serial();
  verified.issuedAt = *verified.keys.issuedAt();
  return verified;
}

QByteArray SignedKeys::envelope(QByteArrayView document,
                                const QList<std::pair<QString, QByteArray>>& signatures) {
  QJsonArray list;
  for (const auto& [kid, sig] : signatures)
    list.append(QJsonObject{{QStringLiteral("kid"), kid},
                            {QStringLiteral("sig"), QString::fromLatin1(sig.toBase64())}});
  return QJsonDocument(QJsonObject{{QStringLiteral("document"),
                                    QString::fromLatin1(document.toByteArray().toBase64())},
                                   {QStringLiteral("signatures"), list}})
      .toJson(QJsonDocument::Compact);
}

Result<QByteArray> SignedKeys::sign(QByteArrayView document, const QString& kid,
                                    const crypto::SecureBytes& rootPrivateKey) {
  auto sig = crypto::Ed25519::sign(rootPrivateKey, document);
  if (!sig)
    return sig.error();
  return envelope(document, {{kid, *sig}});
}

} // namespace camie::trust
