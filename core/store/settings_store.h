// SettingsStore: small values the kiosk keeps in its database rather than in
// the config file (the device id chosen at initialisation, the last sync time).
#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>

namespace camie::store {

class SqliteDatabase;

class SettingsStore {
public:
  explicit SettingsStore(SqliteDatabase& db) : db_(db) {}

  [[nodiscard]] Result<std::optional<QString>> get(const QString& key);
  [[nodiscard]] Result<void> set(const QString& key, const QString& value);

private:
  SqliteDatabase& db_;
};

} // namespace camie::store
