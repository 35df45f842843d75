// SyncSettings: everything the sync engine needs to reach the registry —
// the endpoint and X-Road ids, the transport (TLS files, pinning, proxy),
// batch limits and timing, the registry's root keys. The app fills it from
// kiosk.conf ([sync], [trust]).
#pragma once

#include "core/sync/http_client.h"
#include "core/trust/registry_roots.h"

#include <QString>

namespace camie::sync {

enum class ConnectionType { Http, Tls, MutualTls };

struct SyncSettings {
  QString endpoint; // security server base URL
  ConnectionType connection = ConnectionType::MutualTls;
  QString client;  // INSTANCE/CLASS/MEMBER/SUBSYSTEM
  QString service; // INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICECODE
  TransportSettings transport;
  int batchRecords = 100; // at most this many records per batch (halved on 413)
  qint64 batchBytes = 2 * 1024 * 1024;
  int leaseSeconds = 300;   // a batch's records stay "sending" this long at most
  int intervalSeconds = 60; // how often the kiosk looks for work when idle
  // The registry's pinned root keys ([trust] registry_roots): the keys
  // document and every receipt must verify under one of them.
  trust::RegistryRoots roots;
};

} // namespace camie::sync
