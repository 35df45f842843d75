#include "core/store/device_identity.h"

#include "core/store/settings_store.h"

namespace camie::store {

Result<DeviceIdentity> DeviceIdentity::read(SqliteDatabase& db, const QString& configured) {
  if (!configured.isEmpty())
    return DeviceIdentity{configured};
  auto stored = SettingsStore(db).get(QStringLiteral("device_id"));
  if (!stored)
    return stored.error();
  return DeviceIdentity{stored->value_or(QString())};
}

} // namespace camie::store
