#include "core/refdata/published_keys.h"

#include "core/util/json_number.h"
#include "core/wire/suite_names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::refdata {
namespace {

Error bad(const QString& what) {
  return makeError(ErrorKind::BadKeys,
                   QStringLiteral("The keys reference data is not valid: %1.").arg(what));
}

struct Common {
  QString kid;
  QByteArray publicKey;
  qint64 notBefore = 0;
  qint64 notAfter = 0;
};

Result<Common> parseCommon(const QJsonValue& value, const QString& where) {
  if (!value.isObject())
    return bad(QStringLiteral("%1 is not an object").arg(where));
  const QJsonObject o = value.toObject();
  Common c;
  c.kid = o.value(QStringLiteral("kid")).toString();
  if (c.kid.isEmpty() || c.kid.size() > 100)
    return bad(QStringLiteral("%1 has no kid").arg(where));
  const QString pub = o.value(QStringLiteral("public")).toString();
  auto decoded =
      QByteArray::fromBase64Encoding(pub.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded || decoded.decoded.size() != 32)
    return bad(QStringLiteral("key %1: public is not the base64 of 32 bytes").arg(c.kid));
  c.publicKey = decoded.decoded;
  const QJsonValue nb = o.value(QStringLiteral("not_before"));
  const QJsonValue na = o.value(QStringLiteral("not_after"));
  if (!nb.isDouble() || !na.isDouble())
    return bad(QStringLiteral("key %1: not_before and not_after must be numbers").arg(c.kid));
  // A double out of qint64's range must not be cast (undefined behaviour).
  const auto notBefore = jsonWholeNumber(nb);
  const auto notAfter = jsonWholeNumber(na);
  if (!notBefore || !notAfter)
    return bad(QStringLiteral("key %1: not_before and not_after must be whole Unix seconds from 0 "
                              "to 2^53")
                   .arg(c.kid));
  c.notBefore = *notBefore;
  c.notAfter = *notAfter;
  if (c.notAfter <= c.notBefore)
    return bad(QStringLiteral("key %1: not_after is not after not_before").arg(c.kid));
  return c;
}

} // namespace

Result<PublishedKeys> PublishedKeys::fromJson(QByteArrayView json) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return bad(QStringLiteral("not a JSON object"));
  const QJsonObject root = doc.object();
  PublishedKeys keys;
  // serial and issued_at: in every signed document (TRUST.md); optional here,
  // the envelope's verifier requires them.
  for (const auto& [name, field] :
       {std::pair{QStringLiteral("serial"), &PublishedKeys::serial_},
        std::pair{QStringLiteral("issued_at"), &PublishedKeys::issuedAt_}}) {
    const QJsonValue v = root.value(name);
    if (v.isUndefined())
      continue;
    const auto n = jsonWholeNumber(v);
    if (!n)
      return bad(QStringLiteral("\"%1\" is not a whole number from 0 to 2^53").arg(name));
    keys.*field = *n;
  }

  const QJsonValue registry = root.value(QStringLiteral("registry"));
  if (!registry.isArray())
    return bad(QStringLiteral("\"registry\" is missing or not a list"));
  for (const QJsonValue& v : registry.toArray()) {
    auto c = parseCommon(v, QStringLiteral("a registry key"));
    if (!c)
      return c.error();
    const QString suite = v.toObject().value(QStringLiteral("suite")).toString();
    if (!wire::isKnownSuite(suite))
      return bad(QStringLiteral("registry key %1: unknown suite").arg(c->kid));
    if (keys.registryKey(c->kid))
      return bad(QStringLiteral("registry key %1 appears twice").arg(c->kid));
    keys.registry_.append({c->kid, suite, c->publicKey, c->notBefore, c->notAfter});
  }

  const QJsonValue portal = root.value(QStringLiteral("portal"));
  if (!portal.isUndefined() && !portal.isArray())
    return bad(QStringLiteral("\"portal\" is not a list"));
  for (const QJsonValue& v : portal.toArray()) {
    auto c = parseCommon(v, QStringLiteral("a portal key"));
    if (!c)
      return c.error();
    const QString alg = v.toObject().value(QStringLiteral("alg")).toString();
    if (alg != u"Ed25519")
      return bad(QStringLiteral("portal key %1: alg must be Ed25519").arg(c->kid));
    if (keys.portalKey(c->kid))
      return bad(QStringLiteral("portal key %1 appears twice").arg(c->kid));
    keys.portal_.append({c->kid, alg, c->publicKey, c->notBefore, c->notAfter});
  }
  return keys;
}

std::optional<RegistryKey> PublishedKeys::sealingKeyAt(qint64 unixSeconds) const {
  std::optional<RegistryKey> best;
  for (const RegistryKey& k : registry_) {
    if (k.validAt(unixSeconds) && (!best || k.notBefore > best->notBefore))
      best = k;
  }
  return best;
}

const RegistryKey* PublishedKeys::registryKey(QStringView kid) const {
  for (const RegistryKey& k : registry_) {
    if (k.kid == kid)
      return &k;
  }
  return nullptr;
}

const PortalKey* PublishedKeys::portalKey(QStringView kid) const {
  for (const PortalKey& k : portal_) {
    if (k.kid == kid)
      return &k;
  }
  return nullptr;
}

} // namespace camie::refdata
