#include "core/sync/http_client.h"

#include "core/logging/log_categories.h"
#include "core/sync/gzip.h"
#include "core/sync/transport_errors.h"

#include <curl/curl.h>

#include <mutex>

namespace camie::sync {
namespace {

void globalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Sink {
  QByteArray body;
  QMap<QByteArray, QByteArray> headers;
  qint64 limit = 0;
  bool overflow = false;
};

size_t writeBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const auto n = static_cast<qsizetype>(size * count);
  if (sink->body.size() + n > sink->limit) {
    sink->overflow = true;
    return 0; // makes curl fail with CURLE_WRITE_ERROR
  }
  sink->body.append(data, n);
  return size * count;
}

size_t writeHeader(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
  if (line.startsWith("HTTP/")) {
    sink->headers.clear(); // a new response (after 100-continue or a redirect)
  } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
    sink->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
  }
  return size * count;
}

} // namespace

struct HttpClient::Curl {
  CURL* handle = nullptr;
  ~Curl() { curl_easy_cleanup(handle); }
};

HttpClient::HttpClient(TransportSettings settings)
    : settings_(std::move(settings)), curl_(std::make_unique<Curl>()) {
  globalInit();
  curl_->handle = curl_easy_init();
}

HttpClient::~HttpClient() = default;

Result<HttpResponse> HttpClient::perform(const HttpRequest& request) {
  CURL* h = curl_->handle;
  if (!h)
    return TransportErrors::make("network_error");
  if (request.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
      !settings_.allowPlainHttp)
    return TransportErrors::make("plain_http_refused");
  if (!request.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
      !request.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
    return TransportErrors::make("bad_endpoint");

  curl_easy_reset(h); // options only: the connection cache survives
  const QByteArray url = request.url.toUtf8();
  curl_easy_setopt(h, CURLOPT_URL, url.constData());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, settings_.allowPlainHttp ? "http,https" : "https");
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  // TLS 1.2, as X-Road's connection from an information system: a client
  // certificate is then checked inside the handshake, before any request is
  // sent, so a refused certificate never leaves an upload in doubt (with 1.3
  // the request goes out first and the refusal comes back as a reset).
  curl_easy_setopt(h, CURLOPT_SSLVERSION,
                   static_cast<long>(CURL_SSLVERSION_TLSv1_2) |
                       static_cast<long>(CURL_SSLVERSION_MAX_TLSv1_2));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings_.connectTimeoutSeconds));
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(settings_.lowSpeedSeconds));
  curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(settings_.totalTimeoutSeconds));
  curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); // gzip/br/zstd answers, decoded by curl

  // Options take copies of strings (since curl 7.17), so these may be temporaries.
  const auto setText = [h](CURLoption option, const QString& value) {
    if (!value.isEmpty())
      curl_easy_setopt(h, option, value.toUtf8().constData());
  };
  setText(CURLOPT_CAINFO, settings_.caFile);
  setText(CURLOPT_SSLCERT, settings_.certFile);
  setText(CURLOPT_SSLKEY, settings_.keyFile);
  setText(CURLOPT_KEYPASSWD, settings_.keyPassphrase);
  setText(CURLOPT_PINNEDPUBLICKEY, settings_.pinnedPublicKey);
  setText(CURLOPT_PROXY, settings_.proxy);
  setText(CURLOPT_NOPROXY, settings_.noProxy);
  if (!settings_.userAgent.isEmpty())
    curl_easy_setopt(h, CURLOPT_USERAGENT, settings_.userAgent.constData());

  QByteArray body = request.body;
  curl_slist* headers = nullptr;
  for (const auto& [name, value] : request.headers)
    headers = curl_slist_append(headers, (name + ": " + value).constData());
  if (request.gzipBody && !body.isEmpty()) {
    body = Gzip::compress(body);
    headers = curl_slist_append(headers, "Content-Encoding: gzip");
  }
  headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  if (request.method == "POST") {
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  } else if (request.method != "GET") {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
  }

  Sink sink;
  sink.limit = settings_.maxResponseBytes;
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, writeBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, writeHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &sink);
  char errorText[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);

  const CURLcode rc = curl_easy_perform(h);
  curl_slist_free_all(headers);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
  if (rc != CURLE_OK) {
    long verify = 0;
    curl_easy_getinfo(h, CURLINFO_SSL_VERIFYRESULT, &verify);
    const QString text = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(rc));
    qCInfo(lcSync) << "request failed:" << rc << text;
    if (sink.overflow)
      return TransportErrors::make("response_too_large");
    return TransportErrors::fromCurl(rc, text, verify, !settings_.certFile.isEmpty());
  }
  HttpResponse response;
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  long version = 0;
  curl_easy_getinfo(h, CURLINFO_HTTP_VERSION, &version);
  curl_off_t uploaded = 0;
  curl_easy_getinfo(h, CURLINFO_SIZE_UPLOAD_T, &uploaded);
  response.status = static_cast<int>(status);
  response.http2 = version == CURL_HTTP_VERSION_2_0;
  response.bytesSent = static_cast<qint64>(uploaded);
  response.headers = std::move(sink.headers);
  response.body = std::move(sink.body);
  return response;
}

} // namespace camie::sync
