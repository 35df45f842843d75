// SqliteDatabase: one connection to a kiosk database file, with the pragmas
// the queue relies on (WAL, synchronous=FULL, foreign keys, busy timeout).
// One connection per thread; never share one across threads.
#pragma once

#include "core/store/sqlite_statement.h"
#include "core/util/result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace camie::store {

class SqliteDatabase {
public:
  enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

  [[nodiscard]] static Result<std::unique_ptr<SqliteDatabase>> open(const QString& path, Mode mode);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  [[nodiscard]] Result<SqliteStatement> prepare(const char* sql);
  [[nodiscard]] Result<void> exec(const char* sql);       // one or more statements, no rows
  [[nodiscard]] Result<qint64> queryInt(const char* sql); // the first column of the first row

  // BEGIN IMMEDIATE: takes the write lock up front, so a transaction never
  // fails half-way on a lock upgrade.
  [[nodiscard]] Result<void> begin();
  [[nodiscard]] Result<void> commit();
  void rollback(); // safe to call when no transaction is open

  qint64 changes() const;
  const QString& path() const { return path_; }
  sqlite3* handle() const { return db_; }

private:
  SqliteDatabase(sqlite3* db, QString path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  QString path_;
};

// Transaction: begins on construction; rolls back unless commit() succeeded.
class Transaction {
public:
  explicit Transaction(SqliteDatabase& db) : db_(db), began_(db.begin()) {}
  ~Transaction() {
    if (began_.ok() && !committed_)
      db_.rollback();
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  const Result<void>& began() const { return began_; }
  [[nodiscard]] Result<void> commit() {
    auto result = db_.commit();
    committed_ = result.ok();
    return result;
  }

private:
  SqliteDatabase& db_;
  Result<void> began_;
  bool committed_ = false;
};

} // namespace camie::store
