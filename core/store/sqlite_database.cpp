#include "core/store/sqlite_database.h"

#include "core/logging/log_categories.h"
#include "core/store/sqlite_error.h"

#include <sqlite3.h>

namespace camie::store {

namespace {
constexpr int kBusyTimeoutMs = 5000;
} // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
  case Mode::ReadWriteCreate:
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    break;
  case Mode::ReadWrite:
    flags |= SQLITE_OPEN_READWRITE;
    break;
  case Mode::ReadOnly:
    flags |= SQLITE_OPEN_READONLY;
    break;
  }
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
  std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw, path));
  if (rc != SQLITE_OK)
    return sqliteError(raw, rc, QStringLiteral("opening %1").arg(path));

  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  if (mode != Mode::ReadOnly) {
    // WAL survives power cuts with synchronous=FULL: a committed transaction
    // is on disk before commit returns.
    auto wal = db->queryInt("PRAGMA journal_mode=WAL");
    if (!wal)
      return wal.error();
  }
  auto pragmas = db->exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                          "PRAGMA secure_delete=ON; PRAGMA trusted_schema=OFF;");
  if (!pragmas)
    return pragmas.error();
  // Deleted personal data must not linger in free space: refuse a connection
  // on which secure_delete did not take (the retention purge relies on it).
  auto secure = db->queryInt("PRAGMA secure_delete");
  if (!secure)
    return secure.error();
  if (*secure != 1)
    return makeError(QStringLiteral("secure_delete_off"),
                     QStringLiteral("SQLite would not overwrite deleted data in %1 "
                                    "(secure_delete is off).")
                         .arg(path));
  return db;
}

SqliteDatabase::~SqliteDatabase() {
  if (db_) {
    const int rc = sqlite3_close(db_);
    if (rc != SQLITE_OK)
      qCWarning(lcStore) << "closing the database failed:" << rc;
  }
}

Result<SqliteStatement> SqliteDatabase::prepare(const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
  if (rc != SQLITE_OK)
    return sqliteError(db_, rc, QStringLiteral("prepare"));
  return SqliteStatement(db_, stmt);
}

Result<void> SqliteDatabase::exec(const char* sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
  sqlite3_free(message);
  if (rc != SQLITE_OK)
    return sqliteError(db_, rc, QStringLiteral("exec"));
  return {};
}

Result<qint64> SqliteDatabase::queryInt(const char* sql) {
  auto stmt = prepare(sql);
  if (!stmt)
    return stmt.error();
  auto row = stmt->step();
  if (!row)
    return row.error();
  return *row ? stmt->int64(0) : 0;
}

Result<void> SqliteDatabase::begin() {
  return exec("BEGIN IMMEDIATE");
}

Result<void> SqliteDatabase::commit() {
  auto result = exec("COMMIT");
  if (!result)
    rollback(); // a failed COMMIT (e.g. disk full) leaves the transaction open
  return result;
}

void SqliteDatabase::rollback() {
  if (!sqlite3_get_autocommit(db_))
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

qint64 SqliteDatabase::changes() const {
  return sqlite3_changes64(db_);
}

} // namespace camie::store
