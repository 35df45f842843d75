// What a stolen kiosk's disk would show: the bytes of a database file with its
// -wal and -shm files, and the record ciphertexts to look for in them.
#pragma once

#include "core/store/sqlite_database.h"
#include "core/util/clock.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <atomic>

namespace camie::test {

// A fake clock the test moves while the kiosk's worker threads read it.
class SharedFakeClock final : public Clock {
public:
  explicit SharedFakeClock(qint64 startMs) : ms_(startMs) {}
  qint64 nowMs() const override { return ms_.load(); }
  void advanceMs(qint64 delta) { ms_.fetch_add(delta); }

private:
  std::atomic<qint64> ms_;
};

inline constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The database file, its WAL and its shared-memory index, concatenated.
inline QByteArray databaseFileBytes(const QString& dbPath) {
  QByteArray all;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    QFile f(dbPath + QLatin1String(suffix));
    if (f.open(QIODevice::ReadOnly))
      all += f.readAll();
  }
  return all;
}

// Every local copy and sealed ciphertext still held in the queue.
inline QList<QByteArray> recordCiphertexts(store::SqliteDatabase& db) {
  auto stmt = db.prepare("SELECT local_copy, sealed_ct FROM records ORDER BY id");
  REQUIRE(stmt.ok());
  QList<QByteArray> blobs;
  for (;;) {
    auto row = stmt->step();
    REQUIRE(row.ok());
    if (!*row)
      break;
    for (int column : {0, 1}) {
      const QByteArray blob = stmt->blob(column);
      if (!blob.isEmpty())
        blobs << blob;
    }
  }
  return blobs;
}

inline qint64 countWhere(store::SqliteDatabase& db, const char* sql) {
  auto n = db.queryInt(sql);
  REQUIRE(n.ok());
  return *n;
}

} // namespace camie::test
