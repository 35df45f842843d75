#include "core/store/sqlite_statement.h"

#include "core/store/sqlite_database.h"
#include "core/store/sqlite_error.h"

#include <sqlite3.h>

#include <utility>

namespace camie::store {

namespace {
// Steps to completion, calling `onRow` at each row, then resets the
// statement; a step's error ends it and is the result.
template <typename OnRow>
Result<void> eachRow(SqliteStatement& statement, OnRow onRow) {
  for (;;) {
    auto row = statement.step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    onRow();
  }
  statement.reset();
  return {};
}
} // namespace

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), cache_(other.cache_) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    if (cache_)
      cache_->giveBack(stmt_);
    else
      sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
    cache_ = other.cache_;
  }
  return *this;
}

SqliteStatement::~SqliteStatement() {
  if (cache_)
    cache_->giveBack(stmt_);
  else
    sqlite3_finalize(stmt_);
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& text) {
  if (text.isNull())
    return bindNull(index);
  const QByteArray utf8 = text.toUtf8();
  sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob) {
  if (blob.isNull())
    return bindNull(index);
  sqlite3_bind_blob(stmt_, index, blob.constData(), static_cast<int>(blob.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::optional<qint64> value) {
  return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> SqliteStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW)
    return true;
  if (rc == SQLITE_DONE)
    return false;
  Error error = sqliteError(db_, rc, QStringLiteral("step"));
  sqlite3_reset(stmt_);
  return error;
}

Result<void> SqliteStatement::run() {
  return eachRow(*this, [] {});
}

Result<QStringList> SqliteStatement::texts(int column) {
  QStringList values;
  if (auto done = eachRow(*this, [&] { values << text(column); }); !done)
    return done.error();
  return values;
}

void SqliteStatement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

qint64 SqliteStatement::int64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

std::optional<qint64> SqliteStatement::optionalInt64(int column) const {
  if (isNull(column))
    return std::nullopt;
  return int64(column);
}

QString SqliteStatement::text(int column) const {
  if (isNull(column))
    return {};
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column));
}

QByteArray SqliteStatement::blob(int column) const {
  if (isNull(column))
    return {};
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  const int n = sqlite3_column_bytes(stmt_, column);
  return n == 0 ? QByteArray("") : QByteArray(p, n);
}

bool SqliteStatement::isNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

} // namespace camie::store
