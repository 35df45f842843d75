// RegistryClient: the registry API of docs/api/registry.yaml spoken through
// the security server — batch upload, status look-up, reference data with
// ETag, province statistics. Adds the X-Road headers, reads the answers
// strictly, and turns every failure into a SyncFailure: words, a stable
// code, Retry-After, and whether the request may have arrived.
#pragma once

#include "core/sync/http_client.h"
#include "core/sync/record_answer.h"
#include "core/sync/xroad_identifier.h"
#include "core/trust/receipt.h"
#include "core/util/clock.h"
#include "core/wire/batch.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace camie::sync {

struct SyncEndpoint {
  QString baseUrl; // the security server, e.g. https://ss.branch.local
  XRoadIdentifier client;
  XRoadIdentifier service;
  QString userId; // X-Road-UserId: "KH{operator}" or "KH-device-{deviceId}"
};

struct SyncFailure {
  Error error;
  std::optional<qint64> retryAfterMs;
  bool mayHaveArrived = false; // then look the records up before sending them again
  int httpStatus = 0;
};

// A call to the registry: its answer, or how it failed (one of the Result family).
template <typename T>
using Outcome = Result<T, SyncFailure>;

struct RecordResult {
  QString id;
  RecordAnswer status = RecordAnswer::Unknown;
  QString registrationNumber;
  QJsonArray errors;
  std::optional<int> revision = {}; // the revision the answer is about, when the registry says
  std::optional<trust::Receipt> receipt = {}; // accepted, duplicate: the registry's signature
};

struct BatchAnswer {
  QList<RecordResult> results; // same order as sent
  QString xroadId;             // the response's X-Road-Id, stored with the batch
  qint64 bytesSent = 0;
};

struct ReferenceAnswer {
  bool notModified = false;
  QByteArray body;
  QString etag;
};

// A batch made ready to go: its request body built (and compressed) ahead,
// while the batch before it is out.
struct PreparedBatch {
  wire::Batch batch;
  QByteArray body;      // as it goes on the wire (empty: the fake registries of tests)
  bool gzipped = false; // the body is gzip (Content-Encoding: gzip)
};

// The registry's operations as the sync engine uses them (tests substitute a fake).
class RegistryApi {
public:
  virtual ~RegistryApi() = default;
  // The body of POST batches (API.md) for `batch`, its sentAt now. May run
  // on one thread while another is in sendBatch.
  virtual PreparedBatch prepareBatch(wire::Batch batch) { return {std::move(batch), {}, false}; }
  // POST batches with a body prepareBatch made; the answer's results are
  // checked against the batch's record ids, in order.
  virtual Outcome<BatchAnswer> sendBatch(const PreparedBatch& batch) = 0;
  Outcome<BatchAnswer> uploadBatch(const wire::Batch& batch) {
    return sendBatch(prepareBatch(batch));
  }
  virtual Outcome<QList<RecordResult>> lookUpStatus(const QStringList& ids) = 0;
  virtual Outcome<ReferenceAnswer> fetchReference(const QString& name, const QString& etag) = 0;
  virtual Outcome<QJsonObject> provinceStatistics() = 0;
};

class RegistryClient final : public RegistryApi {
public:
  RegistryClient(HttpClient& http, SyncEndpoint endpoint, const Clock& clock);

  PreparedBatch prepareBatch(wire::Batch batch) override;
  Outcome<BatchAnswer> sendBatch(const PreparedBatch& batch) override;
  Outcome<QList<RecordResult>> lookUpStatus(const QStringList& ids) override;
  Outcome<ReferenceAnswer> fetchReference(const QString& name, const QString& etag) override;
  Outcome<QJsonObject> provinceStatistics() override;

  QString serviceUrl(const QString& path) const;
  // Parses a results array (batch or status answer) for `ids`, in order.
  static Result<QList<RecordResult>> parseResults(const QJsonValue& results,
                                                  const QStringList& ids);

private:
  // `gzipped`: the body is compressed already (else compressed here when large).
  Outcome<HttpResponse> call(const QByteArray& method, const QString& path, const QByteArray& body,
                             QList<QPair<QByteArray, QByteArray>> extra, bool gzipped = false);
  SyncFailure failureOf(const HttpResponse& response) const;

  HttpClient& http_;
  SyncEndpoint endpoint_;
  const Clock& clock_;
};

} // namespace camie::sync
