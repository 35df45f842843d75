#include "core/store/record_store.h"

#include "core/store/audit_log.h"
#include "core/store/sqlite_database.h"

namespace camie::store {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

Error illegal(const QString& id, std::optional<RecordStatus> from, RecordStatus to) {
  if (!from)
    return makeError(QStringLiteral("no_such_record"),
                     QStringLiteral("There is no record %1.").arg(id));
  return makeError(
      QStringLiteral("illegal_transition"),
      QStringLiteral("Record %1 cannot go from %2 to %3.").arg(id, toString(*from), toString(to)));
}

// Runs `body` inside one transaction; commits only if it succeeded.
template <typename Body>
Result<void> inTransaction(SqliteDatabase& db, Body&& body) {
  Transaction tx(db);
  if (!tx.began())
    return tx.began().error();
  if (auto r = body(); !r)
    return r;
  return tx.commit();
}

} // namespace

RecordStore::RecordStore(SqliteDatabase& db, const Clock& clock, int retentionDays)
    : db_(db), clock_(clock), retentionDays_(retentionDays) {}

QByteArray RecordStore::localAad(const QString& id, int revision, int localSchema) {
  return QStringLiteral("camie-local/v1 %1 %2 %3").arg(id).arg(revision).arg(localSchema).toUtf8();
}

