#include "core/store/outgoing_queue.h"

#include "core/logging/log_categories.h"
#include "core/store/sqlite_database.h"

namespace camie::store {

QByteArray OutgoingRecord::columns(bool withAttempts, QByteArrayView table) {
  static constexpr const char* kColumns[] = {
      "id",          "revision",    "form_id",       "form_version",
      "operator_id", "captured_at", "sealed_key_id", "sealed_suite",
      "sealed_enc",  "sealed_ct",   "origin_device", "attempts"};
  const int count = withAttempts ? 12 : 11;
  QByteArray list;
  for (int i = 0; i < count; ++i) {
    if (i > 0)
      list += ", ";
    if (!table.isEmpty())
      list += table.toByteArray() + '.';
    list += kColumns[i];
  }
  return list;
}

OutgoingRecord OutgoingRecord::fromRow(const SqliteStatement& row, bool withAttempts) {
  return {{row.text(0),
           static_cast<int>(row.int64(1)),
           row.text(2),
           row.text(3),
           row.text(4),
           row.int64(5),
           {row.text(6), row.text(7), row.blob(8), row.blob(9)},
           row.text(10)},
          withAttempts ? static_cast<int>(row.int64(11)) : 0};
}

OutgoingQueue::OutgoingQueue(SqliteDatabase& db, const Clock& clock, int retentionDays)
    : db_(db), clock_(clock), records_(db, clock, retentionDays) {}

Result<QList<OutgoingRecord>> OutgoingQueue::due(int maxRecords, qint64 maxBytes) {
  static const QByteArray sql =
      "SELECT " + OutgoingRecord::columns(true) +
      " FROM records WHERE status = 'sealed' AND "
      "(next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY next_attempt_at, captured_at "
      "LIMIT ?";
  auto stmt = db_.prepare(sql.constData());
  if (!stmt)
    return stmt.error();
  stmt->bind(1, clock_.nowMs()).bind(2, maxRecords);
  QList<OutgoingRecord> records;
  qint64 bytes = 0;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    OutgoingRecord r = OutgoingRecord::fromRow(*stmt, true);
    if (!records.isEmpty() && bytes + r.approximateBytes() > maxBytes)
      break;
    bytes += r.approximateBytes();
    records.append(std::move(r));
  }
  return records;
}

Result<std::optional<qint64>> OutgoingQueue::nextDueAt() {
  auto stmt = db_.prepare("SELECT min(coalesce(next_attempt_at, 0)), count(*) FROM records "
                          "WHERE status = 'sealed'");
  if (!stmt)
    return stmt.error();
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (stmt->int64(1) == 0)
    return std::optional<qint64>();
  return std::optional<qint64>(stmt->int64(0));
}

Result<QStringList> OutgoingQueue::toLookUp(bool all, int limit) {
  auto stmt = db_.prepare(
      all ? "SELECT id FROM records WHERE status = 'sending' ORDER BY id LIMIT ?2"
          : "SELECT r.id FROM records AS r LEFT JOIN batches AS b ON b.id = r.batch_id "
            "WHERE r.status = 'sending' AND (r.lease_until < ?1 OR b.state = 'unanswered') "
            "ORDER BY r.id LIMIT ?2");
  if (!stmt)
    return stmt.error();
  if (!all)
    stmt->bind(1, clock_.nowMs());
  stmt->bind(2, limit);
  return stmt->texts();
}

