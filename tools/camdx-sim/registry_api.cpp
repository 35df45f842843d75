#include "tools/camdx-sim/registry_api.h"

#include "tools/camdx-sim/province_statistics.h"

#include <QJsonDocument>

namespace camie::sim {
namespace {

HttpReply invalid(const QString& message) {
  return HttpReply::registryError(400, QStringLiteral("InvalidRequest"), message);
}

HttpReply storageFailed(const Error& error) {
  return HttpReply::registryError(500, QStringLiteral("StorageFailed"), error.message);
}

HttpReply methodNotAllowed(const QByteArray& allowed) {
  HttpReply r = HttpReply::registryError(405, QStringLiteral("MethodNotAllowed"),
                                         QStringLiteral("Use %1.").arg(QLatin1String(allowed)));
  r.setHeader("Allow", allowed);
  return r;
}

} // namespace

RegistryApi::RegistryApi(BatchProcessor& batches, RegistryStore& store,
                         const ReferenceDocuments& reference, const Clock& clock,
                         QHash<QString, qint64> seeded, SimCounters& counters)
    : batches_(batches), store_(store), reference_(reference), clock_(clock),
      seeded_(std::move(seeded)), counters_(counters), anchors_(store.db()) {}

bool RegistryApi::isBatch(const QStringList& rest) {
  return rest == QStringList{QStringLiteral("v1"), QStringLiteral("batches")};
}

HttpReply RegistryApi::handle(Call& call) {
  const QStringList& r = call.rest;
  const bool v1 = !r.isEmpty() && r.first() == u"v1";
  const auto only = [&](const char* method) { return call.method == method; };
  if (v1 && r.size() == 2 && r.at(1) == u"batches")
    return only("POST") ? batches(call) : methodNotAllowed("POST");
  if (v1 && r.size() == 2 && r.at(1) == u"status")
    return only("POST") ? status(call) : methodNotAllowed("POST");
  if (v1 && r.size() == 3 && r.at(1) == u"reference")
    return only("GET") ? reference(call, r.at(2)) : methodNotAllowed("GET");
  if (v1 && r.size() == 3 && r.at(1) == u"stats" && r.at(2) == u"provinces")
    return only("GET") ? statistics() : methodNotAllowed("GET");
  return HttpReply::registryError(404, QStringLiteral("NotFound"),
                                  QStringLiteral("The registry has no /%1.").arg(r.join(u'/')));
}

std::optional<HttpReply> RegistryApi::requireJson(const Call& call, QJsonObject& body) {
  const QByteArray type = call.contentType.split(';').first().trimmed().toLower();
  if (type != "application/json")
    return HttpReply::registryError(415, QStringLiteral("UnsupportedMediaType"),
                                    QStringLiteral("The body must be application/json."));
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(call.body, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return invalid(QStringLiteral("The body is not a JSON object (%1).").arg(error.errorString()));
  body = doc.object();
  return std::nullopt;
}

HttpReply RegistryApi::batches(Call& call) {
  QJsonObject body;
  if (auto refused = requireJson(call, body))
    return *refused;
  for (const char* key : {"batchId", "deviceId", "sentAt"}) {
    if (!body.value(QLatin1String(key)).isString())
      return invalid(QStringLiteral("The batch has no %1.").arg(QLatin1String(key)));
  }
  const QJsonValue records = body.value(QStringLiteral("records"));
  if (!records.isArray())
    return invalid(QStringLiteral("The batch has no records list."));
  const QJsonArray list = records.toArray();
  for (const QJsonValue& record : list) {
    if (!record.isObject() || record.toObject().value(QStringLiteral("id")).toString().isEmpty())
      return invalid(QStringLiteral("Every record needs a string id."));
  }
  if (call.idempotencyKey.isEmpty())
    return invalid(QStringLiteral("The Idempotency-Key header (the batch id) is missing."));
  if (maxBatch_ > 0 && list.size() > maxBatch_) {
    ++counters_.tooLarge;
    return HttpReply::registryError(
        413, QStringLiteral("PayloadTooLarge"),
        QStringLiteral("A batch may hold at most %1 records; this one has %2.")
            .arg(maxBatch_)
            .arg(list.size()));
  }
  auto anchor = AuditAnchors::parse(body.value(QStringLiteral("audit")));
  if (!anchor)
    return invalid(anchor.error().message);
  // Checked before any record is looked at: a refused batch stores nothing.
  auto regressed = anchors_.check(body.value(QStringLiteral("deviceId")).toString(), *anchor,
                                  QString::fromUtf8(call.idempotencyKey));
  if (!regressed)
    return storageFailed(regressed.error());
  if (*regressed)
    return HttpReply::registryError(409, QStringLiteral("audit_regressed"), **regressed);
  ++counters_.batchRequests;
  counters_.recordsReceived += list.size();
  std::function<bool(const QString&)> retry;
  if (call.retryRecords)
    retry = [&call](const QString& id) { return call.retryRecords->rollRecord(id); };
  auto results = batches_.process(list, retry);
  if (!results)
    return storageFailed(results.error());
  if (signer_)
    signer_->addReceipts(*results);
  return HttpReply::json(
      200, QJsonObject{{QStringLiteral("batchId"), body.value(QStringLiteral("batchId"))},
                       {QStringLiteral("serverTime"), clock_.now().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("results"), *results}});
}

HttpReply RegistryApi::status(const Call& call) {
  ++counters_.statusRequests;
  QJsonObject body;
  if (auto refused = requireJson(call, body))
    return *refused;
  const QJsonValue ids = body.value(QStringLiteral("ids"));
  if (!ids.isArray())
    return invalid(QStringLiteral("The body has no ids list."));
  QStringList list;
  for (const QJsonValue& id : ids.toArray()) {
    if (!id.isString())
      return invalid(QStringLiteral("Every id must be a string."));
    list << id.toString();
  }
  auto results = batches_.lookUp(list);
  if (!results)
    return storageFailed(results.error());
  if (signer_)
    signer_->addReceipts(*results);
  return HttpReply::json(200, QJsonObject{{QStringLiteral("results"), *results}});
}

HttpReply RegistryApi::reference(const Call& call, const QString& name) {
  ++counters_.referenceRequests;
  const ReferenceDocuments::Document* doc = reference_.find(name);
  if (!doc)
    return HttpReply::registryError(
        404, QStringLiteral("NotFound"),
        QStringLiteral("No reference document \"%1\" (form, gazetteer, keys, occupations).")
            .arg(name));
  if (!call.ifNoneMatch.isEmpty() &&
      ReferenceDocuments::matchesIfNoneMatch(call.ifNoneMatch, doc->etag)) {
    ++counters_.notModified;
    HttpReply r = HttpReply::empty(304);
    r.setHeader("ETag", doc->etag);
    return r;
  }
  HttpReply r;
  r.body = doc->body;
  r.setHeader("Content-Type", "application/json");
  r.setHeader("ETag", doc->etag);
  return r;
}

HttpReply RegistryApi::statistics() {
  ++counters_.statsRequests;
  auto accepted = store_.acceptedPerProvince();
  if (!accepted)
    return storageFailed(accepted.error());
  return HttpReply::json(
      200, ProvinceStatistics::build(reference_.gazetteer(), seeded_, *accepted, clock_.now()));
}

} // namespace camie::sim
