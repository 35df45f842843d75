// DatabaseBackup: copies a kiosk database to a backup file and back with
// SQLite's online backup API, checking every copy with DatabaseCheck. A
// backup is taken from a live database (the kiosk may be running); a restore
// needs the database to itself and refuses to lose newer data unless forced.
#pragma once

#include "core/store/database_check.h"

namespace camie::store {

// What the live database holds that a backup lacks: what a restore loses.
struct RestoreLoss {
  qint64 missingRecords = 0; // records the backup does not have at all
  qint64 changedRecords = 0; // records updated since the backup (sent, accepted, corrected)
  qint64 missingOperators = 0;
  qint64 auditEntries = 0; // audit entries (same seq and hash) the backup does not have
  bool any() const { return missingRecords + changedRecords + missingOperators + auditEntries > 0; }
  QString describe() const; // "3 registrations not in the backup, ..."
};

struct RestoreOutcome {
  DatabaseSummary restored; // the live database after the restore
  QString safetyCopy;       // the previous live database, kept; empty if there was none
  RestoreLoss lost;         // what --force threw away
};

class DatabaseBackup {
public:
  // Copies `live` into `target` (which must not exist; created 0600) and
  // checks the copy; a copy that fails the check is removed. Errors:
  // "backup_exists", "backup_failed", and DatabaseCheck's.
  [[nodiscard]] static Result<DatabaseSummary> backup(SqliteDatabase& live, const QString& target);

  // What restoring `backupPath` over the database at `livePath` would lose.
  [[nodiscard]] static Result<RestoreLoss> compare(const QString& livePath,
                                                   const QString& backupPath);

  // Replaces the database at `livePath` (which may not exist yet) with the
  // checked backup. Refuses ("database_in_use") while any other connection
  // has the live database open, and ("restore_would_lose") when the live
  // database holds data the backup lacks, unless `force`. The live database
  // is first kept as "<livePath>.pre-restore-<stamp>" (0600). Nothing is
  // changed when it refuses.
  [[nodiscard]] static Result<RestoreOutcome>
  restore(const QString& backupPath, const QString& livePath, bool force, const QString& stamp);
};

} // namespace camie::store
