// OutgoingQueue: the sync engine's view of the queue — records due for
// upload (sealed copies only: it never needs the data key, so the queue
// drains while the kiosk is locked), records in flight whose answer must be
// looked up, and applying the registry's answers, one transaction per batch
// with one audit entry per record.
#pragma once

#include "core/store/audit_log.h"
#include "core/store/record_store.h"
#include "core/wire/sealed_record.h"

#include <QHash>

namespace camie::store {

class SqliteStatement;

// A queued record as it goes on the wire (originDevice: the kiosk that
// captured it, when it came in a bundle), with the queue's count of sends.
struct OutgoingRecord : wire::SealedRecord {
  int attempts = 0; // times sent since it was sealed (due(): before this send)
  // The one row reader of the records the sync engine and USB bundles take:
  // the columns to select (each prefixed with `table`'s alias and a dot when
  // one is given) — id, revision, form_id, form_version, operator_id,
  // captured_at, sealed_key_id, sealed_suite, sealed_enc, sealed_ct,
  // origin_device and, `withAttempts`, attempts — and the record on `row`'s
  // current row, selected so.
  static QByteArray columns(bool withAttempts, QByteArrayView table = {});
  static OutgoingRecord fromRow(const SqliteStatement& row, bool withAttempts);
  qint64 approximateBytes() const { return sealed.ciphertext.size() * 4 / 3 + 400; }
};

// What the registry said of one record, as the store applies it.
struct Resolution {
  QString id;
  RecordStatus to = RecordStatus::Sealed; // accepted, duplicate, rejected or sealed (retry)
  QString registryNumber;
  QString serverErrors;                // JSON array, for rejected
  std::optional<qint64> nextAttemptAt; // for sealed
  std::optional<int> revision = {};    // the revision the registry answered for, if it said
  QString receipt = {}; // accepted, duplicate: the verified receipt, {"kid", "sig"} JSON
};

class OutgoingQueue {
public:
  static constexpr qint64 kExportedLookUpIntervalMs = 30LL * 60 * 1000;
  // An exported record the registry still has not seen this long after the
  // export (a lost stick, a bundle never imported) goes back in the queue.
  static constexpr qint64 kExportedRequeueAfterMs = 7LL * 24 * 60 * 60 * 1000;

  OutgoingQueue(SqliteDatabase& db, const Clock& clock, int retentionDays);

  // Sealed records whose next attempt is due, oldest first, within both limits
  // (at least one record when any is due).
  [[nodiscard]] Result<QList<OutgoingRecord>> due(int maxRecords, qint64 maxBytes);
  // When the next sealed record becomes due; nullopt when none is queued.
  [[nodiscard]] Result<std::optional<qint64>> nextDueAt();
  // Records in flight to look up: those of unanswered batches or with an
  // expired lease, or — `all` — every one (at start-up, when no upload of
  // this process can be running).
  [[nodiscard]] Result<QStringList> toLookUp(bool all, int limit);
  [[nodiscard]] Result<qint64> count(RecordStatus status);
  // Records written to a USB bundle whose next look-up is due.
  [[nodiscard]] Result<QStringList> exportedDue(int limit);
  // How many times each of `ids` has been sent since it was sealed (the
  // per-record backoff's exponent); ids not found are left out.
  [[nodiscard]] Result<QHash<QString, int>> attempts(const QStringList& ids);

  // Leases `records` to a new batch (sealed → sending).
  [[nodiscard]] Result<void> lease(const QString& batchId, const QList<OutgoingRecord>& records,
                                   qint64 leaseUntil, const QString& actor);
  // A leased batch that was never sent goes back (RecordStore::withdrawBatch).
  [[nodiscard]] Result<int> withdraw(const QString& batchId, const QString& actor);
  // The request may have arrived but no answer came: look its records up.
  [[nodiscard]] Result<void> markUnanswered(const QString& batchId);
  // Applies answers to records still in flight (`sending`) or exported; any
  // other record is left alone (another process resolved it already).
  // `batchId` may be empty for answers of a status look-up. An exported record
  // the registry has not seen yet stays exported, to be looked up again after
  // kExportedLookUpIntervalMs, or sent by this kiosk after
  // kExportedRequeueAfterMs. `anchorSent`: the audit anchor the answered batch
  // carried, noted (AuditLog::noteAnchorSent) in the same transaction.
  [[nodiscard]] Result<int> apply(const QString& batchId, const QString& xroadId,
                                  const QList<Resolution>& resolutions, const QString& actor,
                                  const std::optional<AuditAnchor>& anchorSent = std::nullopt);

private:
  SqliteDatabase& db_;
  const Clock& clock_;
  RecordStore records_;
};

} // namespace camie::store
