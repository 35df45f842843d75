// Turns SQLite result codes into camie::Error values with stable codes:
// "storage_full" for a full disk or database, "storage_busy", "storage_corrupt",
// "storage_readonly", otherwise "storage_error". Messages never carry data.
#pragma once

#include "core/util/result.h"

struct sqlite3;

namespace camie::store {

Error sqliteError(sqlite3* db, int rc, const QString& during);

} // namespace camie::store
