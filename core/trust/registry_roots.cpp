#include "core/trust/registry_roots.h"

#include "core/util/json_number.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::trust {
namespace {

Error bad(const QString& source, const QString& what) {
  return makeError(
      QStringLiteral("bad_roots"),
      QStringLiteral("The registry roots file %1 is not valid: %2.").arg(source, what));
}

} // namespace

Result<RegistryRoots> RegistryRoots::fromJson(QByteArrayView json, const QString& source) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return bad(source, QStringLiteral("not a JSON object"));
  const QJsonValue list = doc.object().value(QStringLiteral("roots"));
  if (!list.isArray() || list.toArray().isEmpty())
    return bad(source, QStringLiteral("\"roots\" is missing, empty or not a list"));
  RegistryRoots roots;
  roots.files_ << source;
  for (const QJsonValue& v : list.toArray()) {
    if (!v.isObject())
      return bad(source, QStringLiteral("a root is not an object"));
    const QJsonObject o = v.toObject();
    RegistryRoot root;
    root.source = source;
    root.kid = o.value(QStringLiteral("kid")).toString();
    if (root.kid.isEmpty() || root.kid.size() > 100)
      return bad(source, QStringLiteral("a root has no kid"));
    auto decoded =
        QByteArray::fromBase64Encoding(o.value(QStringLiteral("public")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
      return bad(source,
                 QStringLiteral("root %1: public is not the base64 of 32 bytes").arg(root.kid));
    root.publicKey = decoded.decoded;
    const auto nb = jsonWholeNumber(o.value(QStringLiteral("not_before")));
    const auto na = jsonWholeNumber(o.value(QStringLiteral("not_after")));
    if (!nb || !na)
      return bad(
          source,
          QStringLiteral("root %1: not_before and not_after must be Unix seconds").arg(root.kid));
    root.notBefore = *nb;
    root.notAfter = *na;
    if (root.notAfter <= root.notBefore)
      return bad(source,
                 QStringLiteral("root %1: not_after is not after not_before").arg(root.kid));
    if (roots.find(root.kid))
      return bad(source, QStringLiteral("root %1 appears twice").arg(root.kid));
    roots.roots_.append(std::move(root));
  }
  return roots;
}

Result<RegistryRoots> RegistryRoots::load(const QStringList& paths) {
  RegistryRoots all;
  for (const QString& path : paths) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
      return makeError(QStringLiteral("roots_unreadable"),
                       QStringLiteral("The registry roots file %1 cannot be read (%2).")
                           .arg(path, file.errorString()));
    auto one = fromJson(file.read(1 << 20), path);
    if (!one)
      return one.error();
    if (auto merged = all.merge(*one); !merged)
      return merged.error();
  }
  return all;
}

Result<void> RegistryRoots::merge(const RegistryRoots& other) {
  for (const RegistryRoot& root : other.roots_) {
    if (const RegistryRoot* known = find(root.kid)) {
      if (known->publicKey != root.publicKey)
        return bad(root.source,
                   QStringLiteral("root %1 has another key in %2").arg(root.kid, known->source));
      continue;
    }
    roots_.append(root);
  }
  files_ << other.files_;
  return {};
}

const RegistryRoot* RegistryRoots::find(QStringView kid) const {
  for (const RegistryRoot& r : roots_) {
    if (r.kid == kid)
      return &r;
  }
  return nullptr;
}

QByteArray RegistryRoots::toJson(const QList<RegistryRoot>& roots) {
  QJsonArray list;
  for (const RegistryRoot& r : roots)
    list.append(QJsonObject{{QStringLiteral("kid"), r.kid},
                            {QStringLiteral("public"), QString::fromLatin1(r.publicKey.toBase64())},
                            {QStringLiteral("not_before"), r.notBefore},
                            {QStringLiteral("not_after"), r.notAfter}});
  return QJsonDocument(QJsonObject{{QStringLiteral("roots"), list}})
      .toJson(QJsonDocument::Indented);
}

} // namespace camie::trust