Result<std::optional<RecordStatus>> RecordStore::checkTransition(const QString& id,
                                                                 RecordStatus to) {
  auto stmt = db_.prepare("SELECT status FROM records WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  std::optional<RecordStatus> from;
  if (*row)
    from = recordStatusFromString(stmt->text(0));
  if (!RecordLifecycle::allows(from, to))
    return illegal(id, from, to);
  return from;
}

Result<void> RecordStore::audit(const QString& actor, const QString& recordId,
                                std::optional<RecordStatus> from, RecordStatus to,
                                const QString& detail) {
  const QString action = QStringLiteral("record.%1").arg(toString(to));
  QString text =
      QStringLiteral("%1 -> %2").arg(from ? toString(*from) : QStringLiteral("new"), toString(to));
  if (!detail.isEmpty())
    text += u' ' + detail;
  return AuditLog(db_).append(clock_.nowMs(), actor, action, recordId, text);
}

Result<void> RecordStore::insert(const NewRecord& r, RecordStatus status,
                                 const QByteArray& localCopy, const SealedCopy* sealed,
                                 std::optional<qint64> capturedAt,
                                 std::optional<qint64> purgeAfter) {
  auto from = checkTransition(r.id, status);
  if (!from)
    return from.error();
  auto stmt =
      db_.prepare("INSERT INTO records (id, revision, status, form_id, form_version, operator_id, "
                  "created_at, updated_at, captured_at, next_attempt_at, local_schema, local_copy, "
                  "sealed_key_id, sealed_suite, sealed_enc, sealed_ct, purge_after) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt)
    return stmt.error();
  const qint64 now = clock_.nowMs();
  stmt->bind(1, r.id).bind(2, r.revision).bind(3, toString(status)).bind(4, r.formId);
  stmt->bind(5, r.formVersion).bind(6, r.operatorId).bind(7, now).bind(8, now);
  stmt->bind(9, capturedAt).bind(10, sealed ? std::optional<qint64>(now) : std::nullopt);
  stmt->bind(11, kLocalSchema).bind(12, localCopy);
  if (sealed) {
    stmt->bind(13, sealed->keyId).bind(14, sealed->suite).bind(15, sealed->enc);
    stmt->bind(16, sealed->ciphertext);
  }
  stmt->bind(17, purgeAfter);
  if (auto run = stmt->run(); !run)
    return run;
  return audit(r.operatorId, r.id, std::nullopt, status);
}

Result<void> RecordStore::noteDigests(const QString& id, const RecordDigests& digests,
                                      const std::optional<DuplicateOverride>& allowed) {
  if (auto r = DuplicateIndex(db_).replace(id, digests); !r)
    return r;
  if (!allowed)
    return {};
  return AuditLog(db_).append(clock_.nowMs(), allowed->supervisorId,
                              QStringLiteral("record.duplicate_allowed"), id,
                              QStringLiteral("same ID as ") + allowed->existingRecordId);
}

Result<void> RecordStore::auditCardCheck(const QString& id,
                                         const std::optional<domain::CardCheck>& card) {
  if (!card || card->differing.isEmpty())
    return {};
  // Which fields, never their values.
  return AuditLog(db_).append(clock_.nowMs(), card->confirmedBy,
                              QStringLiteral("record.card_differs_confirmed"), id,
                              card->differing.join(u','));
}

Result<void> RecordStore::createDraft(const NewRecord& record, const QByteArray& localCopy,
                                      std::optional<qint64> expiresAt) {
  return inTransaction(db_, [&] {
    return insert(record, RecordStatus::Draft, localCopy, nullptr, std::nullopt, expiresAt);
  });
}

Result<void> RecordStore::createSealed(const NewRecord& record, const QByteArray& localCopy,
                                       const SealedCopy& sealed, qint64 capturedAt,
                                       const RecordDigests& digests,
                                       const std::optional<DuplicateOverride>& allowed,
                                       const std::optional<domain::CardCheck>& card) {
  return inTransaction(db_, [&]() -> Result<void> {
    if (auto r = insert(record, RecordStatus::Sealed, localCopy, &sealed, capturedAt); !r)
      return r;
    if (auto r = noteDigests(record.id, digests, allowed); !r)
      return r;
    return auditCardCheck(record.id, card);
  });
}

Result<void> RecordStore::saveDraft(const QString& id, const QByteArray& localCopy,
                                    const QString& actor, std::optional<qint64> expiresAt) {
  return inTransaction(db_, [&]() -> Result<void> {
    auto from = checkTransition(id, RecordStatus::Draft);
    if (!from)
      return from.error();
    if (!*from)
      return illegal(id, std::nullopt, RecordStatus::Draft);
    auto stmt = db_.prepare("UPDATE records SET local_copy = ?, updated_at = ?, "
                            "purge_after = coalesce(?, purge_after) WHERE id = ?");
    if (!stmt)
      return stmt.error();
    stmt->bind(1, localCopy).bind(2, clock_.nowMs()).bind(3, expiresAt).bind(4, id);
    if (auto run = stmt->run(); !run)
      return run;
    return audit(actor, id, *from, RecordStatus::Draft);
  });
}

Result<void> RecordStore::seal(const QString& id, const QByteArray& localCopy,
                               const SealedCopy& sealed, qint64 capturedAt, const QString& actor,
                               const RecordDigests& digests,
                               const std::optional<DuplicateOverride>& allowed,
                               const std::optional<domain::CardCheck>& card) {
  return inTransaction(db_, [&]() -> Result<void> {
    auto from = checkTransition(id, RecordStatus::Sealed);
    if (!from)
      return from.error();
    if (!*from)
      return illegal(id, std::nullopt, RecordStatus::Sealed);
    auto stmt = db_.prepare(
        "UPDATE records SET status = 'sealed', local_copy = ?, sealed_key_id = ?, "
        "sealed_suite = ?, sealed_enc = ?, sealed_ct = ?, captured_at = ?, updated_at = ?, "
        "next_attempt_at = ?, attempts = 0, server_errors = NULL, purge_after = NULL "
        "WHERE id = ?");
    if (!stmt)
      return stmt.error();
    const qint64 now = clock_.nowMs();
    stmt->bind(1, localCopy).bind(2, sealed.keyId).bind(3, sealed.suite).bind(4, sealed.enc);
    stmt->bind(5, sealed.ciphertext).bind(6, capturedAt).bind(7, now).bind(8, now).bind(9, id);
    if (auto run = stmt->run(); !run)
      return run;
    if (auto audited = audit(actor, id, *from, RecordStatus::Sealed); !audited)
      return audited;
    if (auto noted = noteDigests(id, digests, allowed); !noted)
      return noted;
    return auditCardCheck(id, card);
  });
}

Result<void> RecordStore::deleteDraft(const QString& id, const QString& actor,
                                      const QString& detail) {
  auto meta = db_.prepare("SELECT status, revision FROM records WHERE id = ?");
  if (!meta)
    return meta.error();
  meta->bind(1, id);
  auto row = meta->step();
  if (!row)
    return row.error();
  if (!*row)
    return illegal(id, std::nullopt, RecordStatus::Draft);
  const auto status = recordStatusFromString(meta->text(0));
  if (status != RecordStatus::Draft || meta->int64(1) != 1)
    return makeError(
        QStringLiteral("illegal_transition"),
        QStringLiteral("Record %1 is not a new registration's draft; it is kept.").arg(id));
  auto stmt = db_.prepare("DELETE FROM records WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  if (auto run = stmt->run(); !run)
    return run;
  return AuditLog(db_).append(clock_.nowMs(), actor, QStringLiteral("record.discarded"), id,
                              detail);
}

Result<void> RecordStore::discardDraft(const QString& id, const QString& actor) {
  return inTransaction(db_, [&] {
    return deleteDraft(id, actor, QStringLiteral("draft -> discarded by the operator"));
  });
}

Result<int> RecordStore::deleteExpiredDrafts() {
  auto due = db_.prepare("SELECT id FROM records WHERE status = 'draft' AND revision = 1 AND "
                         "purge_after <= ?");
  if (!due)
    return due.error();
  due->bind(1, clock_.nowMs());
  auto ids = due->texts();
  if (!ids)
    return ids.error();
  for (const QString& id : std::as_const(*ids)) {
    if (auto deleted = inTransaction(db_,
                                     [&] {
                                       return deleteDraft(id, QStringLiteral("system"),
                                                          QStringLiteral("draft -> expired"));
                                     });
        !deleted)
      return deleted.error();
  }
  return static_cast<int>(ids->size());
}

Result<void> RecordStore::reopen(const QString& id, const QByteArray& newLocalCopy,
                                 const QString& actor) {
  return inTransaction(db_, [&]() -> Result<void> {
    auto from = checkTransition(id, RecordStatus::Draft);
    if (!from)
      return from.error();
    if (*from != RecordStatus::Rejected)
      return illegal(id, *from, RecordStatus::Draft);
    auto stmt = db_.prepare(
        "UPDATE records SET status = 'draft', revision = revision + 1, local_copy = ?, "
        "sealed_key_id = NULL, sealed_suite = NULL, sealed_enc = NULL, sealed_ct = NULL, "
        "batch_id = NULL, lease_until = NULL, next_attempt_at = NULL, updated_at = ? "
        "WHERE id = ?");
    if (!stmt)
      return stmt.error();
    stmt->bind(1, newLocalCopy).bind(2, clock_.nowMs()).bind(3, id);
    if (auto run = stmt->run(); !run)
      return run;
    return audit(actor, id, *from, RecordStatus::Draft, QStringLiteral("reopened"));
  });
}

Result<void> RecordStore::leaseBatch(const QString& batchId, const QStringList& ids,
                                     qint64 leaseUntil, const QString& actor) {
  return inTransaction(db_, [&]() -> Result<void> {
    const qint64 now = clock_.nowMs();
    auto batch = db_.prepare("INSERT INTO batches (id, created_at, record_count, state) "
                             "VALUES (?, ?, ?, 'open')");
    if (!batch)
      return batch.error();
    batch->bind(1, batchId).bind(2, now).bind(3, static_cast<qint64>(ids.size()));
    if (auto run = batch->run(); !run)
      return run;
    auto stmt = db_.prepare("UPDATE records SET status = 'sending', batch_id = ?, "
                            "lease_until = ?, attempts = attempts + 1, updated_at = ? "
                            "WHERE id = ?");
    if (!stmt)
      return stmt.error();
    for (const QString& id : ids) {
      auto from = checkTransition(id, RecordStatus::Sending);
      if (!from)
        return from.error();
      stmt->bind(1, batchId).bind(2, leaseUntil).bind(3, now).bind(4, id);
      if (auto run = stmt->run(); !run)
        return run;
      if (auto r =
              audit(actor, id, *from, RecordStatus::Sending, QStringLiteral("batch ") + batchId);
          !r)
        return r;
    }
    return Result<void>();
  });
}

Result<int> RecordStore::withdrawBatch(const QString& batchId, const QString& actor) {
  int withdrawn = 0;
  auto done = inTransaction(db_, [&]() -> Result<void> {
    auto leased = db_.prepare("SELECT id FROM records WHERE batch_id = ? AND status = 'sending'");
    if (!leased)
      return leased.error();
    leased->bind(1, batchId);
    auto ids = leased->texts();
    if (!ids)
      return ids.error();
    auto stmt = db_.prepare("UPDATE records SET status = 'sealed', batch_id = NULL, "
                            "lease_until = NULL, attempts = attempts - 1, updated_at = ? "
                            "WHERE id = ?");
    if (!stmt)
      return stmt.error();
    const qint64 now = clock_.nowMs();
    for (const QString& id : *ids) {
      auto from = checkTransition(id, RecordStatus::Sealed);
      if (!from)
        return from.error();
      stmt->bind(1, now).bind(2, id);
      if (auto run = stmt->run(); !run)
        return run;
      if (auto r = audit(actor, id, *from, RecordStatus::Sealed,
                         QStringLiteral("batch %1 withdrawn, not sent").arg(batchId));
          !r)
        return r;
      ++withdrawn;
    }
    auto batch = db_.prepare("DELETE FROM batches WHERE id = ?");
    if (!batch)
      return batch.error();
    batch->bind(1, batchId);
    return batch->run();
  });
  if (!done)
    return done.error();
  return withdrawn;
}

Result<void> RecordStore::finishSending(const QString& id, RecordStatus to,
                                        const QString& registryNumber, const QString& serverErrors,
                                        std::optional<qint64> nextAttemptAt, const QString& actor,
                                        const QString& receipt) {
  return inTransaction(db_, [&] {
    return finishSendingInTransaction(id, to, registryNumber, serverErrors, nextAttemptAt, actor,
                                      receipt);
  });
}

Result<void> RecordStore::finishSendingInTransaction(const QString& id, RecordStatus to,
                                                     const QString& registryNumber,
                                                     const QString& serverErrors,
                                                     std::optional<qint64> nextAttemptAt,
                                                     const QString& actor, const QString& receipt) {
  auto from = checkTransition(id, to);
  if (!from)
    return from.error();
  if (*from != RecordStatus::Sending && *from != RecordStatus::Exported)
    return illegal(id, *from, to);
  const qint64 now = clock_.nowMs();
  const bool done = RecordLifecycle::isFinal(to);
  auto stmt = db_.prepare("UPDATE records SET status = ?, registry_number = ?, server_errors = ?, "
                          "next_attempt_at = ?, lease_until = NULL, accepted_at = ?, "
                          "purge_after = ?, updated_at = ?, receipt = ? WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, toString(to)).bind(2, registryNumber).bind(3, serverErrors);
  stmt->bind(4, to == RecordStatus::Sealed ? nextAttemptAt : std::nullopt);
  stmt->bind(5, done ? std::optional<qint64>(now) : std::nullopt);
  stmt->bind(6, done ? std::optional<qint64>(now + retentionDays_ * kDayMs) : std::nullopt);
  stmt->bind(7, now);
  const bool settled = to == RecordStatus::Accepted || to == RecordStatus::Duplicate;
  stmt->bind(8, settled && !receipt.isEmpty() ? receipt : QString());
  stmt->bind(9, id);
  if (auto run = stmt->run(); !run)
    return run;
  return audit(actor, id, *from, to, registryNumber);
}

Result<int> RecordStore::purgeDue() {
  // Only an acceptance the registry signed (a verified receipt) lets the
  // kiosk drop its copy (TRUST.md).
  auto due = db_.prepare("SELECT id FROM records WHERE purged_at IS NULL AND purge_after <= ? "
                         "AND status IN ('accepted', 'duplicate') AND receipt IS NOT NULL");
  if (!due)
    return due.error();
  const qint64 now = clock_.nowMs();
  due->bind(1, now);
  auto ids = due->texts();
  if (!ids)
    return ids.error();
  for (const QString& id : std::as_const(*ids)) {
    auto purged = inTransaction(db_, [&]() -> Result<void> {
      auto stmt = db_.prepare("UPDATE records SET local_copy = NULL, sealed_enc = NULL, "
                              "sealed_ct = NULL, purged_at = ? WHERE id = ?");
      if (!stmt)
        return stmt.error();
      stmt->bind(1, now).bind(2, id);
      if (auto run = stmt->run(); !run)
        return run;
      if (auto removed = DuplicateIndex(db_).remove(id); !removed)
        return removed;
      return AuditLog(db_).append(now, QStringLiteral("system"), QStringLiteral("record.purged"),
                                  id, QStringLiteral("personal data removed after retention"));
    });
    if (!purged)
      return purged.error();
  }
  return static_cast<int>(ids->size());
}

} // namespace camie::store
