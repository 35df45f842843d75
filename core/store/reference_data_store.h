// ReferenceDataStore: the registry's reference documents as last fetched or
// loaded — form, gazetteer, keys, occupations — with their ETag, so the sync
// engine can ask for them with If-None-Match.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace camie::store {

class SqliteDatabase;

struct ReferenceDocument {
  QString name;
  QString etag;
  QByteArray body;
  qint64 fetchedAt = 0;
};

class ReferenceDataStore {
public:
  explicit ReferenceDataStore(SqliteDatabase& db) : db_(db) {}

  static const QStringList& knownNames(); // form, gazetteer, keys, occupations

  // Replaces the document (the caller has checked that it parses).
  [[nodiscard]] Result<void> put(const ReferenceDocument& document, const QString& actor);
  [[nodiscard]] Result<std::optional<ReferenceDocument>> get(const QString& name);

private:
  SqliteDatabase& db_;
};

} // namespace camie::store
