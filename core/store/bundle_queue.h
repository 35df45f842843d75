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
  int imported = 0;       // queued now
  int alreadyPresent = 0; // a record with the same id is in this database already
};

class BundleQueue {
public:
  BundleQueue(SqliteDatabase& db, const Clock& clock);

  // Sealed records, oldest first (at most `limit`); with `includeExported`,
  // also those written to an earlier bundle whose fate the registry has not
  // told yet (a lost or broken stick).
  [[nodiscard]] Result<QList<OutgoingRecord>> exportable(bool includeExported, int limit);
  // sealed | exported → exported, in bundle `bundleId`; the first status
  // look-up is due at once.
  [[nodiscard]] Result<void> markExported(const QStringList& ids, const QString& bundleId,
                                          const QString& actor);
  // Queues the records of bundle `bundleId` from kiosk `originDevice`;
  // records whose id is already here are left as they are.
  [[nodiscard]] Result<ImportSummary> import(const QString& bundleId, const QString& originDevice,
                                             const QList<OutgoingRecord>& records,
                                             const QString& actor);
  // exported → sealed: this kiosk sends them itself after all. Returns how many.
  [[nodiscard]] Result<int> requeueExported(const QString& actor);

private:
  SqliteDatabase& db_;
  const Clock& clock_;
};

} // namespace camie::store
