#include "tests/tools/camdx_sim/sim_client.h"

#include "tests/support/camdx_sim_process.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QUuid>

#include <zlib.h>

namespace camie::test {
namespace {

size_t onBody(char* data, size_t size, size_t count, void* out) {
  static_cast<QByteArray*>(out)->append(data, static_cast<qsizetype>(size * count));
  return size * count;
}

size_t onHeader(char* data, size_t size, size_t count, void* out) {
  const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
  const qsizetype colon = line.indexOf(':');
  if (colon > 0)
    static_cast<SimClient::Headers*>(out)->append(
        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
  else if (line.startsWith("HTTP/")) // a new response (after a 100): start over
    static_cast<SimClient::Headers*>(out)->clear();
  return size * count;
}

} // namespace

QByteArray SimResponse::header(QByteArrayView name) const {
  for (const auto& [key, value] : headers) {
    if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
      return value;
  }
  return {};
}

QJsonObject SimResponse::json() const {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
  INFO("status " << status << " body: " << body.toStdString());
  REQUIRE(error.error == QJsonParseError::NoError);
  REQUIRE(doc.isObject());
  return doc.object();
}

QString SimClient::url(const QString& path) const {
  return path.startsWith(u'/')
             ? base_ + path
             : base_ + QStringLiteral("/r1/") + CamdxSimProcess::serviceId() + u'/' + path;
}

QByteArray SimClient::gzip(const QByteArray& data) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                       Z_DEFAULT_STRATEGY) == Z_OK);
  QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
                 '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(static_cast<qsizetype>(stream.total_out));
  deflateEnd(&stream);
  return out;
}

SimResponse SimClient::get(const QString& path, const Headers& headers, bool xroad) const {
  return perform("GET", path, nullptr, headers, xroad);
}

SimResponse SimClient::post(const QString& path, const QByteArray& body, const Headers& headers,
                            bool gzip, bool xroad) const {
  Headers all = headers;
  all.emplaceBack("Content-Type", "application/json");
  if (!gzip)
    return perform("POST", path, &body, all, xroad);
  all.emplaceBack("Content-Encoding", "gzip");
  const QByteArray compressed = SimClient::gzip(body);
  return perform("POST", path, &compressed, all, xroad);
}

SimResponse SimClient::postBatch(const QJsonObject& batch, bool gzip) const {
  return post(QStringLiteral("v1/batches"), QJsonDocument(batch).toJson(QJsonDocument::Compact),
              {{"Idempotency-Key", batch.value(QStringLiteral("batchId")).toString().toUtf8()}},
              gzip);
}

SimResponse SimClient::perform(const QByteArray& method, const QString& path,
                               const QByteArray* body, Headers headers, bool xroad) const {
  if (xroad) {
    headers.emplaceBack("X-Road-Client", clientId_.toUtf8());
    headers.emplaceBack("X-Road-UserId", "KHteller1");
    headers.emplaceBack("X-Road-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
  }
  headers.emplaceBack("Expect", ""); // no 100-continue round trip
  CURL* curl = curl_easy_init();
  REQUIRE(curl);
  curl_slist* list = nullptr;
  for (const auto& [key, value] : headers)
    list = curl_slist_append(list, (value.isEmpty() ? key + ":" : key + ": " + value).constData());
  const QByteArray target = url(path).toUtf8();
  const QByteArray ca = tls_.caFile.toUtf8();
  const QByteArray cert = tls_.certFile.toUtf8();
  const QByteArray key = tls_.keyFile.toUtf8();
  const QByteArray password = tls_.keyPassword.toUtf8();
  SimResponse r;
  char error[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(curl, CURLOPT_URL, target.constData());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  if (body) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
  }
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &r.headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 60000L);
  curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
  if (!ca.isEmpty())
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
  if (!cert.isEmpty()) {
    curl_easy_setopt(curl, CURLOPT_SSLCERT, cert.constData());
    curl_easy_setopt(curl, CURLOPT_SSLKEY, key.constData());
  }
  if (!password.isEmpty())
    curl_easy_setopt(curl, CURLOPT_KEYPASSWD, password.constData());
  r.curlCode = curl_easy_perform(curl);
  r.curlError = QString::fromUtf8(error[0] ? error : curl_easy_strerror(r.curlCode));
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
  curl_slist_free_all(list);
  curl_easy_cleanup(curl);
  return r;
}

} // namespace camie::test
