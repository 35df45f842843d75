#include "core/sync/sync_runner.h"

#include "core/logging/log_categories.h"
#include "core/store/audit_log.h"
#include "core/store/retention_purge.h"
#include "core/util/uuid7.h"

#include <QJsonDocument>

#include <future>

namespace camie::sync {

struct SyncRunner::Answered {
  QString batchId;
  store::AuditAnchor anchor; // the batch carried it: noted with the answer
  QList<store::OutgoingRecord> records;
  BatchAnswer answer;
};

SyncRunner::SyncRunner(store::SqliteDatabase& db, const Clock& clock, RegistryApi& client,
                       SyncSettings settings, QString deviceId, int retentionDays, quint64 seed)
    : db_(db), clock_(clock), client_(client), settings_(std::move(settings)),
      deviceId_(std::move(deviceId)), retentionDays_(retentionDays),
      queue_(db, clock, retentionDays), random_(seed),
      batchRecords_(qMax(1, settings_.batchRecords)) {}

SyncRunner::~SyncRunner() = default;

double SyncRunner::random01() {
  return std::uniform_real_distribution<double>(0.0, 1.0)(random_);
}

bool SyncRunner::isPermanent(const SyncFailure& f) {
  using K = ErrorKind;
  switch (f.error.kind) {
  case K::Tls:
  case K::PlainHttpRefused:
  case K::BadEndpoint:
  case K::RegistryRefused:
  case K::ProxyFailed:
  case K::ResolveFailed:
  case K::AuditRegressed:
    return true;
  case K::XRoadError:
    return f.httpStatus == 400;
  default:
    return false;
  }
}

QString SyncRunner::receiptProblem(const trust::RegistryRoots& roots, const RecordResult& r,
                                   qint64 nowSeconds) {
  if (r.status != RecordAnswer::Accepted && r.status != RecordAnswer::Duplicate)
    return {}; // nothing to settle, nothing to check
  if (!r.receipt)
    return QStringLiteral("no receipt");
  if (!r.revision)
    return QStringLiteral("no revision to check the receipt against");
  auto verified = r.receipt->verify(roots, r.id, *r.revision, toString(r.status),
                                    r.registrationNumber, nowSeconds);
  return verified ? QString() : verified.error().code;
}

store::Resolution SyncRunner::resolve(const RecordResult& r, int attempts,
                                      std::optional<qint64> retryAfterMs, bool* unverified) {
  using S = store::RecordStatus;
  const qint64 now = clock_.nowMs();
  const std::optional<S> settled = settledStatus(r.status);
  if (settled == S::Accepted || settled == S::Duplicate) {
    // Settled only with the registry's signature on it (TRUST.md).
    if (const QString problem = receiptProblem(settings_.roots, r, now / 1000);
        !problem.isEmpty()) {
      qCWarning(lcSync).noquote() << "record" << r.id << "answered" << toString(r.status)
                                  << "without a valid receipt (" + problem + "): kept queued";
      if (unverified)
        *unverified = true;
      return {r.id,
              S::Sealed,
              {},
              {},
              now + backoff_.delayMs(attempts, std::nullopt, random01()),
              std::nullopt};
    }
    const QString receipt =
        QString::fromUtf8(QJsonDocument(r.receipt->toJson()).toJson(QJsonDocument::Compact));
    return {r.id, *settled, r.registrationNumber, {}, std::nullopt, r.revision, receipt};
  }
  if (settled == S::Rejected)
    return {r.id,         S::Rejected,
            {},           QString::fromUtf8(QJsonDocument(r.errors).toJson(QJsonDocument::Compact)),
            std::nullopt, r.revision};
  if (r.status == RecordAnswer::Unknown) // never arrived: send it again now
    return {r.id, S::Sealed, {}, {}, now, std::nullopt};
  return {
      r.id,        S::Sealed, {}, {}, now + backoff_.delayMs(attempts, retryAfterMs, random01()),
      std::nullopt};
}

void SyncRunner::count(const store::Resolution& r, DrainSummary& s) {
  switch (r.to) {
  case store::RecordStatus::Accepted:
    ++s.accepted;
    break;
  case store::RecordStatus::Duplicate:
    ++s.duplicate;
    break;
  case store::RecordStatus::Rejected:
    ++s.rejected;
    break;
  default:
    ++s.retried;
  }
}

bool SyncRunner::lookUp(const QStringList& ids, DrainSummary& summary) {
  ++summary.requests;
  ++summary.lookups;
  auto answer = client_.lookUpStatus(ids);
  if (!answer.ok()) {
    summary.lastFailure = answer.error();
    return false;
  }
  // Each record backs off by its own count of sends, kept in the store across drains.
  auto attempts = queue_.attempts(ids);
  if (!attempts) {
    summary.lastFailure = SyncFailure{attempts.error(), std::nullopt, false, 0};
    return false;
  }
  QList<store::Resolution> resolutions;
  for (const RecordResult& r : answer.value()) {
    bool unverified = false;
    resolutions.append(resolve(r, attempts->value(r.id, 1), std::nullopt, &unverified));
    summary.unverified += unverified ? 1 : 0;
  }
  auto applied = queue_.apply({}, {}, resolutions, kActor);
  if (!applied) {
    summary.lastFailure = SyncFailure{applied.error(), std::nullopt, false, 0};
    return false;
  }
  for (const auto& r : resolutions)
    count(r, summary);
  qCInfo(lcSync) << "looked up" << ids.size() << "records in flight";
  return true;
}

bool SyncRunner::requeue(const QString& batchId, const QList<store::OutgoingRecord>& records,
                         const SyncFailure& failure, DrainSummary& summary) {
  if (failure.mayHaveArrived) // the answer is lost, not the records: look them up first
    return queue_.markUnanswered(batchId).ok();
  QList<store::Resolution> back;
  const qint64 now = clock_.nowMs();
  for (const auto& r : records) {
    const qint64 next = failure.error.kind == ErrorKind::BatchTooLarge
                            ? now
                            : now + backoff_.delayMs(1, failure.retryAfterMs, random01());
    back.append({r.id, store::RecordStatus::Sealed, {}, {}, next});
  }
  auto applied = queue_.apply(batchId, {}, back, kActor);
  summary.retried += static_cast<int>(back.size());
  return applied.ok();
}

std::optional<SyncRunner::Leased> SyncRunner::lease(const QList<store::OutgoingRecord>& records,
                                                    DrainSummary& summary) {
  const qint64 now = clock_.nowMs();
  const QString batchId = Uuid7::generate(now);
  if (auto leased = queue_.lease(batchId, records, now + settings_.leaseSeconds * 1000LL, kActor);
      !leased) {
    summary.lastFailure = SyncFailure{leased.error(), std::nullopt, false, 0};
    settleAnswered(summary);
    return std::nullopt;
  }
  // The audit log's end as it stands after the lease: the registry refuses a
  // later batch whose log ends before it (TRUST.md, "The audit log is anchored").
  auto anchor = store::AuditLog(db_).lastAnchor();
  if (!anchor || !*anchor) {
    const SyncFailure f{anchor ? makeError(QStringLiteral("no_audit_log"),
                                           QStringLiteral("The audit log is empty."))
                               : anchor.error(),
                        std::nullopt, false, 0};
    summary.lastFailure = f;
    settleAnswered(summary);
    requeue(batchId, records, f, summary);
    return std::nullopt;
  }
  return Leased{batchId, records, **anchor, std::nullopt};
}

void SyncRunner::leaseNext() {
  auto pending = queue_.toLookUp(false, batchRecords_);
  if (!pending || !pending->isEmpty())
    return; // look-ups go first (and a failure here is met again by the drain)
  auto due = queue_.due(batchRecords_, settings_.batchBytes);
  if (!due || due->isEmpty())
    return;
  DrainSummary unused; // a failure leaves nothing leased, and the drain meets it again
  next_ = lease(*due, unused);
  if (next_) // its body too, so that it goes the moment the answer before it is in
    next_->prepared = client_.prepareBatch(wireBatch(*next_));
}

wire::Batch SyncRunner::wireBatch(const Leased& leased) const {
  wire::Batch batch{leased.batchId, deviceId_, leased.anchor.seq, leased.anchor.hash, {}};
  for (const auto& r : leased.records)
    batch.records.append(r);
  return batch;
}

void SyncRunner::withdrawNext() {
  if (!next_)
    return;
  const QString batchId = next_->batchId;
  next_.reset();
  if (auto withdrawn = queue_.withdraw(batchId, kActor); !withdrawn)
    qCWarning(lcSync) << "batch" << batchId
                      << "leased ahead could not be withdrawn:" << withdrawn.error().code
                      << "(its records are looked up instead)";
}

bool SyncRunner::upload(Leased leased, DrainSummary& summary) {
  const QString& batchId = leased.batchId;
  const QList<store::OutgoingRecord>& records = leased.records;
  const PreparedBatch prepared =
      leased.prepared ? std::move(*leased.prepared) : client_.prepareBatch(wireBatch(leased));
  ++summary.requests;
  ++summary.batches;
  // While this batch is on its way (the request runs on a helper thread; this
  // thread only prepares bodies meanwhile), the previous answer's receipts are
  // verified and it is applied here, and the next batch is leased and its
  // body made: nothing of the kiosk's own stands between two requests.
  auto sending =
      std::async(std::launch::async, [this, &prepared] { return client_.sendBatch(prepared); });
  const bool settled = settleAnswered(summary);
  if (settled)
    leaseNext();
  auto answer = sending.get();
  if (!answer.ok()) {
    withdrawNext();
    const SyncFailure& f = answer.error();
    summary.lastFailure = f;
    qCInfo(lcSync) << "batch" << batchId << "of" << records.size() << "failed:" << f.error.code;
    if (f.error.kind == ErrorKind::BatchTooLarge)
      batchRecords_ = qMax(1, qMin(batchRecords_, static_cast<int>(records.size())) / 2);
    requeue(batchId, records, f, summary);
    return false;
  }
  summary.bytesSent += answer.value().bytesSent;
  // The answer's records stay in flight (leased) until it is applied: a crash
  // before that leaves them to the look-up at the next start, as before.
  answered_ = std::make_unique<Answered>();
  answered_->batchId = batchId;
  answered_->anchor = leased.anchor;
  answered_->records = records;
  answered_->answer = std::move(answer.value());
  return settled;
}

bool SyncRunner::settleAnswered(DrainSummary& summary) {
  if (!answered_)
    return true;
  const std::unique_ptr<Answered> a = std::move(answered_);
  const QList<store::OutgoingRecord>& records = a->records;
  QList<store::Resolution> resolutions;
  int unverified = 0;
  for (qsizetype i = 0; i < records.size(); ++i) {
    bool noReceipt = false;
    // records.at(i).attempts was read before this send: this one is the next.
    auto resolution =
        resolve(a->answer.results.at(i), records.at(i).attempts + 1, std::nullopt, &noReceipt);
    if (noReceipt)
      ++unverified; // stays in flight: looked up (POST status) right after this batch
    else
      resolutions.append(std::move(resolution));
  }
  auto applied = queue_.apply(a->batchId, a->answer.xroadId, resolutions, kActor, a->anchor);
  if (!applied) {
    summary.lastFailure = SyncFailure{applied.error(), std::nullopt, false, 0};
    return false;
  }
  if (unverified > 0) {
    if (auto marked = queue_.markUnanswered(a->batchId); !marked) {
      summary.lastFailure = SyncFailure{marked.error(), std::nullopt, false, 0};
      return false;
    }
    summary.unverified += unverified;
    summary.retried += unverified;
  }
  for (const auto& r : resolutions)
    count(r, summary);
  qCInfo(lcSync) << "batch" << a->batchId << "answered for" << records.size() << "records";
  return true;
}

DrainSummary SyncRunner::drain(qint64 maxWaitMs, const Waiter& wait, bool startUp,
                               const ProgressFn& progress) {
  DrainSummary summary;
  const qint64 deadline = clock_.nowMs() + maxWaitMs;
  bool lookUpAll = startUp;
  int failuresInARow = 0;
  SyncProgress p;
  const auto queued = [this] {
    return queue_.count(store::RecordStatus::Sealed).value_or(0) +
           queue_.count(store::RecordStatus::Sending).value_or(0);
  };
  p.total = queued();

  for (;;) {
    bool ok = true;
    auto pending = queue_.toLookUp(lookUpAll, batchRecords_);
    if (!pending) {
      summary.stoppedBy = SyncFailure{pending.error(), std::nullopt, false, 0};
      break;
    }
    if (!pending->isEmpty()) {
      ok = settleAnswered(summary) && lookUp(*pending, summary);
    } else if (next_) {
      lookUpAll = false;
      Leased leased = std::move(*next_);
      next_.reset();
      ok = upload(std::move(leased), summary);
    } else {
      lookUpAll = false;
      auto due = queue_.due(batchRecords_, settings_.batchBytes);
      if (!due) {
        summary.stoppedBy = SyncFailure{due.error(), std::nullopt, false, 0};
        break;
      }
      if (due->isEmpty() && answered_) {
        // Nothing more to send: apply the last answer (its records may be due again).
        ok = settleAnswered(summary);
      } else if (due->isEmpty()) {
        // Records exported on a USB stick: has the registry got them yet?
        auto exported = queue_.exportedDue(batchRecords_);
        if (!exported) {
          summary.stoppedBy = SyncFailure{exported.error(), std::nullopt, false, 0};
          break;
        }
        if (!exported->isEmpty()) {
          if (lookUp(*exported, summary)) {
            failuresInARow = 0;
            continue;
          }
          const SyncFailure failure = summary.lastFailure.value_or(SyncFailure{});
          summary.stoppedBy = failure; // the queue itself is empty: retry at the next cycle
          break;
        }
        auto next = queue_.nextDueAt();
        if (!next || !*next) {
          summary.complete = next.ok();
          break;
        }
        const qint64 delay = **next - clock_.nowMs();
        if (clock_.nowMs() + delay > deadline || !wait(qMax<qint64>(delay, 1)))
          break;
        continue;
      } else {
        auto leased = lease(*due, summary);
        ok = leased && upload(std::move(*leased), summary);
      }
    }
    p.done = summary.accepted + summary.duplicate + summary.rejected;
    p.total = qMax(p.total, p.done + queued());
    if (progress)
      progress(p);
    if (ok) {
      failuresInARow = 0;
      continue;
    }
    withdrawNext(); // nothing waits leased through a backoff
    const SyncFailure failure = summary.lastFailure.value_or(SyncFailure{});
    if (isPermanent(failure)) {
      summary.stoppedBy = failure;
      break;
    }
    // A transient failure: wait before the next request, unless that is past the deadline.
    ++failuresInARow;
    if (failure.error.kind == ErrorKind::BatchTooLarge && batchRecords_ > 1)
      continue;
    const qint64 delay = backoff_.delayMs(failuresInARow, failure.retryAfterMs, random01());
    if (clock_.nowMs() + delay > deadline || !wait(qMax<qint64>(delay, 1))) {
      summary.stoppedBy = failure;
      break;
    }
  }
  // However the drain stopped, a batch leased ahead goes back and an answer
  // received is applied.
  withdrawNext();
  if (!settleAnswered(summary) && !summary.stoppedBy)
    summary.stoppedBy = summary.lastFailure;
  summary.remaining = queued();
  // Retention runs whether or not the registry could be reached.
  if (auto purged = store::purgeExpiredRecords(db_, clock_, retentionDays_))
    summary.purged = purged->purged;
  else
    qCWarning(lcSync).noquote() << "retention purge failed:" << purged.error().code
                                << purged.error().message;
  return summary;
}

} // namespace camie::sync
