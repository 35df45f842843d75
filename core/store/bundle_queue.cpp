#include "core/store/bundle_queue.h"

#include "core/logging/log_categories.h"
#include "core/store/audit_log.h"
#include "core/store/sqlite_database.h"

namespace camie::store {
namespace {

// The records an export takes (see exportable()).
constexpr const char* kExportable =
    "FROM records AS r LEFT JOIN batches AS b ON b.id = r.batch_id "
    "WHERE (r.status = 'sealed' OR (?1 AND r.status = 'exported') OR "
    "(r.status = 'sending' AND (r.lease_until < ?2 OR b.state = 'unanswered'))) "
    "AND r.sealed_ct IS NOT NULL ";

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

Result<QList<OutgoingRecord>> BundleQueue::exportable(bool includeExported, const Cursor& after,
                                                      int maxRecords, qint64 maxBytes) {
  static const QByteArray sql =
      "SELECT " + OutgoingRecord::columns(false, "r") + ' ' + kExportable +
      "AND (r.captured_at, r.id) > (?3, ?4) ORDER BY r.captured_at, r.id LIMIT ?5";
  auto stmt = db_.prepare(sql.constData());
  if (!stmt)
    return stmt.error();
  stmt->bind(1, includeExported ? 1 : 0).bind(2, clock_.nowMs()).bind(3, after.capturedAt);
  stmt->bind(4, after.id.isNull() ? QStringLiteral("") : after.id).bind(5, maxRecords);
  QList<OutgoingRecord> records;
  qint64 bytes = 0;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    OutgoingRecord r = OutgoingRecord::fromRow(*stmt, false);
    // In the file the record is base64 inside base64: 16/9 of its size.
    const qint64 size = r.approximateBytes() * 4 / 3;
    if (!records.isEmpty() && bytes + size > maxBytes)
      break;
    bytes += size;
    records.append(std::move(r));
  }
  return records;
}

Result<qint64> BundleQueue::exportableCount(bool includeExported) {
  auto stmt = db_.prepare((QByteArray("SELECT count(*) ") + kExportable).constData());
  if (!stmt)
    return stmt.error();
  stmt->bind(1, includeExported ? 1 : 0).bind(2, clock_.nowMs());
  auto row = stmt->step();
  if (!row)
    return row.error();
  return stmt->int64(0);
}

Result<int> BundleQueue::markExported(const QStringList& ids, const QString& bundleId,
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
  int marked = 0;
  for (const QString& id : ids) {
    current->bind(1, id);
    auto row = current->step();
    if (!row)
      return row.error();
    const auto from = *row ? recordStatusFromString(current->text(0)) : std::nullopt;
    current->reset();
    if (!from || !RecordLifecycle::allows(from, RecordStatus::Exported))
      continue; // answered by sync since it was read: the bundle's copy is a duplicate
    update->bind(1, bundleId).bind(2, now).bind(3, now).bind(4, now).bind(5, id);
    if (auto run = update->run(); !run)
      return run.error();
    if (auto r =
            audit.append(now, actor, QStringLiteral("record.exported"), id,
                         QStringLiteral("%1 -> exported bundle %2").arg(toString(*from), bundleId));
        !r)
      return r.error();
    ++marked;
  }
  if (auto c = tx.commit(); !c)
    return c.error();
  return marked;
}

Result<ImportSummary> BundleQueue::import(const BundleSource& source,
                                          const QList<OutgoingRecord>& records,
                                          const QString& thisDevice, const QString& actor) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto existing = db_.prepare("SELECT status, revision, origin_device FROM records WHERE id = ?");
  auto insert = db_.prepare(
      "INSERT INTO records (id, revision, status, form_id, form_version, operator_id, created_at, "
      "updated_at, captured_at, next_attempt_at, local_schema, local_copy, sealed_key_id, "
      "sealed_suite, sealed_enc, sealed_ct, origin_device, bundle_id) "
      "VALUES (?, ?, 'sealed', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
  // Only ever a record imported before, which has no local copy.
  auto replace = db_.prepare(
      "UPDATE records SET revision = ?, status = 'sealed', form_id = ?, form_version = ?, "
      "operator_id = ?, updated_at = ?, captured_at = ?, next_attempt_at = ?, "
      "sealed_key_id = ?, sealed_suite = ?, sealed_enc = ?, sealed_ct = ?, bundle_id = ?, "
      "server_errors = NULL, registry_number = NULL, batch_id = NULL, lease_until = NULL, "
      "exported_at = NULL WHERE id = ? AND origin_device = ? AND local_copy IS NULL");
  if (!existing)
    return existing.error();
  if (!insert)
    return insert.error();
  if (!replace)
    return replace.error();
  const qint64 now = clock_.nowMs();
  AuditLog audit(db_);
  ImportSummary summary;
  const auto refuse = [&](const OutgoingRecord& r, const QString& why) -> Result<void> {
    qCWarning(lcStore) << "bundle" << source.bundleId << "record" << r.id << "revision"
                       << r.revision << "not imported:" << why;
    ++summary.refused;
    return audit.append(now, actor, QStringLiteral("record.import_refused"), r.id,
                        QStringLiteral("revision %1 in bundle %2 signed by kiosk %3 not imported: "
                                       "%4")
                            .arg(r.revision)
                            .arg(source.bundleId, source.signerDevice, why));
  };
  for (const OutgoingRecord& r : records) {
    existing->bind(1, r.id);
    auto row = existing->step();
    if (!row)
      return row.error();
    const bool here = *row;
    const QString status = here ? existing->text(0) : QString();
    const int revision = here ? static_cast<int>(existing->int64(1)) : 0;
    const QString hereOrigin = here ? existing->text(2) : QString();
    existing->reset();
    const QString origin = r.originDevice.isEmpty() ? source.signerDevice : r.originDevice;

    if (here && r.revision <= revision) {
      ++summary.alreadyPresent; // this revision, or a later one, is here
      continue;
    }
    // This kiosk's own records: a bundle never overwrites them, nor brings
    // back one of them that is gone (settled and purged).
    const bool ours =
        (here && hereOrigin.isEmpty()) || (!thisDevice.isEmpty() && origin == thisDevice);
    QString refusal;
    if (ours)
      refusal = QStringLiteral("this kiosk made that record");
    else if (here && (hereOrigin != origin || source.signerDevice != hereOrigin))
      refusal = QStringLiteral("kiosk %1 made the record here; only a bundle it signed may "
                               "bring a later revision")
                    .arg(hereOrigin);
    if (!refusal.isEmpty()) {
      if (auto a = refuse(r, refusal); !a)
        return a.error();
      continue;
    }
    const bool replaceable = status == u"rejected" || status == u"sealed" || status == u"exported";
    if (here && !replaceable) {
      ++summary.alreadyPresent; // in flight or settled: the registry has this id
      continue;
    }
    if (here) {
      replace->bind(1, r.revision).bind(2, r.formId).bind(3, r.formVersion).bind(4, r.operatorId);
      replace->bind(5, now).bind(6, r.capturedAt).bind(7, now).bind(8, r.sealed.keyId);
      replace->bind(9, r.sealed.suite).bind(10, r.sealed.enc).bind(11, r.sealed.ciphertext);
      replace->bind(12, source.bundleId).bind(13, r.id).bind(14, hereOrigin);
      if (auto run = replace->run(); !run)
        return run.error();
    } else {
      insert->bind(1, r.id).bind(2, r.revision).bind(3, r.formId).bind(4, r.formVersion);
      insert->bind(5, r.operatorId).bind(6, now).bind(7, now).bind(8, r.capturedAt).bind(9, now);
      insert->bind(10, RecordStore::kLocalSchema).bind(11, r.sealed.keyId);
      insert->bind(12, r.sealed.suite).bind(13, r.sealed.enc).bind(14, r.sealed.ciphertext);
      insert->bind(15, origin).bind(16, source.bundleId);
      if (auto run = insert->run(); !run)
        return run.error();
    }
    const QString detail =
        here ? QStringLiteral("%1 -> sealed revision %2 imported from bundle %3 of kiosk %4")
                   .arg(status)
                   .arg(r.revision)
                   .arg(source.bundleId, origin)
             : QStringLiteral("new -> sealed imported from bundle %1 of kiosk %2")
                   .arg(source.bundleId, origin);
    if (auto a = audit.append(now, actor, QStringLiteral("record.sealed"), r.id, detail); !a)
      return a.error();
    ++summary.imported;
  }
  if (auto a = audit.append(
          now, actor, QStringLiteral("bundle.imported"), {},
          QStringLiteral("bundle %1 of kiosk %2 signed by %3: %4 queued, %5 already here, %6 "
                         "refused")
              .arg(source.bundleId, source.signerDevice, source.signerFingerprint)
              .arg(summary.imported)
              .arg(summary.alreadyPresent)
              .arg(summary.refused));
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
