// ReferenceDocuments: the reference data camdx-sim serves — form, gazetteer
// and occupations read from files, keys from the keyring — each with a strong
// ETag for If-None-Match (API.md, GET reference/{name}).
#pragma once

#include "core/domain/form_schema.h"
#include "core/domain/gazetteer.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace camie::sim {

class ReferenceDocuments {
public:
  struct Document {
    QByteArray body;
    QByteArray etag; // "\"...\"", quotes included
  };

  // Reads and checks the three files: the form must parse as a FormSchema, the
  // gazetteer as a Gazetteer (a bare array of units is served wrapped as
  // {"version", "units"}, the version taken from the file name), occupations
  // as JSON. Errors name the file at fault.
  [[nodiscard]] static Result<ReferenceDocuments>
  load(const QString& formPath, const QString& gazetteerPath, const QString& occupationsPath);

  void setKeys(const QByteArray& keysJson);
  const Document* find(const QString& name) const; // nullptr for an unknown name

  const domain::FormSchema& form() const { return *form_; }
  const domain::Gazetteer& gazetteer() const { return *gazetteer_; }

  static QByteArray etagOf(const QByteArray& body);
  // RFC 9110 §13.1.2: "*" or any listed tag matching, weakly (W/ ignored).
  static bool matchesIfNoneMatch(const QByteArray& ifNoneMatch, const QByteArray& etag);

private:
  ReferenceDocuments() = default;
  void put(const QString& name, QByteArray body);

  QHash<QString, Document> documents_;
  std::optional<domain::FormSchema> form_;
  std::optional<domain::Gazetteer> gazetteer_;
};

} // namespace camie::sim
