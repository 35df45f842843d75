// SimAdmin: the simulator's own endpoints for tests and demos, outside the
// X-Road paths: GET /_sim/summary, GET /_sim/registrations, POST
// /_sim/rotate-key, GET /_sim/roots, GET|PUT|DELETE /_sim/scenario
// (docs/camdx-sim.md).
#pragma once

#include "core/util/clock.h"
#include "tools/camdx-sim/fault_plan.h"
#include "tools/camdx-sim/http_reply.h"
#include "tools/camdx-sim/reference_documents.h"
#include "tools/camdx-sim/registry_keyring.h"
#include "tools/camdx-sim/registry_store.h"
#include "tools/camdx-sim/root_signer.h"
#include "tools/camdx-sim/sim_counters.h"
#include "tools/camdx-sim/sim_request.h"

namespace camie::sim {

class RegistryApi;

class SimAdmin {
public:
  struct Parts {
    RegistryStore& store;
    RegistryKeyring& keyring;
    ReferenceDocuments& reference;
    FaultPlan& faults;
    RegistryApi& api;
    const SimCounters& counters;
    const Clock& clock;
    crypto::HpkeSuite suite;
    const RootSigner& signer;
  };
  explicit SimAdmin(Parts parts) : p_(parts) {}

  HttpReply handle(const SimRequest& request);

private:
  HttpReply summary();
  HttpReply registrations(const SimRequest& request);
  HttpReply rotateKey();
  HttpReply scenario(const SimRequest& request);

  Parts p_;
};

} // namespace camie::sim
