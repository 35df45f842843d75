// ReferenceDataStore: the registry's reference documents as last fetched or
// loaded — form, gazetteer, keys, occupations — with their ETag, so the sync
// engine can ask for them with If-None-Match. The keys document is kept as
// the registry signed it, after its envelope verified (acceptKeys).
#pragma once

#include "core/refdata/reference_set.h"
#include "core/trust/signed_keys.h"
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

  // The only way a keys document enters the kiosk (TRUST.md): verifies the
  // signed envelope (`source` names it in errors) against `roots` and the
  // serial held, stores the signed document and removes every recovery slot
  // whose key is no longer in it — one transaction, audited. Errors: those
  // of trust::SignedKeys::verify, storage errors.
  [[nodiscard]] Result<trust::VerifiedKeys> acceptKeys(QByteArrayView envelope,
                                                       const trust::RegistryRoots& roots,
                                                       const QString& etag, qint64 nowMs,
                                                       const QString& actor, const QString& source);
  // The form, the gazetteer and the keys held, parsed (a document not held
  // yet is left empty: ReferenceSet::fromDocuments) — as the kiosk's store
  // thread and camie-kioskctl both load them.
  [[nodiscard]] Result<refdata::ReferenceSet> referenceSet();
  // The serial of the keys document held; 0 when none is.
  [[nodiscard]] Result<qint64> keysSerial();

private:
  Result<void> putInTransaction(const ReferenceDocument& document, const QString& actor);

  SqliteDatabase& db_;
};

} // namespace camie::store
