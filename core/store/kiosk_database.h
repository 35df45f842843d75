// KioskDatabase: opens (or creates) the kiosk's database file the way every
// part of the kiosk needs it — folder and file readable by the kiosk's user
// only, pragmas set, schema migrated.
#pragma once

#include "core/store/sqlite_database.h"

namespace camie::store {

class KioskDatabase {
public:
  enum class Create { IfMissing, Never };
  [[nodiscard]] static Result<std::unique_ptr<SqliteDatabase>> open(const QString& path,
                                                                    Create create);
};

} // namespace camie::store
