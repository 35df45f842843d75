#include "core/store/schema_migrations.h"
#include "core/store/sqlite_database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace camie::store;

namespace {
std::unique_ptr<SqliteDatabase> openRaw(const QString& path) {
  auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWriteCreate);
  REQUIRE(db.ok());
  return std::move(*db);
}

QStringList tables(SqliteDatabase& db) {
  auto stmt = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  REQUIRE(stmt.ok());
  QStringList names;
  while (stmt->step().value())
    names << stmt->text(0);
  return names;
}
} // namespace

TEST_CASE("an empty file is migrated to the current schema", "[store]") {
  QTemporaryDir dir;
  auto db = openRaw(dir.filePath(QStringLiteral("k.db")));
  REQUIRE(SchemaMigrations::migrate(*db).ok());
  CHECK(db->queryInt("PRAGMA user_version").value() == SchemaMigrations::currentVersion());
  const QStringList names = tables(*db);
  for (const char* t :
       {"audit", "batches", "key_slots", "operators", "records", "reference_data", "settings"})
    CHECK(names.contains(QString::fromLatin1(t)));
  REQUIRE(db->queryInt("PRAGMA integrity_check").ok());
}

TEST_CASE("every earlier schema version migrates to the current one", "[store]") {
  for (int from = 0; from <= SchemaMigrations::currentVersion(); ++from) {
    INFO("from version " << from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    {
      auto db = openRaw(path);
      REQUIRE(SchemaMigrations::migrateTo(*db, from).ok());
      CHECK(db->queryInt("PRAGMA user_version").value() == from);
    }
    auto db = openRaw(path); // as a newer kiosk would open it
    REQUIRE(SchemaMigrations::migrate(*db).ok());
    CHECK(db->queryInt("PRAGMA user_version").value() == SchemaMigrations::currentVersion());
    CHECK(tables(*db).contains(QStringLiteral("records")));
  }
}

TEST_CASE("migrating twice changes nothing", "[store]") {
  QTemporaryDir dir;
  auto db = openRaw(dir.filePath(QStringLiteral("k.db")));
  REQUIRE(SchemaMigrations::migrate(*db).ok());
  REQUIRE(db->exec("INSERT INTO settings (key, value) VALUES ('k', 'v')").ok());
  REQUIRE(SchemaMigrations::migrate(*db).ok());
  CHECK(db->queryInt("SELECT count(*) FROM settings").value() == 1);
}

TEST_CASE("a database from a newer kiosk is refused and left untouched", "[store]") {
  QTemporaryDir dir;
  auto db = openRaw(dir.filePath(QStringLiteral("k.db")));
  const int newer = SchemaMigrations::currentVersion() + 1;
  const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(newer);
  REQUIRE(db->exec(sql.constData()).ok());
  const auto result = SchemaMigrations::migrate(*db);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == QStringLiteral("schema_too_new"));
  CHECK(db->queryInt("PRAGMA user_version").value() == newer);
  CHECK(tables(*db).isEmpty());
}

TEST_CASE("version 2 keeps every record and count of a version 1 queue and adds `exported`",
          "[store]") {
  QTemporaryDir dir;
  auto db = openRaw(dir.filePath(QStringLiteral("k.db")));
  REQUIRE(SchemaMigrations::migrateTo(*db, 1).ok());
  REQUIRE(db->exec("INSERT INTO records (id, revision, status, form_id, form_version, "
                   "operator_id, created_at, updated_at, captured_at, local_schema, local_copy, "
                   "sealed_ct) VALUES "
                   "('r1', 1, 'sealed', 'f', '1', 'op', 1, 2, 3, 1, x'0102', x'0304'), "
                   "('r2', 2, 'accepted', 'f', '1', 'op', 1, 2, 3, 1, NULL, NULL)")
              .ok());
  REQUIRE(SchemaMigrations::migrate(*db).ok());
  CHECK(db->queryInt("SELECT count(*) FROM records").value() == 2);
  CHECK(db->queryInt("SELECT revision FROM records WHERE id = 'r2'").value() == 2);
  CHECK(db->queryInt("SELECT length(local_copy) FROM records WHERE id = 'r1'").value() == 2);
  CHECK(db->queryInt("SELECT n FROM record_counts WHERE status = 'sealed'").value() == 1);
  CHECK(db->queryInt("SELECT n FROM record_counts WHERE status = 'exported'").value() == 0);
  // The triggers that keep the counts came back with the new table.
  REQUIRE(db->exec("UPDATE records SET status = 'exported' WHERE id = 'r1'").ok());
  CHECK(db->queryInt("SELECT n FROM record_counts WHERE status = 'exported'").value() == 1);
  CHECK(db->queryInt("SELECT n FROM record_counts WHERE status = 'sealed'").value() == 0);
  CHECK_FALSE(db->exec("UPDATE records SET status = 'lost' WHERE id = 'r1'").ok());
  CHECK(db->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                     "tbl_name = 'records' AND name LIKE 'records_%'")
            .value() == 6);
}

