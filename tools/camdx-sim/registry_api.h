// RegistryApi: the registry's REST endpoints behind the security server —
// POST batches, POST status, GET reference/{name}, GET stats/provinces — as
// docs/api/registry.yaml describes them.
#pragma once

#include "tools/camdx-sim/audit_anchors.h"
#include "tools/camdx-sim/batch_processor.h"
#include "tools/camdx-sim/fault_spec.h"
#include "tools/camdx-sim/http_reply.h"
#include "tools/camdx-sim/reference_documents.h"
#include "tools/camdx-sim/root_signer.h"
#include "tools/camdx-sim/sim_counters.h"

#include <QStringList>

#include <optional>

namespace camie::sim {

class RegistryApi {
public:
  struct Call {
    QByteArray method;
    QStringList rest; // the path after the service id: {"v1", "batches"}
    QByteArray body;  // decoded (no Content-Encoding left)
    QByteArray contentType;
    QByteArray ifNoneMatch;
    QByteArray idempotencyKey;
    std::optional<FaultSpec> retryRecords; // a scripted fault: answer some records "retry"
  };

  RegistryApi(BatchProcessor& batches, RegistryStore& store, const ReferenceDocuments& reference,
              const Clock& clock, QHash<QString, qint64> seeded, SimCounters& counters);

  // 0 = no limit: a batch of more records gets 413.
  void setMaxBatch(int maxRecords) { maxBatch_ = maxRecords; }
  // Signs a receipt into every accepted or duplicate result (TRUST.md).
  void setSigner(const RootSigner* signer) { signer_ = signer; }
  int maxBatch() const { return maxBatch_; }

  // True for the one endpoint that stores something (a fault "before/after
  // commit" only means something there).
  static bool isBatch(const QStringList& rest);
  HttpReply handle(Call& call);

private:
  HttpReply batches(Call& call);
  HttpReply status(const Call& call);
  HttpReply reference(const Call& call, const QString& name);
  HttpReply statistics();
  static std::optional<HttpReply> requireJson(const Call& call, QJsonObject& body);

  BatchProcessor& batches_;
  RegistryStore& store_;
  const ReferenceDocuments& reference_;
  const Clock& clock_;
  QHash<QString, qint64> seeded_;
  SimCounters& counters_;
  AuditAnchors anchors_;
  int maxBatch_ = 0;
  const RootSigner* signer_ = nullptr;
};

} // namespace camie::sim
