#include "tools/camdx-sim/registry_store.h"

#include <QJsonDocument>

namespace camie::sim {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS records (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'duplicate', 'rejected')),
  number TEXT,
  province TEXT,
  person TEXT,
  errors TEXT,
  answers TEXT,
  first_received_ms INTEGER NOT NULL,
  decided_ms INTEGER NOT NULL,
  resends INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS records_number ON records(number) WHERE status = 'accepted';
CREATE UNIQUE INDEX IF NOT EXISTS records_person ON records(person) WHERE status = 'accepted';
CREATE TABLE IF NOT EXISTS province_sequences (
  province TEXT PRIMARY KEY,
  last INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS registry_keys (
  kid TEXT PRIMARY KEY,
  suite TEXT NOT NULL,
  file TEXT NOT NULL,
  not_before INTEGER NOT NULL,
  not_after INTEGER NOT NULL,
  created_ms INTEGER NOT NULL
);
PRAGMA user_version = 1;
)sql";

} // namespace

Result<std::unique_ptr<RegistryStore>> RegistryStore::open(const QString& path) {
  auto db = store::SqliteDatabase::open(path, store::SqliteDatabase::Mode::ReadWriteCreate);
  if (!db)
    return db.error();
  auto schema = (*db)->exec(kSchema);
  if (!schema)
    return schema.error();
  return std::unique_ptr<RegistryStore>(new RegistryStore(std::move(*db)));
}

Result<std::optional<RecordOutcome>> RegistryStore::find(const QString& id) {
  auto stmt = db_->prepare("SELECT revision, status, number, errors FROM records WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<RecordOutcome>();
  RecordOutcome o;
  o.id = id;
  o.revision = static_cast<int>(stmt->int64(0));
  o.status = stmt->text(1);
  o.number = stmt->text(2);
  o.errors = QJsonDocument::fromJson(stmt->text(3).toUtf8()).array();
  return std::optional<RecordOutcome>(std::move(o));
}

Result<std::optional<QString>> RegistryStore::acceptedNumberOf(const QString& personKey) {
  auto stmt =
      db_->prepare("SELECT number FROM records WHERE person = ? AND status = 'accepted' LIMIT 1");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, personKey);
  auto row = stmt->step();
  if (!row)
    return row.error();
  return *row ? std::optional<QString>(stmt->text(0)) : std::nullopt;
}

Result<QString> RegistryStore::issueNumber(const QString& province, qint64 seeded) {
  auto stmt =
      db_->prepare("INSERT INTO province_sequences (province, last) VALUES (?1, ?2 + 1) "
                   "ON CONFLICT (province) DO UPDATE SET last = MAX(last, ?2) + 1 RETURNING last");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, province).bind(2, seeded);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return makeError(QStringLiteral("storage_failed"), QStringLiteral("No sequence returned."));
  const qint64 sequence = stmt->int64(0);
  stmt->reset();
  return QStringLiteral("IE-%1-%2").arg(province).arg(sequence, 6, 10, QChar(u'0'));
}

Result<void> RegistryStore::save(const Entry& entry, qint64 nowMs) {
  const RecordOutcome& o = entry.outcome;
  auto stmt = db_->prepare(
      "INSERT INTO records (id, revision, status, number, province, person, errors, answers, "
      "first_received_ms, decided_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) "
      "ON CONFLICT (id) DO UPDATE SET revision = ?2, status = ?3, number = ?4, province = ?5, "
      "person = ?6, errors = ?7, answers = ?8, decided_ms = ?9");
  if (!stmt)
    return stmt.error();
  const auto orNull = [](const QString& s) { return s.isEmpty() ? QString() : s; };
  stmt->bind(1, o.id)
      .bind(2, o.revision)
      .bind(3, o.status)
      .bind(4, orNull(o.number))
      .bind(5, orNull(entry.province))
      .bind(6, orNull(entry.personKey))
      .bind(7, o.errors.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(o.errors).toJson(QJsonDocument::Compact)))
      .bind(8, entry.answers.isEmpty() ? QString() : QString::fromUtf8(entry.answers))
      .bind(9, nowMs);
  return stmt->run();
}

Result<void> RegistryStore::noteResend(const QString& id) {
  auto stmt = db_->prepare("UPDATE records SET resends = resends + 1 WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  return stmt->run();
}

Result<QHash<QString, qint64>> RegistryStore::acceptedPerProvince() {
  auto stmt = db_->prepare(
      "SELECT province, COUNT(*) FROM records WHERE status = 'accepted' GROUP BY province");
  if (!stmt)
    return stmt.error();
  QHash<QString, qint64> counts;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    counts.insert(stmt->text(0), stmt->int64(1));
  }
  return counts;
}

Result<RegistryStore::Totals> RegistryStore::totals() {
  auto stmt =
      db_->prepare("SELECT COUNT(*), COALESCE(SUM(status = 'accepted'), 0), "
                   "COALESCE(SUM(status = 'duplicate'), 0), COALESCE(SUM(status = 'rejected'), 0), "
                   "COALESCE(SUM(resends), 0) FROM records");
  if (!stmt)
    return stmt.error();
  auto row = stmt->step();
  if (!row)
    return row.error();
  Totals t;
  t.distinctIds = stmt->int64(0);
  t.accepted = stmt->int64(1);
  t.duplicates = stmt->int64(2);
  t.rejected = stmt->int64(3);
  t.resends = stmt->int64(4);
  return t;
}

Result<QJsonArray> RegistryStore::registrations(bool all) {
  auto stmt = db_->prepare(
      all ? "SELECT id, number, revision, status FROM records ORDER BY decided_ms, rowid"
          : "SELECT id, number, revision, status FROM records WHERE status = 'accepted' "
            "ORDER BY decided_ms, rowid");
  if (!stmt)
    return stmt.error();
  QJsonArray list;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    QJsonObject o{{QStringLiteral("id"), stmt->text(0)},
                  {QStringLiteral("number"), stmt->isNull(1) ? QJsonValue() : stmt->text(1)},
                  {QStringLiteral("revision"), stmt->int64(2)}};
    if (all)
      o.insert(QStringLiteral("status"), stmt->text(3));
    list.append(o);
  }
  return list;
}

} // namespace camie::sim