TEST_CASE("version 3 adds the receipt (none for earlier acceptances) and drops unsigned keys",
          "[store]") {
  QTemporaryDir dir;
  auto db = openRaw(dir.filePath(QStringLiteral("k.db")));
  REQUIRE(SchemaMigrations::migrateTo(*db, 2).ok());
  REQUIRE(db->exec("INSERT INTO records (id, revision, status, form_id, form_version, "
                   "operator_id, created_at, updated_at, captured_at, local_schema, local_copy, "
                   "registry_number, accepted_at, purge_after) VALUES "
                   "('r1', 1, 'accepted', 'f', '1', 'op', 1, 2, 3, 1, x'0102', 'IE-1', 4, 5)")
              .ok());
  REQUIRE(db->exec("INSERT INTO reference_data (name, etag, body, fetched_at) VALUES "
                   "('keys', 'e', x'7b7d', 1), ('form', 'e', x'7b7d', 1)")
              .ok());
  REQUIRE(SchemaMigrations::migrate(*db).ok());
  CHECK(db->queryInt("SELECT count(*) FROM records WHERE receipt IS NULL").value() == 1);
  CHECK(db->queryInt("SELECT length(local_copy) FROM records WHERE id = 'r1'").value() == 2);
  // The keys document an earlier version stored was never signed: gone.
  CHECK(db->queryInt("SELECT count(*) FROM reference_data WHERE name = 'keys'").value() == 0);
  CHECK(db->queryInt("SELECT count(*) FROM reference_data WHERE name = 'form'").value() == 1);
}

namespace {
// SQLite's plan for `sql`, its steps joined: "SEARCH r USING INDEX ... | ...".
QString planOf(SqliteDatabase& db, const QByteArray& sql) {
  const QByteArray explain = "EXPLAIN QUERY PLAN " + sql;
  auto stmt = db.prepare(explain.constData());
  REQUIRE(stmt.ok());
  QStringList steps;
  while (stmt->step().value())
    steps << stmt->text(3);
  return steps.join(QStringLiteral(" | "));
}

QString allDigests(SqliteDatabase& db) {
  auto stmt = db.prepare("SELECT group_concat(record_id || ' ' || kind || ' ' || hex(digest), "
                         "', ') FROM (SELECT * FROM record_digests ORDER BY 1, 2, 3)");
  REQUIRE(stmt.ok());
  REQUIRE(stmt->step().value());
  return stmt->text(0);
}
} // namespace

TEST_CASE("version 7 keeps every digest and record, and the lookups still use their indexes",
          "[store]") {
  QTemporaryDir dir;
  auto db = openRaw(dir.filePath(QStringLiteral("k.db")));
  REQUIRE(SchemaMigrations::migrateTo(*db, 6).ok());
  REQUIRE(db->exec("INSERT INTO batches (id, created_at, record_count, state) VALUES "
                   "('b1', 1, 1, 'open')")
              .ok());
  REQUIRE(db->exec("INSERT INTO records (id, revision, status, form_id, form_version, "
                   "operator_id, created_at, updated_at, captured_at, local_schema, batch_id, "
                   "registry_number) VALUES "
                   "('r1', 1, 'sending', 'f', '1', 'op', 1, 2, 3, 1, 'b1', NULL), "
                   "('r2', 1, 'accepted', 'f', '1', 'op', 1, 2, 3, 1, NULL, 'IE-2'), "
                   "('r3', 1, 'sealed', 'f', '1', 'op', 1, 2, 3, 1, NULL, NULL)")
              .ok());
  REQUIRE(db->exec("INSERT INTO record_digests (record_id, kind, digest) VALUES "
                   "('r1', 'id', zeroblob(32)), ('r1', 'name_dob', randomblob(32)), "
                   "('r2', 'id', randomblob(32))")
              .ok());
  const QString digests = allDigests(*db);
  REQUIRE(digests.count(u',') == 2);
  REQUIRE(SchemaMigrations::migrate(*db).ok());

  CHECK(db->queryInt("SELECT count(*) FROM records").value() == 3);
  CHECK(allDigests(*db) == digests);
  CHECK(db->queryInt("SELECT count(*) FROM record_digests WHERE kind = 'id' AND "
                     "digest = zeroblob(32)")
            .value() == 1);
  // The digests cannot be duplicated, as before.
  CHECK_FALSE(db->exec("INSERT INTO record_digests (record_id, kind, digest) VALUES ('r1', 'id', "
                       "zeroblob(32))")
                  .ok());
  CHECK_FALSE(db->exec("INSERT INTO record_digests (record_id, kind, digest) VALUES ('r3', "
                       "'id', zeroblob(31))")
                  .ok());

  // The store's lookups: by batch (the lease), by digest (duplicates), by record.
  CHECK(planOf(*db, "SELECT id FROM records WHERE batch_id = ? AND status = 'sending'")
            .contains(QStringLiteral("records_by_batch")));
  CHECK(planOf(*db, "SELECT id FROM records WHERE registry_number = ?")
            .contains(QStringLiteral("records_by_registry_number")));
  CHECK(planOf(*db, "SELECT r.id FROM record_digests d JOIN records r ON r.id = d.record_id "
                    "WHERE d.kind = ?1 AND d.digest = ?2")
            .contains(QStringLiteral("record_digests_by_digest")));
  CHECK(planOf(*db, "DELETE FROM record_digests WHERE record_id = ?")
            .contains(QStringLiteral("PRIMARY KEY")));
  // A batch deleted still lets go of its records (ON DELETE SET NULL).
  REQUIRE(db->exec("DELETE FROM batches WHERE id = 'b1'").ok());
  CHECK(db->queryInt("SELECT count(*) FROM records WHERE batch_id IS NULL").value() == 3);
  REQUIRE(db->queryInt("PRAGMA integrity_check").ok());
}
