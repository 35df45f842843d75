// SimRequest: what camdx-sim keeps of one HTTP request — copied out of Qt's
// request object, which is reused for the next request on the connection.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace camie::sim {

struct SimRequest {
  QByteArray method; // "GET", "POST", ...
  QString path;      // as sent, percent-encoded
  QUrlQuery query;
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;                 // as received (gzip when Content-Encoding says so)
  QSslCertificate peerCertificate; // null without a client certificate
  qint64 sequence = 0;             // 1 for the first request the simulator received

  // The first header of that name (case-insensitive), or a null QByteArray.
  QByteArray header(QByteArrayView name) const {
    for (const auto& [key, value] : headers) {
      if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
        return value;
    }
    return {};
  }
  bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
};

} // namespace camie::sim
