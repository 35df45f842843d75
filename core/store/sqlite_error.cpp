#include "core/store/sqlite_error.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace camie::store {

Error sqliteError(sqlite3* db, int rc, const QString& during) {
  const int primary = rc & 0xFF;
  const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (primary) {
  case SQLITE_FULL:
    return makeError(ErrorKind::StorageFull,
                     QCoreApplication::translate("camie::store::SqliteError",
                                                 "Storage full: the kiosk's disk has no room for "
                                                 "more registrations. Free space or call a "
                                                 "technician; nothing already saved is lost."));
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return makeError(ErrorKind::StorageBusy,
                     QStringLiteral("The database is busy (%1): %2").arg(during, detail));
  case SQLITE_CORRUPT:
  case SQLITE_NOTADB:
    return makeError(ErrorKind::StorageCorrupt,
                     QStringLiteral("The database file is damaged or not a kiosk database (%1): "
                                    "%2")
                         .arg(during, detail));
  case SQLITE_READONLY:
  case SQLITE_CANTOPEN:
  case SQLITE_PERM:
    return makeError(
        QStringLiteral("storage_readonly"),
        QStringLiteral("The database cannot be opened for writing (%1): %2").arg(during, detail));
  case SQLITE_IOERR:
    return makeError(QStringLiteral("storage_io"),
                     QStringLiteral("The disk reported an error (%1): %2").arg(during, detail));
  default:
    return makeError(QStringLiteral("storage_error"),
                     QStringLiteral("Database error (%1): %2").arg(during, detail));
  }
}

} // namespace camie::store
