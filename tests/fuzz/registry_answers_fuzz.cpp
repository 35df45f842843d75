// Fuzzes the registry's answers as the sync engine reads them
// (core/sync/registry_client.cpp). The first byte says what the rest is:
//   0: the body of a 200 answer to POST batches or POST status, read as
//      RegistryClient does (JSON, its "results" for the ids sent); with bit 7
//      set the ids sent are three fixed ones, else those the answer names, so
//      the checks past the id match are reached;
//   1: a failed answer: the X-Road-Error header's value, a newline, the body;
//   2: a Retry-After header's value;
//   3: a transport failure: curl code (modulo CURL_LAST) and TLS verify
//      result (two bytes), a flag byte, then curl's error text (which quotes
//      the server's TLS alert).
#include "core/sync/registry_client.h"
#include "core/sync/retry_after.h"
#include "core/sync/transport_errors.h"
#include "core/sync/xroad_error.h"

#include <QJsonDocument>

#include <curl/curl.h>

#include <cstddef>
#include <cstdint>

using namespace camie::sync;

namespace {

constexpr qint64 kNowMs = 1767225600000; // 2026-01-01

void answer(QByteArrayView body, bool fixedIds) {
  const QJsonValue results =
      QJsonDocument::fromJson(body.toByteArray()).object().value(QStringLiteral("results"));
  QStringList ids;
  if (fixedIds) {
    ids = {QStringLiteral("0190f000-0000-7000-8000-000000000001"),
           QStringLiteral("0190f000-0000-7000-8000-000000000002"),
           QStringLiteral("0190f000-0000-7000-8000-000000000003")};
  } else {
    for (const QJsonValue& r : results.toArray())
      ids << r.toObject().value(QStringLiteral("id")).toString();
  }
  auto parsed = RegistryClient::parseResults(results, ids);
  if (!parsed) {
    if (parsed.error().code != u"bad_response" || parsed.error().message.isEmpty())
      __builtin_trap();
    return;
  }
  if (parsed->size() != ids.size())
    __builtin_trap(); // one result per record sent
  for (qsizetype i = 0; i < parsed->size(); ++i) {
    const RecordResult& r = parsed->at(i);
    if (r.id != ids.at(i) || r.registrationNumber.size() > 64 || (r.revision && *r.revision < 1))
      __builtin_trap();
    if ((r.status == RecordAnswer::Accepted || r.status == RecordAnswer::Duplicate) &&
        r.registrationNumber.isEmpty())
      __builtin_trap(); // settled without a number
  }
}

void xroadError(QByteArrayView rest) {
  const qsizetype newline = rest.indexOf('\n');
  QMap<QByteArray, QByteArray> headers;
  headers.insert(QByteArrayLiteral("x-road-error"),
                 (newline < 0 ? rest : rest.first(newline)).toByteArray());
  const QByteArray body = newline < 0 ? QByteArray() : rest.sliced(newline + 1).toByteArray();
  const auto error = XRoadError::fromResponse(headers, body);
  if (!error)
    return;
  if (error->type.isEmpty() || error->words().isEmpty() || error->message.size() > 500 ||
      error->detail.size() > 200)
    __builtin_trap();
  if (XRoadError::canonical(error->type).contains(u'_'))
    __builtin_trap(); // both code styles compare equal
}

void transport(QByteArrayView rest) {
  if (rest.size() < 3)
    return;
  // Only codes libcurl can return (a CURLcode outside the enum is no input).
  const int curlCode = static_cast<uint8_t>(rest[0]) % CURL_LAST;
  const long verifyResult = static_cast<uint8_t>(rest[1]);
  const bool clientCertificate = rest[2] & 1;
  const camie::Error e = TransportErrors::fromCurl(curlCode, QString::fromUtf8(rest.sliced(3)),
                                                   verifyResult, clientCertificate);
  if (e.code.isEmpty() || e.message.isEmpty())
    __builtin_trap();
  (void)TransportErrors::mayHaveArrived(e);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1)
    return 0;
  const uint8_t mode = data[0];
  const QByteArrayView rest(data + 1, static_cast<qsizetype>(size - 1));
  switch (mode & 3) {
  case 0:
    answer(rest, mode & 0x80);
    break;
  case 1:
    xroadError(rest);
    break;
  case 2: {
    const auto ms = RetryAfter::parseMs(rest.toByteArray(), kNowMs);
    if (ms && (*ms < 0 || *ms > RetryAfter::kMaxMs))
      __builtin_trap(); // never negative, never past a day
    break;
  }
  default:
    transport(rest);
    break;
  }
  return 0;
}
