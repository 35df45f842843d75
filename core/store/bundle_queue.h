// BundleQueue: the queue's side of USB bundles, for drives with no network.
// Export picks sealed records (the copies sealed to the registry — safe on a
// USB stick) and, once the bundle file is safely written, marks them
// `exported`; import on a connected kiosk queues another kiosk's records as
// sealed, keeping its id as their origin. Each is one transaction: all or
// nothing, one audit entry per record.
#pragma once

#include "core/store/outgoing_queue.h"

namespace camie::store {

struct ImportSummary {
  int imported = 0;       // queued now (new, or a later revision of one here)
  int alreadyPresent = 0; // a record with the same id is in this database already
};

class BundleQueue {
public:
  BundleQueue(SqliteDatabase& db, const Clock& clock);

  // Where the previous page of exportable() ended (the last record's capture
  // time and id); the first page starts at the beginning.
  struct Cursor {
    qint64 capturedAt = -1;
    QString id;
  };

  // The next records after `after`, oldest first, within `maxRecords` and
  // about `maxBytes` of bundle: sealed records, those stuck in flight (lease
  // expired or batch unanswered: the registry ignores a second copy) and,
  // with `includeExported`, those written to an earlier bundle whose fate the
  // registry has not told yet (a lost or broken stick).
  [[nodiscard]] Result<QList<OutgoingRecord>> exportable(bool includeExported, const Cursor& after,
                                                         int maxRecords, qint64 maxBytes);
  // How many records exportable() would give in all.
  [[nodiscard]] Result<qint64> exportableCount(bool includeExported);
  // sealed | sending | exported → exported, in bundle `bundleId`; the first
  // status look-up is due at once. A record that sync answered meanwhile is
  // left as it is (the bundle's copy is then a harmless duplicate). Returns
  // how many were marked.
  [[nodiscard]] Result<int> markExported(const QStringList& ids, const QString& bundleId,
                                         const QString& actor);
  // Queues the records of bundle `bundleId` from kiosk `originDevice`. A
  // record whose id is already here is left as it is — unless the bundle
  // holds a later revision (corrected after a rejection) and the one here is
  // not in flight or done: then the later revision replaces it.
  // `signer`: the signing certificate's fingerprint, for the audit log.
  [[nodiscard]] Result<ImportSummary> import(const QString& bundleId, const QString& originDevice,
                                             const QString& signer,
                                             const QList<OutgoingRecord>& records,
                                             const QString& actor);
  // exported → sealed: this kiosk sends them itself after all. Returns how many.
  [[nodiscard]] Result<int> requeueExported(const QString& actor);

private:
  SqliteDatabase& db_;
  const Clock& clock_;
};

} // namespace camie::store
