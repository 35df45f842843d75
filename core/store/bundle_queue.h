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
  int alreadyPresent = 0; // a record with the same id and revision (or later) is here already
  int refused = 0;        // would have replaced a record this kiosk made, or one another kiosk
                          // made, or is this kiosk's own: left out (audited, logged with its id)
};

// Where a bundle comes from, as its signature proved it.
struct BundleSource {
  QString bundleId;
  QString signerDevice;      // the kiosk that signed it (its certificate's serialNumber)
  QString signerFingerprint; // the signing certificate's SHA-256, for the audit log
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
  // Queues the records of a bundle; a record without an origin of its own
  // was made by the signer. This kiosk (`thisDevice`) takes nothing that
  // would overwrite its own work: a record it made (no origin here, or its
  // own id as origin) is never replaced. A record here from another kiosk is
  // replaced only by a later revision signed by that same kiosk, and only
  // while it is not in flight or done (corrected after a rejection). Records
  // with the same id and revision, or an older one, are skipped.
  [[nodiscard]] Result<ImportSummary> import(const BundleSource& source,
                                             const QList<OutgoingRecord>& records,
                                             const QString& thisDevice, const QString& actor);
  // exported → sealed: this kiosk sends them itself after all. Returns how many.
  [[nodiscard]] Result<int> requeueExported(const QString& actor);

private:
  SqliteDatabase& db_;
  const Clock& clock_;
};

} // namespace camie::store
