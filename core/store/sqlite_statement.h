// SqliteStatement: one prepared statement, finalised when it goes out of
// scope — or, when it came from SqliteDatabase::prepare, reset and handed back
// to that connection's cache for the next prepare of the same SQL. Bind by
// 1-based index, step, read columns.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace camie::store {

class SqliteDatabase;

class SqliteStatement {
public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, SqliteDatabase* cache = nullptr)
      : db_(db), stmt_(stmt), cache_(cache) {}
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  SqliteStatement& bind(int index, qint64 value);
  SqliteStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
  SqliteStatement& bind(int index, const QString& text);    // a null QString binds NULL
  SqliteStatement& bind(int index, const QByteArray& blob); // a null QByteArray binds NULL
  SqliteStatement& bind(int index, std::optional<qint64> value);
  SqliteStatement& bindNull(int index);

  // Steps once: true when a row is available, false when done.
  [[nodiscard]] Result<bool> step();
  // Steps to completion, for statements that return no rows.
  [[nodiscard]] Result<void> run();
  // Steps to completion, giving `column` of every row (NULL as a null QString).
  [[nodiscard]] Result<QStringList> texts(int column = 0);
  void reset();

  qint64 int64(int column) const;
  std::optional<qint64> optionalInt64(int column) const;
  QString text(int column) const; // NULL reads as a null QString
  QByteArray blob(int column) const;
  bool isNull(int column) const;

private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  SqliteDatabase* cache_; // takes the statement back when this one is done
};

} // namespace camie::store
