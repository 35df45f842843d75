// Simulator: camdx-sim put together — gateway checks, scripted faults, the registry
// behind them and the admin endpoints — on one or two listeners.
#pragma once

#include "core/util/clock.h"
#include "tools/camdx-sim/batch_processor.h"
#include "tools/camdx-sim/fault_plan.h"
#include "tools/camdx-sim/rate_limiter.h"
#include "tools/camdx-sim/reference_documents.h"
#include "tools/camdx-sim/registry_api.h"
#include "tools/camdx-sim/registry_keyring.h"
#include "tools/camdx-sim/registry_store.h"
#include "tools/camdx-sim/request_log.h"
#include "tools/camdx-sim/root_signer.h"
#include "tools/camdx-sim/sim_admin.h"
#include "tools/camdx-sim/sim_http_server.h"
#include "tools/camdx-sim/sim_options.h"
#include "tools/camdx-sim/xroad_gateway.h"
#include "tools/camdx-sim/xroad_path.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace camie::sim {

class Simulator : public QObject {
public:
  // Loads reference data, opens (or makes) the state directory, parses the
  // scenario. Nothing listens yet.
  [[nodiscard]] static Result<std::unique_ptr<Simulator>> create(const SimOptions& options);
  ~Simulator() override;

  // Listens as the options say. Errors: "listen_failed", "bad_tls".
  [[nodiscard]] Result<void> listen();
  // {"url": "http://127.0.0.1:8089", "port": 8089, "rootsFile": ...[, "adminUrl": ...]}
  QJsonObject readyLine() const;

private:
  struct Exchange; // one request on its way through the gateway
  explicit Simulator(const SimOptions& options);

  void handle(SimRequest request, QTcpSocket* socket);
  void handleAdminOnly(SimRequest request, QTcpSocket* socket);
  void proceed(const std::shared_ptr<Exchange>& exchange);
  // An error answered by the gateway itself (X-Road or registry style).
  void refuse(Exchange& exchange, HttpReply reply);
  void send(Exchange& exchange, HttpReply reply, bool xroadHeaders = true);
  void addXRoadHeaders(const Exchange& exchange, HttpReply& reply) const;
  void logLine(const Exchange& exchange, int status, const QString& note) const;
  // The keys document gone wrong for a keys fault; nullopt for other faults
  // and other requests.
  std::optional<HttpReply> faultyKeys(const Exchange& exchange, FaultKind kind) const;
  // The receipts of a batch or status answer spoiled for a receipt fault.
  void spoilReceipts(HttpReply& reply, FaultKind kind) const;

  SimOptions options_;
  std::unique_ptr<Clock> clock_;
  std::unique_ptr<RegistryStore> store_;
  std::optional<RegistryKeyring> keyring_;
  std::optional<RootSigner> signer_;
  QString rootsFile_;
  std::optional<ReferenceDocuments> reference_;
  std::unique_ptr<BatchProcessor> processor_;
  std::unique_ptr<RegistryApi> api_;
  std::unique_ptr<SimAdmin> admin_;
  FaultPlan faults_;
  std::unique_ptr<XRoadGateway> gateway_;
  RateLimiter limiter_{0};
  RequestLog log_{QString()};
  SimCounters counters_;
  QElapsedTimer uptime_;
  qint64 sequence_ = 0;
  SimHttpServer* server_ = nullptr;
  SimHttpServer* adminServer_ = nullptr;
  quint16 port_ = 0;
  quint16 adminPort_ = 0;
};

} // namespace camie::sim
