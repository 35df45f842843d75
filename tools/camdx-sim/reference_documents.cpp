#include "tools/camdx-sim/reference_documents.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::sim {
namespace {

Result<QByteArray> readFile(const QString& path, const char* what) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("io_error"),
                     QStringLiteral("Cannot read the %1 file %2 (%3).")
                         .arg(QLatin1String(what), path, file.errorString()));
  return file.readAll();
}

Error invalid(const QString& path, const QString& why) {
  return makeError(QStringLiteral("bad_reference"), QStringLiteral("%1: %2").arg(path, why));
}

} // namespace

Result<ReferenceDocuments> ReferenceDocuments::load(const QString& formPath,
                                                    const QString& gazetteerPath,
                                                    const QString& occupationsPath) {
  ReferenceDocuments docs;
  auto form = readFile(formPath, "form");
  if (!form)
    return form.error();
  auto schema = domain::FormSchema::fromJson(*form);
  if (!schema)
    return invalid(formPath, schema.error().message);
  docs.form_ = std::move(*schema);
  docs.put(QStringLiteral("form"), *form);

  auto gazetteer = readFile(gazetteerPath, "gazetteer");
  if (!gazetteer)
    return gazetteer.error();
  auto units = domain::Gazetteer::fromJson(*gazetteer);
  if (!units)
    return invalid(gazetteerPath, units.error().message);
  docs.gazetteer_ = std::move(*units);
  const QJsonDocument gazetteerDoc = QJsonDocument::fromJson(*gazetteer);
  if (gazetteerDoc.isArray()) {
    QString version = QFileInfo(gazetteerPath).completeBaseName();
    version.remove(QStringLiteral("gazetteer-"));
    docs.put(QStringLiteral("gazetteer"),
             QJsonDocument(QJsonObject{{QStringLiteral("version"), version},
                                       {QStringLiteral("units"), gazetteerDoc.array()}})
                 .toJson(QJsonDocument::Compact));
  } else {
    docs.put(QStringLiteral("gazetteer"), *gazetteer);
  }

  auto occupations = readFile(occupationsPath, "occupations");
  if (!occupations)
    return occupations.error();
  QJsonParseError error{};
  QJsonDocument::fromJson(*occupations, &error);
  if (error.error != QJsonParseError::NoError)
    return invalid(occupationsPath, error.errorString());
  docs.put(QStringLiteral("occupations"), *occupations);
  return docs;
}

void ReferenceDocuments::setKeys(const QByteArray& keysJson) {
  put(QStringLiteral("keys"), keysJson);
}

const ReferenceDocuments::Document* ReferenceDocuments::find(const QString& name) const {
  const auto it = documents_.constFind(name);
  return it == documents_.constEnd() ? nullptr : &*it;
}

void ReferenceDocuments::put(const QString& name, QByteArray body) {
  const QByteArray etag = etagOf(body);
  documents_.insert(name, Document{std::move(body), etag});
}

QByteArray ReferenceDocuments::etagOf(const QByteArray& body) {
  const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
  return '"' +
         digest.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
         '"';
}

bool ReferenceDocuments::matchesIfNoneMatch(const QByteArray& ifNoneMatch, const QByteArray& etag) {
  for (QByteArray tag : ifNoneMatch.split(',')) {
    tag = tag.trimmed();
    if (tag == "*")
      return true;
    if (tag.startsWith("W/"))
      tag = tag.mid(2);
    if (!tag.isEmpty() && tag == etag)
      return true;
  }
  return false;
}

} // namespace camie::sim
