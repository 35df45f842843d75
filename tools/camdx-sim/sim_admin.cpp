#include "tools/camdx-sim/sim_admin.h"

#include "tools/camdx-sim/registry_api.h"

namespace camie::sim {
namespace {

HttpReply failed(const Error& error) {
  return HttpReply::registryError(500, error.code, error.message);
}

} // namespace

HttpReply SimAdmin::handle(const SimRequest& request) {
  const QString path = request.path;
  const QByteArray& m = request.method;
  if (path == u"/_sim/summary" && m == "GET")
    return summary();
  if (path == u"/_sim/registrations" && m == "GET")
    return registrations(request);
  if (path == u"/_sim/rotate-key" && m == "POST")
    return rotateKey();
  if (path == u"/_sim/roots" && m == "GET") {
    HttpReply roots;
    roots.body = p_.signer.rootsJson();
    roots.setHeader("Content-Type", "application/json");
    return roots;
  }
  if (path == u"/_sim/scenario" && (m == "GET" || m == "PUT" || m == "DELETE"))
    return scenario(request);
  return HttpReply::registryError(404, QStringLiteral("NotFound"),
                                  QStringLiteral("No admin endpoint %1 %2 (see docs/camdx-sim.md).")
                                      .arg(QString::fromLatin1(m), path));
}

HttpReply SimAdmin::summary() {
  auto totals = p_.store.totals();
  if (!totals)
    return failed(totals.error());
  const SimCounters& c = p_.counters;
  return HttpReply::json(
      200,
      QJsonObject{{QStringLiteral("accepted"), totals->accepted},
                  {QStringLiteral("distinctIds"), totals->distinctIds},
                  {QStringLiteral("duplicates"), totals->duplicates},
                  {QStringLiteral("rejected"), totals->rejected},
                  {QStringLiteral("resends"), totals->resends},
                  {QStringLiteral("requests"), c.requests},
                  {QStringLiteral("batchRequests"), c.batchRequests},
                  {QStringLiteral("statusRequests"), c.statusRequests},
                  {QStringLiteral("referenceRequests"), c.referenceRequests},
                  {QStringLiteral("notModified"), c.notModified},
                  {QStringLiteral("statsRequests"), c.statsRequests},
                  {QStringLiteral("recordsReceived"), c.recordsReceived},
                  {QStringLiteral("rateLimited"), c.rateLimited},
                  {QStringLiteral("tooLarge"), c.tooLarge},
                  {QStringLiteral("xroadErrors"), c.xroadErrors},
                  {QStringLiteral("faults"), p_.faults.firedCounts()},
                  {QStringLiteral("registryKeys"), static_cast<qint64>(p_.keyring.keys().size())}});
}

HttpReply SimAdmin::registrations(const SimRequest& request) {
  const QString all = request.query.queryItemValue(QStringLiteral("all"));
  auto list = p_.store.registrations(all == u"1" || all == u"true");
  if (!list)
    return failed(list.error());
  return HttpReply::json(200, *list);
}

HttpReply SimAdmin::rotateKey() {
  auto kid = p_.keyring.rotate(p_.suite, p_.clock.nowMs());
  if (!kid)
    return failed(kid.error());
  p_.reference.setKeys(p_.signer.signedKeys(p_.keyring.keysDocument(), p_.clock.nowMs() / 1000));
  return HttpReply::json(200, QJsonObject{{QStringLiteral("kid"), *kid}});
}

HttpReply SimAdmin::scenario(const SimRequest& request) {
  if (request.method == "PUT") {
    auto plan = FaultPlan::fromScenario(request.body, std::nullopt);
    if (!plan)
      return HttpReply::registryError(400, plan.error().code, plan.error().message);
    p_.faults = std::move(*plan);
    if (p_.faults.maxBatch())
      p_.api.setMaxBatch(*p_.faults.maxBatch());
  } else if (request.method == "DELETE") {
    p_.faults = FaultPlan();
  }
  QJsonObject o = p_.faults.toJson();
  o.insert(QStringLiteral("max_batch"), p_.api.maxBatch());
  return HttpReply::json(200, o);
}

} // namespace camie::sim
