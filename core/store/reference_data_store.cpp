#include "core/store/reference_data_store.h"

#include "core/store/audit_log.h"
#include "core/store/sqlite_database.h"

#include <QCryptographicHash>

#include <utility>

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
  if (auto r = putInTransaction(document, actor); !r)
    return r;
  return tx.commit();
}

Result<void> ReferenceDataStore::putInTransaction(const ReferenceDocument& document,
                                                  const QString& actor) {
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
  return {};
}

Result<refdata::ReferenceSet> ReferenceDataStore::referenceSet() {
  QByteArray bodies[3];
  const char* names[3] = {"form", "gazetteer", "keys"};
  for (int i = 0; i < 3; ++i) {
    auto doc = get(QString::fromLatin1(names[i]));
    if (!doc)
      return doc.error();
    if (*doc)
      bodies[i] = (*doc)->body;
  }
  return refdata::ReferenceSet::fromDocuments(bodies[0], bodies[1], bodies[2]);
}

Result<qint64> ReferenceDataStore::keysSerial() {
  auto doc = get(QStringLiteral("keys"));
  if (!doc)
    return doc.error();
  if (!*doc)
    return 0;
  auto keys = refdata::PublishedKeys::fromJson((*doc)->body);
  return keys ? keys->serial().value_or(0) : 0;
}

Result<trust::VerifiedKeys> ReferenceDataStore::acceptKeys(QByteArrayView envelope,
                                                           const trust::RegistryRoots& roots,
                                                           const QString& etag, qint64 nowMs,
                                                           const QString& actor,
                                                           const QString& source) {
  auto serial = keysSerial();
  if (!serial)
    return serial.error();
  auto verified = trust::SignedKeys::verify(envelope, roots, *serial, source);
  if (!verified)
    return verified.error();
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  if (auto r = putInTransaction({QStringLiteral("keys"), etag, verified->document, nowMs}, actor);
      !r)
    return r.error();
  // A recovery slot sealed to a key that left the document goes (TRUST.md).
  QStringList kids;
  for (const refdata::RegistryKey& k : verified->keys.registry())
    kids << k.kid;
  auto stale = db_.prepare("SELECT id, key_id FROM key_slots WHERE kind = 'recovery'");
  if (!stale)
    return stale.error();
  QList<std::pair<qint64, QString>> gone;
  for (;;) {
    auto row = stale->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    if (!kids.contains(stale->text(1)))
      gone.append({stale->int64(0), stale->text(1)});
  }
  auto remove = db_.prepare("DELETE FROM key_slots WHERE id = ?");
  if (!remove)
    return remove.error();
  for (const auto& [id, kid] : std::as_const(gone)) {
    remove->bind(1, id);
    if (auto r = remove->run(); !r)
      return r.error();
    remove->reset();
    if (auto r = AuditLog(db_).append(nowMs, actor, QStringLiteral("key.recovery_slot_removed"), {},
                                      kid);
        !r)
      return r.error();
  }
  if (auto r = tx.commit(); !r)
    return r.error();
  return verified;
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
