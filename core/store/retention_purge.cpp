#include "core/store/retention_purge.h"

#include "core/logging/log_categories.h"
#include "core/store/record_store.h"
#include "core/store/sqlite_database.h"

namespace camie::store {

Result<PurgeOutcome> purgeExpiredRecords(SqliteDatabase& db, const Clock& clock,
                                         int retentionDays) {
  auto secure = db.queryInt("PRAGMA secure_delete");
  if (!secure)
    return secure.error();
  if (*secure != 1)
    return makeError(QStringLiteral("secure_delete_off"),
                     QStringLiteral("The connection to %1 does not overwrite deleted data "
                                    "(secure_delete is off); nothing was purged.")
                         .arg(db.path()));
  PurgeOutcome outcome;
  RecordStore records(db, clock, retentionDays);
  auto purged = records.purgeDue();
  if (!purged)
    return purged.error();
  outcome.purged = *purged;
  auto expired = records.deleteExpiredDrafts();
  if (!expired)
    return expired.error();
  outcome.draftsExpired = *expired;

  // Copies every page of the WAL into the database file and truncates the
  // WAL to zero bytes: the old versions of the purged rows' pages go with it.
  auto checkpointed = db.checkpointTruncate();
  if (!checkpointed)
    return checkpointed.error();
  outcome.checkpointed = *checkpointed;
  if (!outcome.checkpointed)
    qCWarning(lcStore) << "the WAL checkpoint after the retention purge could not finish "
                          "(another connection is reading); it is tried again next cycle";
  if (outcome.purged > 0)
    qCInfo(lcStore) << "retention purge:" << outcome.purged << "records' personal data removed";
  if (outcome.draftsExpired > 0)
    qCInfo(lcStore) << "retention purge:" << outcome.draftsExpired << "expired drafts deleted";
  return outcome;
}

} // namespace camie::store
