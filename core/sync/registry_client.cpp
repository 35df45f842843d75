#include "core/sync/registry_client.h"

#include "core/logging/log_categories.h"
#include "core/sync/gzip.h"
#include "core/sync/retry_after.h"
#include "core/sync/transport_errors.h"
#include "core/sync/xroad_error.h"
#include "core/util/uuid7.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace camie::sync {
namespace {

// Request bodies larger than this go compressed (a batch: about 100 kB to 61).
constexpr qsizetype kGzipAbove = 1024;

SyncFailure failure(const char* code, const QString& words, bool mayHaveArrived, int status = 0) {
  return SyncFailure{makeError(QString::fromLatin1(code), words), std::nullopt, mayHaveArrived,
                     status};
}

SyncFailure badResponse(const QString& detail) {
  qCWarning(lcSync) << "unreadable answer from the registry:" << detail;
  return failure(
      "bad_response",
      QCoreApplication::translate(
          "camie::sync::RegistryClient",
          "The registry's answer could not be read. The kiosk will check what arrived and try again."),
      true, 200);
}

} // namespace

RegistryClient::RegistryClient(HttpClient& http, SyncEndpoint endpoint, const Clock& clock)
    : http_(http), endpoint_(std::move(endpoint)), clock_(clock) {}

QString RegistryClient::serviceUrl(const QString& path) const {
  QString base = endpoint_.baseUrl;
  while (base.endsWith(u'/'))
    base.chop(1);
  return base + QStringLiteral("/r1/") + endpoint_.service.encodedPath() + u'/' + path;
}

Outcome<HttpResponse> RegistryClient::call(const QByteArray& method, const QString& path,
                                           const QByteArray& body,
                                           QList<QPair<QByteArray, QByteArray>> extra,
                                           bool gzipped) {
  HttpRequest request;
  request.method = method;
  request.url = serviceUrl(path);
  request.headers = std::move(extra);
  request.headers.append(
      {QByteArrayLiteral("X-Road-Client"), endpoint_.client.toString().toUtf8()});
  request.headers.append({QByteArrayLiteral("X-Road-UserId"), endpoint_.userId.toUtf8()});
  request.headers.append(
      {QByteArrayLiteral("X-Road-Id"), Uuid7::generate(clock_.nowMs()).toLatin1()});
  request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
  if (!body.isEmpty()) {
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    if (gzipped)
      request.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
    else
      request.gzipBody = body.size() > kGzipAbove;
  }
  auto response = http_.perform(request);
  if (!response)
    return SyncFailure{response.error(), std::nullopt,
                       TransportErrors::mayHaveArrived(response.error()), 0};
  return std::move(*response);
}

SyncFailure RegistryClient::failureOf(const HttpResponse& r) const {
  const int s = r.status;
  const auto retryAfter = RetryAfter::parseMs(r.header("retry-after"), clock_.nowMs());
  if (const auto xroad = XRoadError::fromResponse(r.headers, r.body)) {
    qCWarning(lcSync) << "X-Road error" << xroad->type << s;
    SyncFailure f = failure("xroad_error", xroad->words(),
                            xroad->origin == XRoadError::Origin::RegistryServer &&
                                !XRoadError::canonical(xroad->type).contains(u"accessdenied"),
                            s);
    f.retryAfterMs = retryAfter;
    return f;
  }
  if (s == 409 && QJsonDocument::fromJson(r.body).object().value(QStringLiteral("type")) ==
                      QStringLiteral("audit_regressed")) {
    qCWarning(lcSync) << "the registry refused the batch: this kiosk's audit log went back "
                         "(audit_regressed)";
    return failure(
        "audit_regressed",
        QCoreApplication::translate(
            "camie::sync::RegistryClient",
            "The registry refused this kiosk's registrations: the kiosk's audit log is shorter "
            "than the one it reported before, so entries may have been removed. Registrations "
            "stay queued on the kiosk. A technician must check the kiosk (camie-kioskctl audit "
            "verify) and call the registry."),
        false, s);
  }
  if (s == 413)
    return failure(
        "batch_too_large",
        QCoreApplication::translate(
            "camie::sync::RegistryClient",
            "The batch was too large for the registry; the kiosk sends smaller batches."),
        false, s);
  if (s == 429 || s == 503) {
    SyncFailure f = failure("busy",
                            QCoreApplication::translate(
                                "camie::sync::RegistryClient",
                                "The registry is busy. The kiosk waits as asked and tries again."),
                            false, s);
    f.retryAfterMs = retryAfter;
    return f;
  }
  if (s >= 500)
    return failure(
        "registry_error",
        QCoreApplication::translate(
            "camie::sync::RegistryClient",
            "The registry had an internal error. Registrations stay queued and will be sent later."),
        true, s);
  return failure(
      "registry_refused",
      QCoreApplication::translate(
          "camie::sync::RegistryClient",
          "The registry refused the kiosk's request. A technician should check the settings and the kiosk's version."),
      false, s);
}

