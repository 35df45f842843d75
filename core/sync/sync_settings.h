// SyncSettings: everything the sync engine needs to reach the registry —
// the endpoint and X-Road ids, the transport (TLS files, pinning, proxy),
// batch limits and timing. The app fills it from kiosk.conf ([sync]).
#pragma once

#include "core/sync/http_client.h"

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
};

} // namespace camie::sync
