#include "core/store/record_reader.h"

#include "core/store/sqlite_database.h"

namespace camie::store {
namespace {
#define CAMIE_META_COLUMNS                                                                         \
  "id, revision, status, form_id, form_version, operator_id, created_at, updated_at, "             \
  "captured_at, attempts, next_attempt_at, batch_id, lease_until, registry_number, "               \
  "server_errors, accepted_at, purge_after, purged_at"
constexpr const char* kSelectMeta = "SELECT " CAMIE_META_COLUMNS " FROM records WHERE id = ?";
constexpr const char* kSelectAllNewestFirst =
    "SELECT " CAMIE_META_COLUMNS ", local_copy FROM records ORDER BY created_at DESC, id DESC";
#undef CAMIE_META_COLUMNS
constexpr int kMetaColumns = 18;

RecordMeta readMeta(const SqliteStatement& stmt) {
  RecordMeta m;
  m.id = stmt.text(0);
  m.revision = static_cast<int>(stmt.int64(1));
  m.status = recordStatusFromString(stmt.text(2)).value_or(RecordStatus::Draft);
  m.formId = stmt.text(3);
  m.formVersion = stmt.text(4);
  m.operatorId = stmt.text(5);
  m.createdAt = stmt.int64(6);
  m.updatedAt = stmt.int64(7);
  m.capturedAt = stmt.optionalInt64(8);
  m.attempts = static_cast<int>(stmt.int64(9));
  m.nextAttemptAt = stmt.optionalInt64(10);
  m.batchId = stmt.text(11);
  m.leaseUntil = stmt.optionalInt64(12);
  m.registryNumber = stmt.text(13);
  m.serverErrors = stmt.text(14);
  m.acceptedAt = stmt.optionalInt64(15);
  m.purgeAfter = stmt.optionalInt64(16);
  m.purgedAt = stmt.optionalInt64(17);
  return m;
}

} // namespace

Result<std::optional<RecordMeta>> RecordReader::find(const QString& id) {
  auto stmt = db_.prepare(kSelectMeta);
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<RecordMeta>();
  RecordMeta m = readMeta(*stmt);
  return std::optional<RecordMeta>(std::move(m));
}

Result<void> RecordReader::forEachNewestFirst(
    const std::function<bool(const RecordMeta&, const QByteArray&)>& visit) {
  auto stmt = db_.prepare(kSelectAllNewestFirst);
  if (!stmt)
    return stmt.error();
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row || !visit(readMeta(*stmt), stmt->blob(kMetaColumns)))
      return {};
  }
}

Result<std::pair<QByteArray, int>> RecordReader::localCopy(const QString& id) {
  auto stmt = db_.prepare("SELECT local_copy, revision FROM records WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return makeError(QStringLiteral("no_such_record"),
                     QStringLiteral("There is no record %1.").arg(id));
  return std::pair(stmt->blob(0), static_cast<int>(stmt->int64(1)));
}

Result<std::optional<SealedCopy>> RecordReader::sealedCopy(const QString& id) {
  auto stmt = db_.prepare(
      "SELECT sealed_key_id, sealed_suite, sealed_enc, sealed_ct FROM records WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row || stmt->isNull(3))
    return std::optional<SealedCopy>();
  return std::optional<SealedCopy>(
      SealedCopy{stmt->text(0), stmt->text(1), stmt->blob(2), stmt->blob(3)});
}

Result<QMap<RecordStatus, qint64>> RecordReader::countByStatus() {
  auto stmt = db_.prepare("SELECT status, n FROM record_counts");
  if (!stmt)
    return stmt.error();
  QMap<RecordStatus, qint64> counts;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    if (auto s = recordStatusFromString(stmt->text(0)))
      counts.insert(*s, stmt->int64(1));
  }
  return counts;
}

Result<qint64> RecordReader::countFinalisedHereSince(qint64 sinceMs) {
  auto stmt =
      db_.prepare("SELECT count(*) FROM records WHERE captured_at >= ? AND origin_device IS NULL");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, sinceMs);
  auto row = stmt->step();
  if (!row)
    return row.error();
  return *row ? stmt->int64(0) : 0;
}

Result<std::optional<qint64>> RecordReader::oldestQueuedCapturedAt() {
  auto stmt = db_.prepare(
      "SELECT min(m) FROM (SELECT min(captured_at) AS m FROM records WHERE status = 'sealed' "
      "UNION ALL SELECT min(captured_at) FROM records WHERE status = 'sending')");
  if (!stmt)
    return stmt.error();
  auto row = stmt->step();
  if (!row)
    return row.error();
  return stmt->optionalInt64(0);
}

} // namespace camie::store
