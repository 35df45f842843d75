// SyncRunner: drains the queue to the registry, synchronously — resolve
// records whose answer was lost (status look-up), then send due records in
// batches, apply each answer in one transaction, back off on failure. One
// request at a time; the receipts of a batch's answer are verified on a
// helper thread while the next batch is sent, and while that send is on its
// way the answer is applied and the batch after it leased (the request runs
// on a helper thread; the database stays on this one). docs/performance.md,
// "Where the drain's time goes". The command line runs it directly (`sync
// --once`); SyncService runs it on a worker thread for the kiosk. It needs no data key: only sealed
// copies move.
#pragma once

#include "core/store/outgoing_queue.h"
#include "core/sync/backoff_policy.h"
#include "core/sync/registry_client.h"
#include "core/sync/sync_settings.h"

#include <functional>
#include <memory>
#include <optional>
#include <random>

namespace camie::store {
class ReferenceDataStore;
}

namespace camie::sync {

struct DrainSummary {
  int requests = 0;
  int batches = 0;
  int lookups = 0;
  int accepted = 0;
  int duplicate = 0;
  int rejected = 0;
  int retried = 0;    // answers that put a record back in the queue
  int unverified = 0; // accepted/duplicate answers without a valid receipt (retried)
  qint64 bytesSent = 0;
  qint64 remaining = 0;                 // records still queued or in flight at the end
  int purged = 0;                       // records whose retention passed, wiped at the end
  bool complete = false;                // the queue is empty
  std::optional<SyncFailure> stoppedBy; // why it stopped early, if it did
  std::optional<SyncFailure> lastFailure;
};

struct SyncProgress {
  qint64 done = 0;  // records answered for in this drain
  qint64 total = 0; // records queued when it started, plus any added since
};

class SyncRunner {
public:
  // Waits `ms` (really, or by advancing a fake clock); false to stop now.
  using Waiter = std::function<bool(qint64 ms)>;
  using ProgressFn = std::function<void(const SyncProgress&)>;

  SyncRunner(store::SqliteDatabase& db, const Clock& clock, RegistryApi& client,
             SyncSettings settings, QString deviceId, int retentionDays, quint64 seed);
  ~SyncRunner();
  SyncRunner(const SyncRunner&) = delete;
  SyncRunner& operator=(const SyncRunner&) = delete;

  // Drains until the queue is empty, a non-transient error, or the next
  // attempt is further away than `maxWaitMs`. `startUp`: this process has no
  // upload running, so every record still marked in flight is looked up.
  // Ends, however it stopped, with the retention purge (purgeExpiredRecords).
  DrainSummary drain(qint64 maxWaitMs, const Waiter& wait, bool startUp,
                     const ProgressFn& progress = {});

  // Fetches the reference documents with If-None-Match; a new document is
  // stored only if it parses — the keys document only if its signature
  // verifies under a pinned root and its serial does not go back. Returns how
  // many changed; `refused` (if given) gets the words of each refusal.
  Outcome<int> refreshReference(store::ReferenceDataStore& store, QStringList* refused = nullptr);

  int batchRecords() const { return batchRecords_; }
  // True for failures that waiting will not fix (certificates, settings).
  static bool isPermanent(const SyncFailure& failure);

private:
  // Who the audit log says did what the sync engine does.
  static inline const QString kActor = QStringLiteral("device");

  struct Answered; // a batch's answer, its receipts being verified
  struct Leased {  // a batch leased (on disk as in flight), not sent yet
    QString batchId;
    QList<store::OutgoingRecord> records;
    store::AuditAnchor anchor;             // the audit log's end after the lease
    std::optional<PreparedBatch> prepared; // its request body, when made ahead
  };

  bool lookUp(const QStringList& ids, DrainSummary& summary);
  // Leases `records` to a new batch. On failure (lastFailure set) nothing is
  // in flight: the records are as they were, or back off as a failed send.
  std::optional<Leased> lease(const QList<store::OutgoingRecord>& records, DrainSummary& summary);
  // Sends a leased batch; while it is out, applies the previous answer and
  // leases the next batch (leaseNext).
  bool upload(Leased batch, DrainSummary& summary);
  // Leases the batch after the one on its way and makes its body, if records
  // are due and none waits for a look-up, so that it goes out as soon as
  // that answer is in.
  void leaseNext();
  // The batch leased ahead goes back unsent, as if never leased (its records'
  // count of sends, hence their backoff, unchanged): the one before failed,
  // or the drain stops.
  void withdrawNext();
  // `attempts`: the record's sends since it was sealed, this one included (the
  // store keeps the count across drains), so a record the registry keeps
  // answering "retry" waits longer each time, up to the cap. `unverified` (if
  // given) is set when an acceptance lacks a valid receipt; the resolution is
  // then a retry.
  store::Resolution resolve(const RecordResult& result, int attempts,
                            std::optional<qint64> retryAfterMs, bool* unverified = nullptr);
  // Empty when `result`'s receipt verifies under the pinned roots at
  // `nowSeconds`, else why not.
  static QString receiptProblem(const trust::RegistryRoots& roots, const RecordResult& result,
                                qint64 nowSeconds);
  // Applies the last answer received, if there is one: its receipts verified,
  // then one transaction. False (lastFailure set) if that failed.
  bool settleAnswered(DrainSummary& summary);
  // The batch as it goes on the wire.
  wire::Batch wireBatch(const Leased& leased) const;
  bool requeue(const QString& batchId, const QList<store::OutgoingRecord>& records,
               const SyncFailure& failure, DrainSummary& summary);
  void count(const store::Resolution& r, DrainSummary& summary);
  double random01();

  store::SqliteDatabase& db_;
  const Clock& clock_;
  RegistryApi& client_;
  SyncSettings settings_;
  QString deviceId_;
  int retentionDays_;
  store::OutgoingQueue queue_;
  BackoffPolicy backoff_;
  std::mt19937_64 random_;
  int batchRecords_;
  std::unique_ptr<Answered> answered_;
  std::optional<Leased> next_;
};

} // namespace camie::sync
