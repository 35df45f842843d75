// Backups and restores of real kiosk databases in temporary folders: taken
// while another connection writes, round trips, refusals over newer data,
// over a database in use, and of corrupt or foreign files.
#include "core/store/audit_log.h"
#include "core/store/database_backup.h"
#include "core/store/database_check.h"
#include "core/store/key_vault.h"
#include "core/store/record_store.h"
#include "core/store/sqlite_database.h"
#include "support/filled_queue.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <thread>

using namespace camie;
using namespace camie::store;

namespace {

const QString kStamp = QStringLiteral("20260115T080000Z");

QFileDevice::Permissions ownerOnly() {
  return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
         QFileDevice::WriteUser;
}

QByteArray sha256Of(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The live database's files, hashed: equal before and after means untouched
// (a WAL file with nothing in it counts as none).
QByteArray fingerprintOf(const QString& dbPath) {
  const QString wal = dbPath + QStringLiteral("-wal");
  return sha256Of(dbPath) + (QFileInfo(wal).size() > 0 ? sha256Of(wal) : QByteArray());
}

QStringList recordIds(SqliteDatabase& db) {
  auto stmt = db.prepare("SELECT id FROM records ORDER BY id");
  REQUIRE(stmt.ok());
  QStringList ids;
  while (stmt->step().value())
    ids << stmt->text(0);
  return ids;
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

} // namespace

TEST_CASE("a backup taken while another connection writes is a consistent, checked copy that "
          "only its owner can read",
          "[store][backup]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::fillQueue(kiosk, registry, 20);
  const QString target = kiosk.dir.filePath(QStringLiteral("backup.db"));

  // The kiosk goes on working: a second connection appends audit entries in
  // transactions for as long as the backup runs.
  // (Catch2 assertions stay on this thread; the writer only counts.)
  std::atomic<int> written{0};
  std::atomic<bool> failed{false};
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    auto db = KioskDatabase::open(kiosk.path(), KioskDatabase::Create::Never);
    for (qint64 i = 0; db && !stop && !failed; ++i) {
      Transaction tx(**db);
      const bool ok =
          tx.began().ok() &&
          AuditLog(**db)
              .append(test::kTestEpochMs + i, QStringLiteral("system"), QStringLiteral("test.busy"))
              .ok() &&
          tx.commit().ok();
      if (!ok)
        failed = true;
      ++written;
    }
    if (!db)
      failed = true;
  });
  while (written < 50 && !failed) // the writer is under way before the backup starts
    std::this_thread::yield();
  const qint64 before = kiosk.db->queryInt("SELECT count(*) FROM audit").value();
  auto summary = DatabaseBackup::backup(*kiosk.db, target);
  stop = true;
  writer.join();
  const qint64 after = kiosk.db->queryInt("SELECT count(*) FROM audit").value();
  REQUIRE_FALSE(failed);

  INFO((summary ? QString() : summary.error().message).toStdString());
  REQUIRE(summary.ok());
  CHECK(summary->records.value(RecordStatus::Sealed) == 20);
  CHECK(summary->operators == 1);
  CHECK(summary->auditEntries >= before);
  CHECK(summary->auditEntries <= after);
  CHECK(summary->newestAuditAt.has_value());
  CHECK(QFile::permissions(target) == ownerOnly());
  CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
  CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-journal")));

  // Checked again from scratch: the audit chain of the snapshot is whole.
  auto copy = SqliteDatabase::open(target, SqliteDatabase::Mode::ReadOnly);
  REQUIRE(copy.ok());
  CHECK(AuditLog(**copy).verify()->ok());
  CHECK(recordIds(**copy) == recordIds(*kiosk.db));
}

TEST_CASE("a backup never overwrites an existing file", "[store][backup]") {
  test::TempKiosk kiosk;
  const QString target = kiosk.dir.filePath(QStringLiteral("taken.db"));
  writeFile(target, "precious");
  auto summary = DatabaseBackup::backup(*kiosk.db, target);
  REQUIRE_FALSE(summary.ok());
  CHECK(summary.error().code == QStringLiteral("backup_exists"));
  CHECK(readFile(target) == "precious");
}

