#include "core/store/reference_data_store.h"

#include "core/store/audit_log.h"
#include "core/store/sqlite_database.h"

#include <QCryptographicHash>

namespace camie::store {

const QStringList& ReferenceDataStore::knownNames() {
  static const QStringList names = {QStringLiteral("form"), QStringLiteral("gazetteer"),
                                    QStringLiteral("keys"), QStringLiteral("occupations")};
  return names;
}

Result<void> ReferenceDataStore::put(const ReferenceDocument& document, const QString& actor) {
  if (!knownNames().contains(document.name))
    return makeError(QStringLiteral("unknown_reference_data"),
                     QStringLiteral("Unknown reference data \"%1\" (known: %2).")
                         .arg(document.name, knownNames().join(QStringLiteral(", "))));
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto stmt = db_.prepare("INSERT INTO reference_data (name, etag, body, fetched_at) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                          "etag = excluded.etag, body = excluded.body, "
                          "fetched_at = excluded.fetched_at");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, document.name).bind(2, document.etag).bind(3, document.body);
  stmt->bind(4, document.fetchedAt);
  if (auto r = stmt->run(); !r)
    return r;
  const QByteArray digest =
      QCryptographicHash::hash(document.body, QCryptographicHash::Sha256).toHex().left(16);
  if (auto r = AuditLog(db_).append(
          document.fetchedAt, actor, QStringLiteral("refdata.updated"), {},
          QStringLiteral("%1 sha256:%2").arg(document.name, QString::fromLatin1(digest)));
      !r)
    return r;
  return tx.commit();
}

Result<std::optional<ReferenceDocument>> ReferenceDataStore::get(const QString& name) {
  auto stmt = db_.prepare("SELECT etag, body, fetched_at FROM reference_data WHERE name = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, name);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<ReferenceDocument>();
  return std::optional<ReferenceDocument>(
      ReferenceDocument{name, stmt->text(0), stmt->blob(1), stmt->int64(2)});
}

} // namespace camie::store
