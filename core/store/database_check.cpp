#include "core/store/database_check.h"

#include "core/store/audit_log.h"
#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"

#include <QFileInfo>

namespace camie::store {
namespace {

Error invalid(const QString& name, const QString& why) {
  return makeError(QStringLiteral("database_invalid"),
                   QStringLiteral("%1 is not a sound kiosk database: %2.").arg(name, why));
}

// What a failed query says about the file, in words.
QString reason(const Error& error) {
  if (error.kind == ErrorKind::StorageCorrupt)
    return QStringLiteral("it is not a SQLite database, or it is badly damaged");
  return error.message;
}

// The tables a kiosk database of any known schema has.
constexpr const char* kTables[] = {"operators", "key_slots", "records", "audit", "settings"};

Result<void> integrity(SqliteDatabase& db, const QString& name) {
  auto stmt = db.prepare("PRAGMA integrity_check(5)");
  if (!stmt)
    return invalid(name, reason(stmt.error()));
  auto problems = stmt->texts();
  if (!problems)
    return invalid(name, reason(problems.error()));
  if (*problems != QStringList{QStringLiteral("ok")})
    return invalid(name, QStringLiteral("SQLite's integrity check failed (%1)")
                             .arg(problems->join(QStringLiteral("; "))));
  return {};
}

Result<void> schema(SqliteDatabase& db, const QString& name, DatabaseSummary& summary) {
  auto version = db.queryInt("PRAGMA user_version");
  if (!version)
    return invalid(name, reason(version.error()));
  summary.schemaVersion = static_cast<int>(*version);
  if (*version > SchemaMigrations::currentVersion())
    return invalid(name, QStringLiteral("it was written by a newer kiosk (schema %1; this one "
                                        "knows up to %2)")
                             .arg(*version)
                             .arg(SchemaMigrations::currentVersion()));
  auto tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
  if (!tables)
    return invalid(name, reason(tables.error()));
  for (const char* table : kTables) {
    tables->reset();
    tables->bind(1, QString::fromLatin1(table));
    auto row = tables->step();
    if (!row)
      return invalid(name, reason(row.error()));
    if (*version < 1 || tables->int64(0) != 1)
      return invalid(name, QStringLiteral("it is some other SQLite file, not a kiosk database "
                                          "(schema version %1, no %2 table)")
                               .arg(*version)
                               .arg(QLatin1String(table)));
  }
  return {};
}

Result<void> contents(SqliteDatabase& db, const QString& name, DatabaseSummary& summary) {
  auto records = db.prepare("SELECT status, count(*) FROM records GROUP BY status");
  if (!records)
    return invalid(name, reason(records.error()));
  for (;;) {
    auto row = records->step();
    if (!row)
      return invalid(name, reason(row.error()));
    if (!*row)
      break;
    if (auto s = recordStatusFromString(records->text(0)))
      summary.records.insert(*s, records->int64(1));
  }
  auto operators = db.queryInt("SELECT count(*) FROM operators");
  if (!operators)
    return invalid(name, reason(operators.error()));
  summary.operators = *operators;
  auto device = db.prepare("SELECT value FROM settings WHERE key = 'device_id'");
  if (!device)
    return invalid(name, reason(device.error()));
  auto row = device->step();
  if (!row)
    return invalid(name, reason(row.error()));
  if (*row)
    summary.deviceId = device->text(0);
  auto latest = AuditLog(db).latest(1);
  if (!latest)
    return invalid(name, reason(latest.error()));
  if (!latest->isEmpty())
    summary.newestAuditAt = latest->first().at;
  return {};
}

} // namespace

qint64 DatabaseSummary::recordTotal() const {
  qint64 total = 0;
  for (const qint64 n : records)
    total += n;
  return total;
}

Result<DatabaseSummary> DatabaseCheck::checkFile(const QString& path) {
  const QFileInfo info(path);
  if (!info.isFile())
    return makeError(QStringLiteral("database_invalid"),
                     QStringLiteral("%1: no such file.").arg(path));
  auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
  if (!db)
    return invalid(path, reason(db.error()));
  return check(**db, path);
}

Result<DatabaseSummary> DatabaseCheck::check(SqliteDatabase& db, const QString& name) {
  DatabaseSummary summary;
  if (auto r = integrity(db, name); !r)
    return r.error();
  if (auto r = schema(db, name, summary); !r)
    return r.error();
  auto audit = AuditLog(db).verify();
  if (!audit)
    return invalid(name, reason(audit.error()));
  if (!audit->ok())
    return invalid(name, QStringLiteral("its audit log is broken: %1").arg(audit->problem));
  summary.auditEntries = audit->entries;
  if (auto r = contents(db, name, summary); !r)
    return r.error();
  return summary;
}

} // namespace camie::store
