#include "core/store/record_store.h"
#include "core/store/sqlite_database.h"
#include "support/temp_kiosk.h"

#include <catch2/catch.hpp>

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
