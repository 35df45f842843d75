// What the sync-service tests share when they sync to camdx-sim over plain
// HTTP on loopback: the simulator's signed keys document (so records are
// sealed to its registry key) and a SyncService configuration for it.
#pragma once

#include "core/sync/http_client.h"
#include "core/sync/sync_service.h"
#include "core/trust/registry_roots.h"
#include "support/camdx_sim_process.h"
#include "support/temp_kiosk.h"

#include <catch2/catch.hpp>

namespace camie::test {

// GET reference/keys from the simulator: the envelope, as a kiosk gets it.
inline QByteArray simKeys(const CamdxSimProcess& sim) {
  sync::TransportSettings t;
  t.allowPlainHttp = true;
  sync::HttpClient client(t);
  auto keys = client.perform({"GET",
                              sim.serviceUrl() + QStringLiteral("/v1/reference/keys"),
                              {{"X-Road-Client", CamdxSimProcess::clientId().toUtf8()},
                               {"X-Road-UserId", "KH-test"},
                               {"X-Road-Id", "1"}},
                              {},
                              false});
  REQUIRE(keys.ok());
  REQUIRE(keys->status == 200);
  return keys->body;
}

// A sync service for `kiosk` talking to `url`; with `rootsFile` (the
// simulator's) it trusts that registry's receipts and keys documents.
inline sync::SyncService::Config simSyncConfig(const TempKiosk& kiosk, const QString& url,
                                               const QString& rootsFile, const QString& deviceId) {
  sync::SyncService::Config c;
  if (!rootsFile.isEmpty()) {
    auto roots = trust::RegistryRoots::load({rootsFile});
    REQUIRE(roots.ok());
    c.settings.roots = *roots;
  }
  c.databasePath = kiosk.path();
  c.settings.endpoint = url;
  c.settings.connection = sync::ConnectionType::Http;
  c.settings.transport.allowPlainHttp = true;
  c.settings.transport.connectTimeoutSeconds = 2;
  c.endpoint = {url,
                *sync::XRoadIdentifier::parse(CamdxSimProcess::clientId(), 4),
                *sync::XRoadIdentifier::parse(CamdxSimProcess::serviceId(), 5),
                {}};
  c.deviceId = deviceId;
  return c;
}

} // namespace camie::test