Result<QList<RecordResult>> RegistryClient::parseResults(const QJsonValue& results,
                                                         const QStringList& ids) {
  if (!results.isArray())
    return makeError(QStringLiteral("bad_response"), QStringLiteral("results is not a list"));
  const QJsonArray array = results.toArray();
  if (array.size() != ids.size())
    return makeError(QStringLiteral("bad_response"),
                     QStringLiteral("%1 results for %2 records").arg(array.size()).arg(ids.size()));
  QList<RecordResult> parsed;
  for (qsizetype i = 0; i < array.size(); ++i) {
    const QJsonObject o = array.at(i).toObject();
    const auto status = recordAnswerFromString(o.value(QStringLiteral("status")).toString());
    RecordResult r{o.value(QStringLiteral("id")).toString(), status.value_or(RecordAnswer::Unknown),
                   o.value(QStringLiteral("registrationNumber")).toString().left(64),
                   o.value(QStringLiteral("errors")).toArray(), std::nullopt};
    if (const QJsonValue v = o.value(QStringLiteral("revision")); v.isDouble() && v.toInt() >= 1)
      r.revision = v.toInt();
    // Checked by the sync engine: a missing or malformed receipt makes the
    // result a retry for this record, not a bad answer for the batch.
    r.receipt = trust::Receipt::fromJson(o.value(QStringLiteral("receipt")));
    if (r.id != ids.at(i))
      return makeError(QStringLiteral("bad_response"),
                       QStringLiteral("result %1 is for another record").arg(i));
    if (!status)
      return makeError(QStringLiteral("bad_response"),
                       QStringLiteral("result %1 has an unknown status").arg(i));
    if ((r.status == RecordAnswer::Accepted || r.status == RecordAnswer::Duplicate) &&
        r.registrationNumber.isEmpty())
      return makeError(QStringLiteral("bad_response"),
                       QStringLiteral("result %1 is accepted without a number").arg(i));
    parsed.append(std::move(r));
  }
  return parsed;
}

PreparedBatch RegistryClient::prepareBatch(wire::Batch batch) {
  QByteArray body = QJsonDocument(batch.toJson(clock_.nowMs())).toJson(QJsonDocument::Compact);
  const bool gzipped = body.size() > kGzipAbove;
  if (gzipped)
    body = Gzip::compress(body);
  return {std::move(batch), std::move(body), gzipped};
}

Outcome<BatchAnswer> RegistryClient::sendBatch(const PreparedBatch& prepared) {
  const wire::Batch& batch = prepared.batch;
  auto response =
      call("POST", QStringLiteral("v1/batches"), prepared.body,
           {{QByteArrayLiteral("Idempotency-Key"), batch.batchId.toUtf8()}}, prepared.gzipped);
  if (!response.ok())
    return response.error();
  const HttpResponse& r = response.value();
  if (r.status != 200)
    return failureOf(r);
  if (!r.header("content-type").startsWith("application/json"))
    return badResponse(
        QStringLiteral("content type %1").arg(QString::fromLatin1(r.header("content-type"))));
  const QJsonDocument doc = QJsonDocument::fromJson(r.body);
  auto results = parseResults(doc.object().value(QStringLiteral("results")), batch.ids());
  if (!results)
    return badResponse(results.error().message);
  return BatchAnswer{std::move(*results), QString::fromLatin1(r.header("x-road-id")), r.bytesSent};
}

Outcome<QList<RecordResult>> RegistryClient::lookUpStatus(const QStringList& ids) {
  const QByteArray body =
      QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}})
          .toJson(QJsonDocument::Compact);
  auto response = call("POST", QStringLiteral("v1/status"), body, {});
  if (!response.ok())
    return response.error();
  const HttpResponse& r = response.value();
  if (r.status != 200)
    return failureOf(r);
  auto results =
      parseResults(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")), ids);
  if (!results)
    return badResponse(results.error().message);
  return std::move(*results);
}

Outcome<ReferenceAnswer> RegistryClient::fetchReference(const QString& name, const QString& etag) {
  QList<QPair<QByteArray, QByteArray>> headers;
  if (!etag.isEmpty())
    headers.append({QByteArrayLiteral("If-None-Match"), etag.toUtf8()});
  auto response = call("GET", QStringLiteral("v1/reference/") + name, {}, headers);
  if (!response.ok())
    return response.error();
  const HttpResponse& r = response.value();
  if (r.status == 304)
    return ReferenceAnswer{true, {}, etag};
  if (r.status != 200)
    return failureOf(r);
  return ReferenceAnswer{false, r.body, QString::fromUtf8(r.header("etag"))};
}

Outcome<QJsonObject> RegistryClient::provinceStatistics() {
  auto response = call("GET", QStringLiteral("v1/stats/provinces"), {}, {});
  if (!response.ok())
    return response.error();
  const HttpResponse& r = response.value();
  if (r.status != 200)
    return failureOf(r);
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return badResponse(QStringLiteral("statistics are not a JSON object"));
  return doc.object();
}

} // namespace camie::sync
