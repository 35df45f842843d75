#include "core/store/sqlite_database.h"

#include "core/logging/log_categories.h"
#include "core/store/sqlite_error.h"

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace camie::store {

namespace {
constexpr int kBusyTimeoutMs = 5000;
constexpr int kCheckpointPages = SqliteDatabase::kCheckpointPages;
// The checkpoint thread has fallen this far behind (a reader kept it from
// finishing): the committing connection checkpoints itself, as SQLite would.
constexpr int kInlineCheckpointPages = 8 * kCheckpointPages;
// The cache's bounds: idle statements of one SQL text, and SQL texts kept.
// The store's SQL is a fixed set of a few dozen texts.
constexpr std::size_t kIdlePerSql = 4;
constexpr std::size_t kCachedSqlTexts = 256;

// Held while a checkpoint runs in this process: a TRUNCATE checkpoint
// (checkpointTruncate) would fail at once, not wait, while another one runs.
std::mutex& checkpointLock() {
  static std::mutex lock;
  return lock;
}

// Copies WAL databases' logs back into their files on a thread of its own,
// with a connection of its own (PASSIVE: it never blocks a writer). A commit
// then costs its own durable write and nothing more: with SQLite's automatic
// checkpoint, every 50th or so registration also paid for writing some 1,000
// pages into the database file and syncing it (docs/performance.md).
// Durability is the same: a commit is durable in the WAL before it returns;
// a checkpoint cut short by a crash is redone from the WAL at the next open.
class Checkpointer {
public:
  static Checkpointer& instance() {
    static Checkpointer checkpointer;
    return checkpointer;
  }

  void request(const std::string& path) {
    {
      const std::lock_guard lock(mutex_);
      if (std::find(queue_.begin(), queue_.end(), path) == queue_.end())
        queue_.push_back(path);
      if (!thread_.joinable())
        thread_ = std::thread([this] { run(); });
    }
    wake_.notify_one();
  }

  ~Checkpointer() {
    {
      const std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable())
      thread_.join();
  }

private:
  Checkpointer() = default;

  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty())
        return; // stopping, nothing left to do
      const std::string path = queue_.front();
      queue_.pop_front();
      lock.unlock();
      checkpoint(path);
      lock.lock();
    }
  }

  static void checkpoint(const std::string& path) {
    const std::lock_guard lock(checkpointLock());
    sqlite3* db = nullptr;
    // Never creates a database: one removed meanwhile is simply not there.
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) ==
        SQLITE_OK) {
      sqlite3_busy_timeout(db, kBusyTimeoutMs);
      sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
      sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    sqlite3_close(db);
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::string> queue_;
  std::thread thread_;
  bool stop_ = false;
};

// Called by SQLite after each commit on a WAL connection, with the log's size
// in pages; replaces the automatic checkpoint (sqlite3_wal_autocheckpoint).
int walCommitted(void* path, sqlite3* db, const char* name, int pages) {
  if (pages >= kInlineCheckpointPages) {
    const std::lock_guard lock(checkpointLock());
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (pages >= kCheckpointPages)
    Checkpointer::instance().request(*static_cast<const std::string*>(path));
  return SQLITE_OK;
}
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
    // Checkpoints on the checkpoint thread, not inside a commit.
    if (const char* file = sqlite3_db_filename(raw, "main"); file && *file) {
      db->walPath_ = file;
      sqlite3_wal_hook(raw, walCommitted, &db->walPath_);
    }
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
  for (auto& [sql, statements] : idle_)
    for (sqlite3_stmt* stmt : statements)
      sqlite3_finalize(stmt);
  if (db_) {
    const int rc = sqlite3_close(db_);
    if (rc != SQLITE_OK)
      qCWarning(lcStore) << "closing the database failed:" << rc;
  }
}

Result<SqliteStatement> SqliteDatabase::prepare(const char* sql) {
  std::string text(sql);
  if (auto idle = idle_.find(text); idle != idle_.end() && !idle->second.empty()) {
    sqlite3_stmt* stmt = idle->second.back();
    idle->second.pop_back();
    return SqliteStatement(db_, stmt, this);
  }
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK)
    return sqliteError(db_, rc, QStringLiteral("prepare"));
  if (!stmt) // only blanks or a comment: nothing to keep
    return SqliteStatement(db_, stmt);
  sqlOf_.emplace(stmt, std::move(text));
  return SqliteStatement(db_, stmt, this);
}

void SqliteDatabase::giveBack(sqlite3_stmt* stmt) {
  if (!stmt)
    return;
  const auto known = sqlOf_.find(stmt);
  auto idle = known == sqlOf_.end() ? idle_.end() : idle_.find(known->second);
  if (known != sqlOf_.end() && idle == idle_.end() && idle_.size() < kCachedSqlTexts)
    idle = idle_.emplace(known->second, std::vector<sqlite3_stmt*>()).first;
  if (idle != idle_.end() && idle->second.size() < kIdlePerSql) {
    // Reset: no read or write stays open through an idle statement.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    idle->second.push_back(stmt);
    return;
  }
  if (known != sqlOf_.end())
    sqlOf_.erase(known);
  sqlite3_finalize(stmt);
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

Result<bool> SqliteDatabase::checkpointTruncate() {
  const std::lock_guard lock(checkpointLock()); // not while the checkpoint thread copies
  auto checkpoint = prepare("PRAGMA wal_checkpoint(TRUNCATE)");
  if (!checkpoint)
    return checkpoint.error();
  auto row = checkpoint->step();
  if (!row)
    return row.error();
  return *row && checkpoint->int64(0) == 0;
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
