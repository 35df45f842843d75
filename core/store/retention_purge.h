// RetentionPurge: what every sync cycle (the kiosk's and `sync --once`) and
// every kiosk start run. Wipes the personal data of the records whose
// retention has passed (RecordStore::purgeDue: both copies and the record's
// duplicate digests) and deletes the drafts that expired
// (RecordStore::deleteExpiredDrafts), then checkpoints the WAL with
// TRUNCATE, so that no page holding an old ciphertext survives in the -wal
// file; secure_delete (checked on) has the database file overwrite the freed
// bytes with zeros. The one place that does both: every path calls this.
#pragma once

#include "core/util/clock.h"
#include "core/util/result.h"

namespace camie::store {

class SqliteDatabase;

struct PurgeOutcome {
  int purged = 0;            // records whose personal data was removed now
  int draftsExpired = 0;     // unfinished drafts deleted now (their expiry passed)
  bool checkpointed = false; // the WAL was copied back and truncated to nothing
};

// Errors: "secure_delete_off" when the connection would leave deleted bytes
// behind (nothing is purged then), or the database's own errors. A checkpoint
// that other readers keep from finishing is not an error: it is logged,
// `checkpointed` is false, and the next cycle tries again.
[[nodiscard]] Result<PurgeOutcome> purgeExpiredRecords(SqliteDatabase& db, const Clock& clock,
                                                       int retentionDays);

} // namespace camie::store
