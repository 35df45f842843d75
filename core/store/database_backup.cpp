#include "core/store/database_backup.h"

#include "core/logging/log_categories.h"
#include "core/store/kiosk_database.h"
#include "core/store/sqlite_database.h"
#include "core/store/sqlite_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace camie::store {
namespace {

constexpr int kLockWaitMs = 1000; // how long a restore waits for another connection to let go
constexpr int kBusyRetries = 200; // backup steps retried while the source is busy, 50 ms apart

using RawDb = std::unique_ptr<sqlite3, int (*)(sqlite3*)>;

// Creates `path` empty, readable by this user only from its first instant;
// an existing file is never touched.
Result<void> createPrivateFile(const QString& path) {
  const int fd = ::open(QFile::encodeName(path).constData(),
                        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    if (errno == EEXIST)
      return makeError(
          QStringLiteral("backup_exists"),
          QStringLiteral("%1 already exists; a backup never overwrites a file.").arg(path));
    return makeError(QStringLiteral("backup_failed"),
                     QStringLiteral("Cannot create %1: %2.")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
  }
  ::fchmod(fd, S_IRUSR | S_IWUSR);
  ::close(fd);
  return {};
}

// Copies every page of `source`'s main database into `dest`'s, in one step:
// one read transaction on the source, so the copy is a consistent snapshot
// even while other connections write (WAL lets them go on).
Result<void> copyPages(sqlite3* dest, sqlite3* source, const QString& during) {
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
  if (!backup)
    return sqliteError(dest, sqlite3_errcode(dest), during);
  int rc = SQLITE_OK;
  for (int busy = 0; busy < kBusyRetries;) {
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
      break;
    ++busy;
    sqlite3_sleep(50);
  }
  const int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE)
    return sqliteError(dest, rc == SQLITE_OK ? finished : rc, during);
  if (finished != SQLITE_OK)
    return sqliteError(dest, finished, during);
  return {};
}

// Copies `source` into the new file `target` (0600), left in rollback-journal
// mode so that it is one self-contained file. Removes `target` on failure.
Result<void> copyToNewFile(sqlite3* source, const QString& target) {
  if (auto created = createPrivateFile(target); !created)
    return created.error();
  const auto fail = [&target](const Error& e) {
    QFile::remove(target);
    return makeError(
        QStringLiteral("backup_failed"),
        QStringLiteral("Copying the database to %1 failed: %2").arg(target, e.message));
  };
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &raw,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  RawDb dest(raw, sqlite3_close);
  if (rc != SQLITE_OK)
    return fail(sqliteError(raw, rc, QStringLiteral("opening the copy")));
  if (auto copied = copyPages(dest.get(), source, QStringLiteral("copying")); !copied)
    return fail(copied.error());
  // The copy took the source's WAL flag with page 1; one file is easier to move.
  if (const int j =
          sqlite3_exec(dest.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
      j != SQLITE_OK)
    return fail(sqliteError(dest.get(), j, QStringLiteral("leaving WAL mode")));
  if (sqlite3_close(dest.release()) != SQLITE_OK)
    return fail(makeError(QStringLiteral("backup_failed"), QStringLiteral("closing the copy")));
  return {};
}

Result<qint64> count(SqliteDatabase& db, const char* sql) {
  return db.queryInt(sql);
}

// What `live` holds that the attached backup lacks.
Result<RestoreLoss> lossAgainst(SqliteDatabase& live, const QString& backupPath) {
  auto attach = live.prepare("ATTACH DATABASE ? AS backup");
  if (!attach)
    return attach.error();
  attach->bind(1, backupPath);
  if (auto r = attach->run(); !r)
    return r.error();
  RestoreLoss loss;
  Result<void> result;
  const auto read = [&](qint64& out, const char* sql) {
    if (!result)
      return;
    auto n = count(live, sql);
    if (n)
      out = *n;
    else
      result = n.error();
  };
  read(loss.missingRecords, "SELECT count(*) FROM main.records r WHERE NOT EXISTS "
                            "(SELECT 1 FROM backup.records b WHERE b.id = r.id)");
  read(loss.changedRecords,
       "SELECT count(*) FROM main.records r JOIN backup.records b ON b.id = r.id "
       "WHERE r.updated_at > b.updated_at OR r.revision > b.revision OR r.status != b.status");
  read(loss.missingOperators, "SELECT count(*) FROM main.operators o WHERE NOT EXISTS "
                              "(SELECT 1 FROM backup.operators b WHERE b.id = o.id)");
  read(loss.auditEntries, "SELECT count(*) FROM main.audit a WHERE NOT EXISTS "
                          "(SELECT 1 FROM backup.audit b WHERE b.seq = a.seq AND b.hash = a.hash)");
  if (auto detached = live.exec("DETACH DATABASE backup"); !detached && result)
    result = detached.error();
  if (!result)
    return result.error();
  return loss;
}

Error wouldLose(const QString& livePath, const RestoreLoss& loss) {
  return makeError(QStringLiteral("restore_would_lose"),
                   QStringLiteral("%1 holds newer data than the backup: %2. Restoring would lose "
                                  "it; nothing was changed. Add --force to restore anyway (the "
                                  "current database is then kept as a .pre-restore copy).")
                       .arg(livePath, loss.describe()));
}

// Takes the live database for this connection alone: leaving WAL mode needs
// every other connection closed (each holds a shared lock while open), and
// exclusive locking mode keeps everyone else out until this one closes.
Result<void> takeExclusively(SqliteDatabase& db) {
  sqlite3_busy_timeout(db.handle(), kLockWaitMs);
  const auto inUse = [&db] {
    return makeError(QStringLiteral("database_in_use"),
                     QStringLiteral("%1 is in use by another program (is the kiosk running? Close "
                                    "it first, then restore again). Nothing was changed.")
                         .arg(db.path()));
  };
  if (auto r = db.exec("PRAGMA locking_mode=EXCLUSIVE"); !r)
    return r.error();
  {
    auto mode = db.prepare("PRAGMA journal_mode=DELETE");
    if (!mode)
      return mode.error();
    auto row = mode->step();
    if (!row)
      return row.error().kind == ErrorKind::StorageBusy ? inUse() : row.error();
    if (!*row || mode->text(0) != u"delete")
      return inUse();
  } // finalised: an open statement would make COMMIT busy
  if (auto r = db.exec("BEGIN EXCLUSIVE; COMMIT;"); !r)
    return r.error().kind == ErrorKind::StorageBusy ? inUse() : r.error();
  return {};
}

QString freeName(const QString& base) {
  QString name = base;
  for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
    name = base + u'-' + QString::number(n);
  return name;
}

} // namespace

QString RestoreLoss::describe() const {
  const auto counted = [](qint64 n, const char* one, const char* many, const char* rest) {
    return QStringLiteral("%1 %2 %3")
        .arg(n)
        .arg(QLatin1String(n == 1 ? one : many), QLatin1String(rest));
  };
  QStringList parts;
  if (missingRecords > 0)
    parts << counted(missingRecords, "registration", "registrations", "not in the backup");
  if (changedRecords > 0)
    parts << counted(changedRecords, "registration", "registrations",
                     "changed since the backup (sent, accepted or corrected)");
  if (missingOperators > 0)
    parts << counted(missingOperators, "operator", "operators", "not in the backup");
  if (auditEntries > 0)
    parts << counted(auditEntries, "audit log entry", "audit log entries", "not in the backup");
  return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

Result<DatabaseSummary> DatabaseBackup::backup(SqliteDatabase& live, const QString& target) {
  if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
    return makeError(
        QStringLiteral("backup_exists"),
        QStringLiteral("%1 already exists; a backup never overwrites a file.").arg(target));
  if (auto copied = copyToNewFile(live.handle(), target); !copied)
    return copied.error();
  auto checked = DatabaseCheck::checkFile(target);
  if (!checked) {
    QFile::remove(target);
    return makeError(checked.error().code,
                     QStringLiteral("The backup failed its check and was removed: %1")
                         .arg(checked.error().message));
  }
  qCInfo(lcStore) << "backup made:" << checked->recordTotal() << "records," << checked->auditEntries
                  << "audit entries";
  return checked;
}

Result<RestoreLoss> DatabaseBackup::compare(const QString& livePath, const QString& backupPath) {
  // Read-write only so that closing it tidies the -wal and -shm files away
  // (a read-only connection leaves them); nothing is written.
  auto live = SqliteDatabase::open(livePath, SqliteDatabase::Mode::ReadWrite);
  if (!live)
    return live.error();
  return lossAgainst(**live, backupPath);
}

Result<RestoreOutcome> DatabaseBackup::restore(const QString& backupPath, const QString& livePath,
                                               bool force, const QString& stamp) {
  const QFileInfo liveInfo(livePath);
  if (liveInfo.exists() &&
      liveInfo.canonicalFilePath() == QFileInfo(backupPath).canonicalFilePath())
    return makeError(QStringLiteral("restore_same_file"),
                     QStringLiteral("%1 is the live database itself.").arg(backupPath));
  auto backupSummary = DatabaseCheck::checkFile(backupPath);
  if (!backupSummary)
    return makeError(backupSummary.error().code,
                     backupSummary.error().message + QStringLiteral(" Nothing was changed."));

  RestoreOutcome outcome;
  const bool existed = liveInfo.exists();
  if (existed && !force) {
    // Checked before taking the lock too, so a refusal leaves the file as it was.
    auto loss = compare(livePath, backupPath);
    if (!loss)
      return makeError(QStringLiteral("restore_cannot_compare"),
                       QStringLiteral("%1 cannot be compared with the backup (%2). Nothing was "
                                      "changed; add --force to replace it anyway.")
                           .arg(livePath, loss.error().message));
    if (loss->any())
      return wouldLose(livePath, *loss);
  }
  if (!existed) {
    if (!QDir().mkpath(liveInfo.absolutePath()))
      return makeError(QStringLiteral("storage_readonly"),
                       QStringLiteral("Cannot create the folder %1.").arg(liveInfo.absolutePath()));
    QFile::setPermissions(liveInfo.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (auto created = createPrivateFile(livePath); !created)
      return created.error();
  }

  {
    auto live = SqliteDatabase::open(livePath, SqliteDatabase::Mode::ReadWrite);
    if (!live)
      return makeError(live.error().code,
                       QStringLiteral("%1 cannot be opened (%2). Move it aside and restore again.")
                           .arg(livePath, live.error().message));
    if (auto taken = takeExclusively(**live); !taken)
      return taken.error();
    if (existed) {
      auto loss = lossAgainst(**live, backupPath);
      if (loss && loss->any() && !force)
        return wouldLose(livePath, *loss);
      if (!loss && !force)
        return loss.error();
      if (loss)
        outcome.lost = *loss;
      outcome.safetyCopy = freeName(livePath + QStringLiteral(".pre-restore-") + stamp);
      if (auto kept = copyToNewFile((*live)->handle(), outcome.safetyCopy); !kept)
        return kept.error();
    }
    auto source = SqliteDatabase::open(backupPath, SqliteDatabase::Mode::ReadOnly);
    if (!source)
      return source.error();
    if (auto copied =
            copyPages((*live)->handle(), (*source)->handle(), QStringLiteral("restoring"));
        !copied)
      return makeError(QStringLiteral("restore_failed"),
                       QStringLiteral("Restoring into %1 failed (%2); it was left as it was%3.")
                           .arg(livePath, copied.error().message,
                                outcome.safetyCopy.isEmpty()
                                    ? QString()
                                    : QStringLiteral(", and a copy is in ") + outcome.safetyCopy));
  } // the exclusive lock ends with the connection

  // Opened the way the kiosk opens it: WAL again, permissions, migrations.
  auto reopened = KioskDatabase::open(livePath, KioskDatabase::Create::Never);
  if (!reopened)
    return reopened.error();
  auto restored = DatabaseCheck::check(**reopened, livePath);
  if (!restored)
    return restored.error();
  outcome.restored = *restored;
  qCInfo(lcStore) << "database restored:" << outcome.restored.recordTotal() << "records";
  return outcome;
}

} // namespace camie::store
