#include "core/store/record_store.h"
#include "core/store/sqlite_database.h"
#include "support/temp_kiosk.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

using namespace camie;
using namespace camie::store;

TEST_CASE("a kiosk database runs in WAL mode with full sync and foreign keys", "[store]") {
  test::TempKiosk k;
  auto mode = k.db->prepare("PRAGMA journal_mode");
  REQUIRE(mode.ok());
  REQUIRE(mode->step().value());
  CHECK(mode->text(0) == QStringLiteral("wal"));
  CHECK(k.db->queryInt("PRAGMA synchronous").value() == 2); // FULL
  CHECK(k.db->queryInt("PRAGMA foreign_keys").value() == 1);
}

TEST_CASE("a transaction that is not committed leaves nothing behind", "[store]") {
  test::TempKiosk k;
  {
    Transaction tx(*k.db);
    REQUIRE(tx.began().ok());
    REQUIRE(k.db->exec("INSERT INTO settings (key, value) VALUES ('a', 'b')").ok());
  }
  CHECK(k.db->queryInt("SELECT count(*) FROM settings").value() == 0);
}

TEST_CASE("texts gives a column of every row, NULL as a null string, and a step's error",
          "[store]") {
  test::TempKiosk k;
  auto rows = k.db->prepare("SELECT b, a FROM (SELECT 1 AS n, 'one' AS a, 'x' AS b UNION ALL "
                            "SELECT 2, NULL, 'y' UNION ALL SELECT 3, 'three', 'z') ORDER BY n");
  REQUIRE(rows.ok());
  auto second = rows->texts(1);
  REQUIRE(second.ok());
  REQUIRE(second->size() == 3);
  CHECK(second->at(0) == u"one");
  CHECK(second->at(1).isNull());
  CHECK(second->at(2) == u"three");
  // Done and reset: the same statement runs again from its first row.
  auto first = rows->texts();
  REQUIRE(first.ok());
  CHECK(*first == QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});

  // An error on a later row (integer overflow in abs) is the result, not a short list.
  auto failing = k.db->prepare("SELECT CASE WHEN n = 1 THEN 'fine' ELSE abs(n) END FROM "
                               "(SELECT 1 AS n UNION ALL SELECT -9223372036854775807 - 1)");
  REQUIRE(failing.ok());
  auto refused = failing->texts();
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.contains(QStringLiteral("overflow")));
}

TEST_CASE("a full database gives a storage_full error and keeps what was stored", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  const QByteArray blob(2000, 'x');
  auto add = [&](int i) {
    return records.createDraft({QStringLiteral("r-%1").arg(i), 1, QStringLiteral("f"),
                                QStringLiteral("1"), QStringLiteral("op")},
                               blob);
  };
  REQUIRE(add(0).ok());
  const qint64 pages = k.db->queryInt("PRAGMA page_count").value();
  const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages + 2);
  REQUIRE(k.db->exec(limit.constData()).ok());

  Result<void> last;
  int i = 1;
  for (; i < 100 && last.ok(); ++i)
    last = add(i);
  REQUIRE_FALSE(last.ok());
  CHECK(last.error().code == QStringLiteral("storage_full"));
  CHECK(last.error().message.contains(QStringLiteral("Storage full")));
  const qint64 stored = k.db->queryInt("SELECT count(*) FROM records").value();
  CHECK(stored == i - 2 + 1);
  CHECK(k.db->queryInt("SELECT count(*) FROM audit").value() == stored);

  REQUIRE(k.db->exec("PRAGMA max_page_count = 1000000").ok());
  CHECK(add(1000).ok());
}

namespace {
int compiledStatements(const SqliteDatabase& db) {
  int n = 0;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s;
       s = sqlite3_next_stmt(db.handle(), s))
    ++n;
  return n;
}
} // namespace

TEST_CASE("a statement that goes out of scope is kept for the same SQL, reset, bindings cleared, "
          "and holds no read open",
          "[store]") {
  test::TempKiosk k;
  REQUIRE(k.db->exec("INSERT INTO settings (key, value) VALUES ('a', '1'), ('b', '2')").ok());
  const int before = compiledStatements(*k.db);
  {
    auto read = k.db->prepare("SELECT key FROM settings WHERE value >= ? ORDER BY key");
    REQUIRE(read.ok());
    read->bind(1, QStringLiteral("1"));
    REQUIRE(read->step().value()); // left in the middle of its rows
    CHECK(read->text(0) == QStringLiteral("a"));
  }
  const int kept = compiledStatements(*k.db);
  CHECK(kept == before + 1);

  // Another connection writes, then empties the WAL: only possible if no
  // read of the first connection is still open.
  auto other = SqliteDatabase::open(k.path(), SqliteDatabase::Mode::ReadWrite);
  REQUIRE(other.ok());
  REQUIRE((*other)->exec("INSERT INTO settings (key, value) VALUES ('c', '3')").ok());
  CHECK((*other)->checkpointTruncate().value());

  auto again = k.db->prepare("SELECT key FROM settings WHERE value >= ? ORDER BY key");
  REQUIRE(again.ok());
  CHECK(compiledStatements(*k.db) == kept); // the same statement, not a new one
  REQUIRE_FALSE(again->step().value());     // the old binding is gone: NULL matches nothing
  again->reset();
  again->bind(1, QStringLiteral("2"));
  QStringList keys;
  while (again->step().value())
    keys << again->text(0);
  CHECK(keys == QStringList{QStringLiteral("b"), QStringLiteral("c")}); // sees the other's write
}

TEST_CASE("a WAL past 1,000 pages is copied into the database file without a checkpoint call",
          "[store]") {
  test::TempKiosk k;
  REQUIRE(k.db->exec("CREATE TABLE filler (body BLOB NOT NULL)").ok());
  REQUIRE(k.db->checkpointTruncate().value());
  const qint64 before = QFileInfo(k.path()).size();
  const QByteArray page(4000, 'x');
  for (int t = 0; t < 12; ++t) { // 12 commits of 100 rows of a page each
    Transaction tx(*k.db);
    REQUIRE(tx.began().ok());
    auto insert = k.db->prepare("INSERT INTO filler (body) VALUES (?)");
    REQUIRE(insert.ok());
    for (int i = 0; i < 100; ++i)
      REQUIRE(insert->bind(1, page).run().ok());
    REQUIRE(tx.commit().ok());
  }
  // The checkpoint runs beside the commits: wait for the file to grow.
  QElapsedTimer waited;
  waited.start();
  while (QFileInfo(k.path()).size() < before + 1000LL * 4000 && waited.elapsed() < 30000)
    QThread::msleep(20);
  CHECK(QFileInfo(k.path()).size() >= before + 1000LL * 4000);
}
