// SimClient: a small libcurl client for the camdx-sim tests — real HTTP(S) on
// loopback, one connection per request, transport errors kept, not hidden.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <curl/curl.h>

namespace camie::test {

struct SimResponse {
  CURLcode curlCode = CURLE_OK;
  QString curlError; // libcurl's words for curlCode
  long status = 0;   // 0 when no response arrived
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;

  QByteArray header(QByteArrayView name) const; // "" when absent
  QJsonObject json() const;                     // REQUIREs a JSON object body
  bool ok() const { return curlCode == CURLE_OK; }
};

class SimClient {
public:
  using Headers = QList<QPair<QByteArray, QByteArray>>;
  struct Tls {
    QString caFile;   // trust anchor for the server (TLS verification is always on)
    QString certFile; // client certificate (mtls)
    QString keyFile;
    QString keyPassword;
  };

  explicit SimClient(QString baseUrl) : base_(std::move(baseUrl)) {}

  void setTls(Tls tls) { tls_ = std::move(tls); }
  // Sent with every request unless `xroad` is false: X-Road-Client (this),
  // X-Road-UserId, X-Road-Id (fresh per request).
  void setClientId(QString clientId) { clientId_ = std::move(clientId); }

  // `path` relative to the service ("v1/batches") or absolute ("/_sim/summary").
  SimResponse get(const QString& path, const Headers& headers = {}, bool xroad = true) const;
  // JSON body (Content-Type: application/json); gzip sets Content-Encoding: gzip.
  SimResponse post(const QString& path, const QByteArray& body, const Headers& headers = {},
                   bool gzip = false, bool xroad = true) const;
  // POST v1/batches with Idempotency-Key taken from the body's batchId.
  SimResponse postBatch(const QJsonObject& batch, bool gzip = false) const;

  static QByteArray gzip(const QByteArray& data);
  QString url(const QString& path) const;

private:
  SimResponse perform(const QByteArray& method, const QString& path, const QByteArray* body,
                      Headers headers, bool xroad) const;

  QString base_;
  QString clientId_ = QStringLiteral("CAMBODIA/COM/ACLEDA/KIOSK");
  Tls tls_;
};

} // namespace camie::test
