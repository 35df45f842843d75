// FaultPlan: the scripted faults in force (--scenario FILE, --fault, --latency,
// or PUT /_sim/scenario) and, for each request, which of them apply.
#pragma once

#include "tools/camdx-sim/fault_spec.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace camie::sim {

class FaultPlan {
public:
  struct Decision {
    int latencyMs = 0;
    std::optional<FaultSpec> fault;        // a copy of the one fault that shapes the answer
    std::optional<FaultSpec> retryRecords; // a copy, with a random source of its own
  };

  // {"seed": 7, "max_batch": 100, "faults": [{...}, ...]} (docs/camdx-sim.md).
  // `seedOverride` (--seed) replaces the scenario's seed. Fault i without its
  // own seed draws from seed + i. Errors: "bad_scenario".
  [[nodiscard]] static Result<FaultPlan> fromScenario(QByteArrayView json,
                                                      std::optional<quint64> seedOverride);

  // The scenario (may be empty) then each --fault flag (fault i of the flags
  // draws from seed + 1000 + i), then --latency as a latency fault on every path.
  [[nodiscard]] static Result<FaultPlan> assemble(QByteArrayView scenario, const QStringList& flags,
                                                  int latencyMs, std::optional<quint64> seed);

  void add(FaultSpec fault) { faults_.push_back(std::move(fault)); }
  bool isEmpty() const { return faults_.empty(); }
  std::optional<int> maxBatch() const { return maxBatch_; }
  quint64 seed() const { return seed_; }

  // Latency faults add up; of the others, the first that fires (in scenario
  // order) shapes the answer and the rest are not rolled for this request.
  Decision decide(QStringView method, const QString& path);
  // How often each fault kind fired, for GET /_sim/summary.
  QJsonObject firedCounts() const;
  QJsonObject toJson() const;

private:
  std::vector<FaultSpec> faults_;
  std::optional<int> maxBatch_;
  quint64 seed_ = 1;
};

} // namespace camie::sim
