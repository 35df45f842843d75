#include "core/store/bundle_queue.h"

#include "core/store/audit_log.h"
#include "core/store/sqlite_database.h"

namespace camie::store {
namespace {

Result<QStringList> column0(SqliteStatement& stmt) {
  QStringList values;
  for (;;) {
    auto row = stmt.step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    values << stmt.text(0);
  }
  return values;
}

} // namespace

BundleQueue::BundleQueue(SqliteDatabase& db, const Clock& clock) : db_(db), clock_(clock) {}

Result<QList<OutgoingRecord>> BundleQueue::exportable(bool includeExported, int limit) {
  auto stmt = db_.prepare(
      includeExported
          ? "SELECT id, revision, form_id, form_version, operator_id, captured_at, sealed_key_id, "
            "sealed_suite, sealed_enc, sealed_ct, origin_device FROM records "
            "WHERE status IN ('sealed', 'exported') ORDER BY captured_at, id LIMIT ?"
          : "SELECT id, revision, form_id, form_version, operator_id, captured_at, sealed_key_id, "
            "sealed_suite, sealed_enc, sealed_ct, origin_device FROM records "
            "WHERE status = 'sealed' ORDER BY captured_at, id LIMIT ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, limit);
  QList<OutgoingRecord> records;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    records.append(OutgoingRecord{stmt->text(0),
                                  static_cast<int>(stmt->int64(1)),
                                  stmt->text(2),
                                  stmt->text(3),
                                  stmt->text(4),
                                  stmt->int64(5),
                                  {stmt->text(6), stmt->text(7), stmt->blob(8), stmt->blob(9)},
                                  stmt->text(10)});
  }
  return records;
}

Result<void> BundleQueue::markExported(const QStringList& ids, const QString& bundleId,
                                       const QString& actor) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto current = db_.prepare("SELECT status FROM records WHERE id = ?");
  auto update = db_.prepare(
      "UPDATE records SET status = 'exported', bundle_id = ?, exported_at = ?, "
      "next_attempt_at = ?, batch_id = NULL, lease_until = NULL, updated_at = ? WHERE id = ?");
  if (!current)
    return current.error();
  if (!update)
    return update.error();
  const qint64 now = clock_.nowMs();
  AuditLog audit(db_);
  for (const QString& id : ids) {
    current->bind(1, id);
    auto row = current->step();
    if (!row)
      return row.error();
    const auto from = *row ? recordStatusFromString(current->text(0)) : std::nullopt;
    current->reset();
    if (!from || !RecordLifecycle::allows(from, RecordStatus::Exported))
      return makeError(QStringLiteral("illegal_transition"),
                       QStringLiteral("Record %1 cannot be exported (it is %2).")
                           .arg(id, from ? toString(*from) : QStringLiteral("missing")));
    update->bind(1, bundleId).bind(2, now).bind(3, now).bind(4, now).bind(5, id);
    if (auto run = update->run(); !run)
      return run.error();
    if (auto r =
            audit.append(now, actor, QStringLiteral("record.exported"), id,
                         QStringLiteral("%1 -> exported bundle %2").arg(toString(*from), bundleId));
        !r)
      return r.error();
  }
  return tx.commit();
}

Result<ImportSummary> BundleQueue::import(const QString& bundleId, const QString& originDevice,
                                          const QList<OutgoingRecord>& records,
                                          const QString& actor) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto exists = db_.prepare("SELECT 1 FROM records WHERE id = ?");
  auto insert = db_.prepare(
      "INSERT INTO records (id, revision, status, form_id, form_version, operator_id, created_at, "
      "updated_at, captured_at, next_attempt_at, local_schema, local_copy, sealed_key_id, "
      "sealed_suite, sealed_enc, sealed_ct, origin_device, bundle_id) "
      "VALUES (?, ?, 'sealed', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
  if (!exists)
    return exists.error();
  if (!insert)
    return insert.error();
  const qint64 now = clock_.nowMs();
  AuditLog audit(db_);
  ImportSummary summary;
  for (const OutgoingRecord& r : records) {
    exists->bind(1, r.id);
    auto row = exists->step();
    if (!row)
      return row.error();
    exists->reset();
    if (*row) {
      ++summary.alreadyPresent;
      continue;
    }
    const QString origin = r.originDevice.isEmpty() ? originDevice : r.originDevice;
    insert->bind(1, r.id).bind(2, r.revision).bind(3, r.formId).bind(4, r.formVersion);
    insert->bind(5, r.operatorId).bind(6, now).bind(7, now).bind(8, r.capturedAt).bind(9, now);
    insert->bind(10, RecordStore::kLocalSchema).bind(11, r.sealed.keyId).bind(12, r.sealed.suite);
    insert->bind(13, r.sealed.enc).bind(14, r.sealed.ciphertext).bind(15, origin);
    insert->bind(16, bundleId);
    if (auto run = insert->run(); !run)
      return run.error();
    if (auto a = audit.append(now, actor, QStringLiteral("record.sealed"), r.id,
                              QStringLiteral("new -> sealed imported from bundle %1 of kiosk %2")
                                  .arg(bundleId, origin));
        !a)
      return a.error();
    ++summary.imported;
  }
  if (auto a = audit.append(now, actor, QStringLiteral("bundle.imported"), {},
                            QStringLiteral("bundle %1 of kiosk %2: %3 queued, %4 already here")
                                .arg(bundleId, originDevice)
                                .arg(summary.imported)
                                .arg(summary.alreadyPresent));
      !a)
    return a.error();
  if (auto c = tx.commit(); !c)
    return c.error();
  return summary;
}

Result<int> BundleQueue::requeueExported(const QString& actor) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto select = db_.prepare("SELECT id FROM records WHERE status = 'exported' ORDER BY id");
  if (!select)
    return select.error();
  auto ids = column0(*select);
  if (!ids)
    return ids.error();
  auto update = db_.prepare("UPDATE records SET status = 'sealed', next_attempt_at = ?, "
                            "updated_at = ? WHERE id = ?");
  if (!update)
    return update.error();
  const qint64 now = clock_.nowMs();
  AuditLog audit(db_);
  for (const QString& id : std::as_const(*ids)) {
    update->bind(1, now).bind(2, now).bind(3, id);
    if (auto run = update->run(); !run)
      return run.error();
    if (auto a = audit.append(now, actor, QStringLiteral("record.sealed"), id,
                              QStringLiteral("exported -> sealed requeued"));
        !a)
      return a.error();
  }
  if (auto c = tx.commit(); !c)
    return c.error();
  return static_cast<int>(ids->size());
}

} // namespace camie::store
