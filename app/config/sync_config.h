// Turns the [sync] section of kiosk.conf (with any command-line overrides
// already applied) into the sync engine's settings, checking that they make
// sense together: plain HTTP only with connection=http, a client
// certificate and key with mtls, well-formed X-Road ids, and the registry's
// root keys ([trust]).
#pragma once

#include "app/config/kiosk_config.h"
#include "core/sync/registry_client.h"
#include "core/sync/sync_settings.h"

namespace camie::app {

struct SyncSetup {
  sync::SyncSettings settings;
  sync::SyncEndpoint endpoint;
};

// The registry's pinned root keys, from the files the configuration names
// ([trust] registry_roots). Errors: "no_registry_roots", "roots_unreadable",
// "bad_roots".
[[nodiscard]] Result<trust::RegistryRoots> registryRootsFrom(const KioskConfig& config);

// Also loads the registry roots: a kiosk that cannot check receipts does not sync.
[[nodiscard]] Result<SyncSetup> syncSetupFrom(const KioskConfig& config, const QString& userId);

} // namespace camie::app