TEST_CASE("a restore round trip brings back records, operators and an intact audit log",
          "[store][backup]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  const QStringList ids = test::fillQueue(kiosk, registry, 12);
  const QString backupPath = kiosk.dir.filePath(QStringLiteral("backup.db"));
  auto made = DatabaseBackup::backup(*kiosk.db, backupPath);
  REQUIRE(made.ok());

  SECTION("onto a new kiosk whose database does not exist yet") {
    QTemporaryDir other;
    const QString livePath = other.filePath(QStringLiteral("data/kiosk.db"));
    auto outcome = DatabaseBackup::restore(backupPath, livePath, false, kStamp);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->safetyCopy.isEmpty());
    CHECK(outcome->restored.records.value(RecordStatus::Sealed) == 12);
    CHECK(outcome->restored.auditEntries == made->auditEntries);
    CHECK(QFile::permissions(livePath) == ownerOnly());

    auto restored = KioskDatabase::open(livePath, KioskDatabase::Create::Never);
    REQUIRE(restored.ok());
    CHECK(AuditLog(**restored).verify()->ok());
    auto ops = KeyVault(**restored, kiosk.clock, test::cheapScrypt()).operators();
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    CHECK(ops->first().id == QStringLiteral("tech1"));
    QStringList sorted = ids;
    sorted.sort();
    CHECK(recordIds(**restored) == sorted);
    // The data key comes back with the key slots: the technician signs in.
    CHECK(KeyVault(**restored, kiosk.clock, test::cheapScrypt())
              .signIn(QStringLiteral("tech1"), test::kTechPin)
              .ok());
  }

  SECTION("over the same database, unchanged since: no loss, the old one kept aside") {
    kiosk.db.reset();
    auto outcome = DatabaseBackup::restore(backupPath, kiosk.path(), false, kStamp);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->lost.any());
    CHECK(outcome->safetyCopy == kiosk.path() + QStringLiteral(".pre-restore-") + kStamp);
    CHECK(QFile::permissions(outcome->safetyCopy) == ownerOnly());
    CHECK(DatabaseCheck::checkFile(outcome->safetyCopy).ok());
  }
}

TEST_CASE("a restore over newer data is refused with what would be lost, unless forced",
          "[store][backup]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::fillQueue(kiosk, registry, 5);
  const QString backupPath = kiosk.dir.filePath(QStringLiteral("backup.db"));
  REQUIRE(DatabaseBackup::backup(*kiosk.db, backupPath).ok());
  test::fillQueue(kiosk, registry, 3, 2); // after the backup
  const qint64 audit = kiosk.db->queryInt("SELECT count(*) FROM audit").value();
  kiosk.db.reset();
  const QByteArray untouched = fingerprintOf(kiosk.path());

  auto refused = DatabaseBackup::restore(backupPath, kiosk.path(), false, kStamp);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("restore_would_lose"));
  INFO(refused.error().message.toStdString());
  CHECK(refused.error().message.contains(QStringLiteral("3 registrations not in the backup")));
  CHECK(refused.error().message.contains(QStringLiteral("audit log entries not in the backup")));
  CHECK(fingerprintOf(kiosk.path()) == untouched);

  auto loss = DatabaseBackup::compare(kiosk.path(), backupPath);
  REQUIRE(loss.ok());
  CHECK(loss->missingRecords == 3);
  CHECK(loss->changedRecords == 0);
  CHECK(loss->auditEntries > 0);

  auto forced = DatabaseBackup::restore(backupPath, kiosk.path(), true, kStamp);
  INFO((forced ? QString() : forced.error().message).toStdString());
  REQUIRE(forced.ok());
  CHECK(forced->lost.missingRecords == 3);
  CHECK(forced->restored.records.value(RecordStatus::Sealed) == 5);
  // What was given up is still in the safety copy.
  auto kept = DatabaseCheck::checkFile(forced->safetyCopy);
  REQUIRE(kept.ok());
  CHECK(kept->records.value(RecordStatus::Sealed) == 8);
  CHECK(kept->auditEntries == audit);
  CHECK(QFile::permissions(forced->safetyCopy) == ownerOnly());
}

TEST_CASE("a restore is refused over registrations changed or operators added since the backup",
          "[store][backup]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  const QStringList ids = test::fillQueue(kiosk, registry, 3);
  const QString backupPath = kiosk.dir.filePath(QStringLiteral("backup.db"));
  REQUIRE(DatabaseBackup::backup(*kiosk.db, backupPath).ok());

  SECTION("a registration sent since the backup") {
    RecordStore records(*kiosk.db, kiosk.clock, 7);
    kiosk.clock.advanceMs(60000);
    REQUIRE(records
                .leaseBatch(QStringLiteral("batch-1"), {ids.first()}, kiosk.clock.nowMs() + 60000,
                            QStringLiteral("device"))
                .ok());
    kiosk.db.reset();
    auto loss = DatabaseBackup::compare(kiosk.path(), backupPath);
    REQUIRE(loss.ok());
    CHECK(loss->missingRecords == 0);
    CHECK(loss->changedRecords == 1);
    CHECK(loss->missingOperators == 0);
    auto refused = DatabaseBackup::restore(backupPath, kiosk.path(), false, kStamp);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == QStringLiteral("restore_would_lose"));
    CHECK(refused.error().message.contains(
        QStringLiteral("1 registration changed since the backup")));
  }

  SECTION("an operator added since the backup") {
    KeyVault vault(*kiosk.db, kiosk.clock, test::cheapScrypt());
    auto session = vault.signIn(QStringLiteral("tech1"), test::kTechPin);
    REQUIRE(session.ok());
    REQUIRE(vault.addOperator(*session, QStringLiteral("teller9"), OperatorRole::Teller).ok());
    kiosk.db.reset();
    auto loss = DatabaseBackup::compare(kiosk.path(), backupPath);
    REQUIRE(loss.ok());
    CHECK(loss->missingRecords == 0);
    CHECK(loss->changedRecords == 0);
    CHECK(loss->missingOperators == 1);
    auto refused = DatabaseBackup::restore(backupPath, kiosk.path(), false, kStamp);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == QStringLiteral("restore_would_lose"));
    CHECK(refused.error().message.contains(QStringLiteral("1 operator not in the backup")));
  }
  // Either way the live database is the one that was there.
  auto live = DatabaseCheck::checkFile(kiosk.path());
  REQUIRE(live.ok());
  CHECK(live->recordTotal() == 3);
}

