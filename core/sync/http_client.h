// HttpClient: HTTPS (or, where configured, plain HTTP) requests through one
// reused libcurl easy handle, so the connection to the security server stays
// open between batches. Blocking: use it on a worker thread, never the GUI
// thread. TLS verification is always on. Transport failures come back as
// errors whose code says what happened and whether the request may have
// reached the server (TransportErrors::mayHaveArrived).
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <memory>

namespace camie::sync {

struct TransportSettings {
  QString caFile;              // trusted CAs for the security server (PEM); empty: system store
  QString certFile;            // client certificate (PEM), for mutual TLS
  QString keyFile;             // its private key (PEM)
  QString keyPassphrase;       // if the key is encrypted
  QString pinnedPublicKey;     // "sha256//base64;sha256//..." or a key file; empty: no pinning
  QString proxy;               // http://, https:// or socks5h://user:pass@host:port
  QString noProxy;             // hosts that bypass the proxy, comma-separated
  bool allowPlainHttp = false; // only where the config explicitly says connection=http
  int connectTimeoutSeconds = 15;
  int lowSpeedSeconds = 30; // abort when less than 1 byte/s arrives for this long
  int totalTimeoutSeconds = 300;
  qint64 maxResponseBytes = 32 * 1024 * 1024;
  QByteArray userAgent;
};

struct HttpRequest {
  QByteArray method = "GET";
  QString url;
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;
  bool gzipBody = false; // compress and send Content-Encoding: gzip
};

struct HttpResponse {
  int status = 0;
  QMap<QByteArray, QByteArray> headers; // names in lower case
  QByteArray body;
  qint64 bytesSent = 0;
  bool http2 = false;
  QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

class HttpClient {
public:
  explicit HttpClient(TransportSettings settings);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  [[nodiscard]] Result<HttpResponse> perform(const HttpRequest& request);

  const TransportSettings& settings() const { return settings_; }

private:
  struct Curl;
  TransportSettings settings_;
  std::unique_ptr<Curl> curl_;
};

} // namespace camie::sync
