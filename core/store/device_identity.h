// DeviceIdentity: who this kiosk is to the registry — its device id
// (kiosk.conf [device] id, else the one made at `init` and kept in the
// database) and the X-Road user id its requests carry. The kiosk's threads
// and camie-kioskctl read it here, one way.
#pragma once

#include "core/util/result.h"

#include <QString>

namespace camie::store {

class SqliteDatabase;

struct DeviceIdentity {
  QString deviceId; // empty: neither configured nor made at init

  // `configured` when it is set, else the id kept in the database's settings.
  [[nodiscard]] static Result<DeviceIdentity> read(SqliteDatabase& db, const QString& configured);

  // "KH-device-<id>", the X-Road user id (X-Road-UserId) of the kiosk's requests.
  QString xroadUserId() const { return xroadUserIdOf(deviceId); }
  static QString xroadUserIdOf(const QString& deviceId) {
    return QStringLiteral("KH-device-") + deviceId;
  }
};

} // namespace camie::store
