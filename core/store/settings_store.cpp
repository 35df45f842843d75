#include "core/store/settings_store.h"

#include "core/store/sqlite_database.h"

namespace camie::store {

Result<std::optional<QString>> SettingsStore::get(const QString& key) {
  auto stmt = db_.prepare("SELECT value FROM settings WHERE key = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, key);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<QString>();
  return std::optional<QString>(stmt->text(0));
}

Result<void> SettingsStore::set(const QString& key, const QString& value) {
  auto stmt = db_.prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, key).bind(2, value);
  return stmt->run();
}

} // namespace camie::store
