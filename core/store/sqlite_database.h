// SqliteDatabase: one connection to a kiosk database file, with the pragmas
// the queue relies on (WAL, synchronous=FULL, foreign keys, busy timeout).
// One connection per thread; never share one across threads.
//
// prepare() keeps the statements it compiled: a statement that goes out of
// scope is reset (its bindings cleared) and kept for the next prepare() of the
// same SQL, so the queue's hot paths — a lease or an answer touches every
// record of a batch — do not parse the same SQL again and again
// (docs/performance.md).
//
// A WAL connection does not checkpoint inside its commits: when the log passes
// 1,000 pages (SQLite's default), a thread of the store's own copies it back
// into the database file with a connection of its own, so a commit costs its
// own durable write only.
#pragma once

#include "core/store/sqlite_statement.h"
#include "core/util/result.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace camie::store {

class SqliteDatabase {
public:
  enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
  // WAL pages after which the log is copied back into the database file:
  // SQLite's own default for wal_autocheckpoint, done on the checkpoint thread.
  static constexpr int kCheckpointPages = 1000;

  [[nodiscard]] static Result<std::unique_ptr<SqliteDatabase>> open(const QString& path, Mode mode);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  // A statement for `sql` (its first statement), from the cache when one is idle.
  [[nodiscard]] Result<SqliteStatement> prepare(const char* sql);
  [[nodiscard]] Result<void> exec(const char* sql);       // one or more statements, no rows
  [[nodiscard]] Result<qint64> queryInt(const char* sql); // the first column of the first row

  // PRAGMA wal_checkpoint(TRUNCATE), once no checkpoint of this process runs:
  // true if every page was copied and the WAL emptied, false if a reader on
  // another connection kept it from finishing.
  [[nodiscard]] Result<bool> checkpointTruncate();
  // BEGIN IMMEDIATE: takes the write lock up front, so a transaction never
  // fails half-way on a lock upgrade.
  [[nodiscard]] Result<void> begin();
  [[nodiscard]] Result<void> commit();
  void rollback(); // safe to call when no transaction is open

  qint64 changes() const;
  const QString& path() const { return path_; }
  sqlite3* handle() const { return db_; }

private:
  friend class SqliteStatement;
  SqliteDatabase(sqlite3* db, QString path) : db_(db), path_(std::move(path)) {}
  // Called by a cached statement when it goes out of scope: reset and kept, or finalised.
  void giveBack(sqlite3_stmt* stmt);

  sqlite3* db_;
  QString path_;
  std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle_; // by SQL text
  std::unordered_map<sqlite3_stmt*, std::string> sqlOf_;             // every statement handed out
  std::string walPath_; // the database file, for the checkpoint thread (WAL connections)
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
