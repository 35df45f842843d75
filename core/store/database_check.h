// DatabaseCheck: decides whether a file is a sound kiosk database — SQLite's
// integrity check, a schema this build knows, an unbroken audit chain — and
// sums up what it holds. Backups are checked with it before they are
// reported as made, and before they are restored.
#pragma once

#include "core/store/record_status.h"
#include "core/util/result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace camie::store {

class SqliteDatabase;

struct DatabaseSummary {
  int schemaVersion = 0;
  QString deviceId; // the id made at init (settings), empty if none
  QMap<RecordStatus, qint64> records;
  qint64 operators = 0;
  qint64 auditEntries = 0;
  std::optional<qint64> newestAuditAt; // Unix ms of the last audit entry

  qint64 recordTotal() const;
};

class DatabaseCheck {
public:
  // Opens `path` read-only and checks it. Errors: "backup_invalid", naming
  // the file and what is wrong with it.
  [[nodiscard]] static Result<DatabaseSummary> checkFile(const QString& path);
  // The same checks on an open connection; `name` is how errors call it.
  [[nodiscard]] static Result<DatabaseSummary> check(SqliteDatabase& db, const QString& name);
};

} // namespace camie::store
