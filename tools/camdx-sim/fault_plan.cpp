#include "tools/camdx-sim/fault_plan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace camie::sim {

Result<FaultPlan> FaultPlan::fromScenario(QByteArrayView json,
                                          std::optional<quint64> seedOverride) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return makeError(
        QStringLiteral("bad_scenario"),
        QStringLiteral("The scenario is not a JSON object (%1).").arg(error.errorString()));
  const QJsonObject o = doc.object();
  for (const QString& key : o.keys()) {
    if (key != u"seed" && key != u"faults" && key != u"max_batch" && key != u"description")
      return makeError(QStringLiteral("bad_scenario"),
                       QStringLiteral("Unknown scenario key \"%1\".").arg(key));
  }
  FaultPlan plan;
  plan.seed_ =
      seedOverride.value_or(static_cast<quint64>(o.value(QStringLiteral("seed")).toDouble(1)));
  const QJsonValue maxBatch = o.value(QStringLiteral("max_batch"));
  if (maxBatch.isDouble() && maxBatch.toInt() > 0)
    plan.maxBatch_ = maxBatch.toInt();
  else if (!maxBatch.isUndefined())
    return makeError(QStringLiteral("bad_scenario"),
                     QStringLiteral("max_batch must be a positive number."));
  const QJsonValue faults = o.value(QStringLiteral("faults"));
  if (!faults.isUndefined() && !faults.isArray())
    return makeError(QStringLiteral("bad_scenario"), QStringLiteral("faults must be a list."));
  const QJsonArray list = faults.toArray();
  for (qsizetype i = 0; i < list.size(); ++i) {
    if (!list.at(i).isObject())
      return makeError(QStringLiteral("bad_scenario"),
                       QStringLiteral("Fault %1 is not an object.").arg(i));
    auto fault = FaultSpec::fromJson(list.at(i).toObject(), plan.seed_ + static_cast<quint64>(i));
    if (!fault)
      return makeError(fault.error().code,
                       QStringLiteral("Fault %1: %2").arg(i).arg(fault.error().message));
    plan.add(std::move(*fault));
  }
  return plan;
}

Result<FaultPlan> FaultPlan::assemble(QByteArrayView scenario, const QStringList& flags,
                                      int latencyMs, std::optional<quint64> seed) {
  FaultPlan plan;
  if (!scenario.isEmpty()) {
    auto parsed = fromScenario(scenario, seed);
    if (!parsed)
      return parsed.error();
    plan = std::move(*parsed);
  } else if (seed) {
    plan.seed_ = *seed;
  }
  for (qsizetype i = 0; i < flags.size(); ++i) {
    auto fault = FaultSpec::fromFlag(flags.at(i), plan.seed_ + 1000 + static_cast<quint64>(i));
    if (!fault)
      return fault.error();
    plan.add(std::move(*fault));
  }
  if (latencyMs > 0) {
    auto latency =
        FaultSpec::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                        {QStringLiteral("ms"), latencyMs}},
                            plan.seed_);
    if (!latency)
      return latency.error();
    plan.add(std::move(*latency));
  }
  return plan;
}

FaultPlan::Decision FaultPlan::decide(QStringView method, const QString& path) {
  Decision d;
  for (FaultSpec& f : faults_) {
    if (!f.matches(method, path))
      continue;
    if (f.kind == FaultKind::Latency) {
      if (f.roll(true))
        d.latencyMs += f.ms;
    } else if (f.kind == FaultKind::RetryRecords) {
      if (f.roll(!d.retryRecords)) {
        d.retryRecords = f;
        d.retryRecords->random.seed(f.random()); // per request, still reproducible
      }
    } else if (f.roll(!d.fault)) {
      d.fault = f;
    }
  }
  return d;
}

QJsonObject FaultPlan::firedCounts() const {
  QJsonObject counts;
  for (const FaultSpec& f : faults_)
    counts.insert(f.name(), counts.value(f.name()).toInteger() + f.fired);
  return counts;
}

QJsonObject FaultPlan::toJson() const {
  QJsonArray faults;
  for (const FaultSpec& f : faults_) {
    QJsonObject o{{QStringLiteral("kind"), f.name()},
                  {QStringLiteral("path"), f.pathPattern},
                  {QStringLiteral("seen"), f.seen},
                  {QStringLiteral("fired"), f.fired}};
    if (!f.method.isEmpty())
      o.insert(QStringLiteral("method"), f.method);
    if (f.probability)
      o.insert(QStringLiteral("probability"), *f.probability);
    if (f.count)
      o.insert(QStringLiteral("count"), *f.count);
    faults.append(o);
  }
  QJsonObject o{{QStringLiteral("seed"), static_cast<qint64>(seed_)},
                {QStringLiteral("faults"), faults}};
  if (maxBatch_)
    o.insert(QStringLiteral("max_batch"), *maxBatch_);
  return o;
}

} // namespace camie::sim