Result<QStringList> OutgoingQueue::exportedDue(int limit) {
  auto stmt = db_.prepare("SELECT id FROM records WHERE status = 'exported' AND "
                          "(next_attempt_at IS NULL OR next_attempt_at <= ?) "
                          "ORDER BY next_attempt_at, id LIMIT ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, clock_.nowMs()).bind(2, limit);
  return stmt->texts();
}

Result<QHash<QString, int>> OutgoingQueue::attempts(const QStringList& ids) {
  auto stmt = db_.prepare("SELECT attempts FROM records WHERE id = ?");
  if (!stmt)
    return stmt.error();
  QHash<QString, int> out;
  for (const QString& id : ids) {
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (*row)
      out.insert(id, static_cast<int>(stmt->int64(0)));
    stmt->reset();
  }
  return out;
}

Result<qint64> OutgoingQueue::count(RecordStatus status) {
  auto stmt = db_.prepare("SELECT n FROM record_counts WHERE status = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, toString(status));
  auto row = stmt->step();
  if (!row)
    return row.error();
  return *row ? stmt->int64(0) : 0;
}

Result<void> OutgoingQueue::lease(const QString& batchId, const QList<OutgoingRecord>& records,
                                  qint64 leaseUntil, const QString& actor) {
  QStringList ids;
  for (const auto& r : records)
    ids << r.id;
  return records_.leaseBatch(batchId, ids, leaseUntil, actor);
}

Result<int> OutgoingQueue::withdraw(const QString& batchId, const QString& actor) {
  return records_.withdrawBatch(batchId, actor);
}

Result<void> OutgoingQueue::markUnanswered(const QString& batchId) {
  auto stmt = db_.prepare("UPDATE batches SET state = 'unanswered' WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, batchId);
  return stmt->run();
}

Result<int> OutgoingQueue::apply(const QString& batchId, const QString& xroadId,
                                 const QList<Resolution>& resolutions, const QString& actor,
                                 const std::optional<AuditAnchor>& anchorSent) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto inFlight = db_.prepare("SELECT status, exported_at, revision FROM records WHERE id = ?");
  if (!inFlight)
    return inFlight.error();
  auto later = db_.prepare("UPDATE records SET next_attempt_at = ? WHERE id = ?");
  if (!later)
    return later.error();
  int applied = 0;
  for (Resolution r : resolutions) {
    inFlight->bind(1, r.id);
    auto row = inFlight->step();
    if (!row)
      return row.error();
    const QString status = *row ? inFlight->text(0) : QString();
    const qint64 exportedAt = *row ? inFlight->int64(1) : 0;
    const int revision = *row ? static_cast<int>(inFlight->int64(2)) : 0;
    inFlight->reset();
    const qint64 now = clock_.nowMs();
    if (r.revision && *r.revision < revision && r.to != RecordStatus::Sealed) {
      // The answer is about an earlier revision (a correction has not
      // reached the registry yet): as if this one had not arrived.
      r = Resolution{r.id, RecordStatus::Sealed, {}, {}, now, std::nullopt};
    }
    if (status == u"exported" && r.to == RecordStatus::Sealed &&
        now - exportedAt < kExportedRequeueAfterMs) {
      // Not at the registry yet: the bundle is still on its way.
      later->bind(1, now + kExportedLookUpIntervalMs).bind(2, r.id);
      if (auto run = later->run(); !run)
        return run.error();
      continue;
    }
    if (status != u"sending" && status != u"exported")
      continue;
    // (An exported record the registry never got, long after: this kiosk sends it now.)
    const auto next = status == u"exported" && r.to == RecordStatus::Sealed
                          ? std::optional<qint64>(now)
                          : r.nextAttemptAt;
    if (auto done = records_.finishSendingInTransaction(r.id, r.to, r.registryNumber,
                                                        r.serverErrors, next, actor, r.receipt);
        !done)
      return done.error();
    ++applied;
  }
  if (!batchId.isEmpty()) {
    auto batch = db_.prepare("UPDATE batches SET state = 'answered', xroad_id = ?, "
                             "answered_at = ? WHERE id = ?");
    if (!batch)
      return batch.error();
    batch->bind(1, xroadId).bind(2, clock_.nowMs()).bind(3, batchId);
    if (auto run = batch->run(); !run)
      return run.error();
  }
  // In the answer's commit, not one of its own between two requests. Not
  // kept (an unreadable note) only weakens `audit verify`: the answer is
  // applied all the same.
  if (anchorSent) {
    if (auto noted = AuditLog(db_).noteAnchorSent(*anchorSent); !noted)
      qCWarning(lcStore) << "the audit anchor sent was not kept:" << noted.error().code;
  }
  if (auto committed = tx.commit(); !committed)
    return committed.error();
  return applied;
}

} // namespace camie::store