TEST_CASE("a backup written by a newer kiosk is refused", "[store][backup]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::fillQueue(kiosk, registry, 2);
  const QString backupPath = kiosk.dir.filePath(QStringLiteral("backup.db"));
  REQUIRE(DatabaseBackup::backup(*kiosk.db, backupPath).ok());
  {
    auto newer = SqliteDatabase::open(backupPath, SqliteDatabase::Mode::ReadWrite);
    REQUIRE(newer.ok());
    REQUIRE((*newer)->exec("PRAGMA user_version = 999").ok());
  }
  kiosk.db.reset();
  auto refused = DatabaseBackup::restore(backupPath, kiosk.path(), true, kStamp);
  REQUIRE_FALSE(refused.ok());
  INFO(refused.error().message.toStdString());
  CHECK(refused.error().code == QStringLiteral("database_invalid"));
  CHECK(refused.error().message.contains(QStringLiteral("newer kiosk")));
  CHECK(DatabaseCheck::checkFile(kiosk.path()).ok());
}

TEST_CASE("a restore is refused while another connection has the database open",
          "[store][backup]") {
  test::TempKiosk kiosk; // kiosk.db stays open, as in the running kiosk
  test::TestRegistry registry;
  test::fillQueue(kiosk, registry, 2);
  const QString backupPath = kiosk.dir.filePath(QStringLiteral("backup.db"));
  REQUIRE(DatabaseBackup::backup(*kiosk.db, backupPath).ok());

  auto refused = DatabaseBackup::restore(backupPath, kiosk.path(), true, kStamp);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("database_in_use"));
  CHECK(kiosk.db->queryInt("SELECT count(*) FROM records").value() == 2);
  CHECK(kiosk.db->exec("INSERT INTO settings (key, value) VALUES ('still', 'writable')").ok());
}

TEST_CASE("a corrupt or foreign file is refused and the live database is left as it was",
          "[store][backup]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  test::fillQueue(kiosk, registry, 4);
  const QString good = kiosk.dir.filePath(QStringLiteral("good.db"));
  REQUIRE(DatabaseBackup::backup(*kiosk.db, good).ok());
  const QByteArray bytes = readFile(good);
  const QString bad = kiosk.dir.filePath(QStringLiteral("bad.db"));

  struct Case {
    const char* name;
    std::function<QByteArray()> make;
    const char* says;
  };
  const std::vector<Case> cases = {
      {"truncated to half", [&] { return bytes.left(bytes.size() / 2); }, "badly damaged"},
      {"an audit entry edited in place",
       [&] {
         QByteArray edited = bytes;
         const qsizetype at = edited.indexOf("record.sealed");
         REQUIRE(at > 0);
         edited[at] = 'R';
         return edited;
       },
       "audit log is broken"},
      {"the header flipped",
       [&] {
         QByteArray flipped = bytes;
         for (int i = 0; i < 16; ++i)
           flipped[i] = static_cast<char>(~flipped[i]);
         return flipped;
       },
       "not a SQLite database"},
      {"not SQLite at all", [] { return QByteArray("name,phone\nSok Dara,012345678\n"); },
       "not a SQLite database"},
      {"another program's SQLite file",
       [&] {
         QTemporaryDir scratch;
         const QString path = scratch.filePath(QStringLiteral("other.db"));
         auto other = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWriteCreate);
         REQUIRE(other.ok());
         REQUIRE(
             (*other)->exec("CREATE TABLE songs (title TEXT); PRAGMA journal_mode=DELETE;").ok());
         other->reset();
         return readFile(path);
       },
       "not a kiosk database"},
  };
  kiosk.db.reset();
  const QByteArray untouched = fingerprintOf(kiosk.path());
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      writeFile(bad, c.make());
      CHECK_FALSE(DatabaseCheck::checkFile(bad).ok());
      auto refused = DatabaseBackup::restore(bad, kiosk.path(), true, kStamp);
      REQUIRE_FALSE(refused.ok());
      INFO(refused.error().message.toStdString());
      CHECK(refused.error().code == QStringLiteral("database_invalid"));
      CHECK(refused.error().message.contains(QString::fromLatin1(c.says)));
      CHECK(refused.error().message.contains(QStringLiteral("Nothing was changed")));
      CHECK(fingerprintOf(kiosk.path()) == untouched);
      CHECK_FALSE(QFileInfo::exists(kiosk.path() + QStringLiteral(".pre-restore-") + kStamp));
    }
  }
}
