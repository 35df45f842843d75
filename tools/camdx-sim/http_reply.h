// HttpReply: one HTTP/1.1 response as camdx-sim writes it to the socket itself
// (status, headers, body), so that scripted faults can cut, slow or replace it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace camie::sim {

struct HttpReply {
  int status = 200;
  QList<QPair<QByteArray, QByteArray>> headers;
  QByteArray body;

  static HttpReply json(int status, const QJsonObject& object);
  static HttpReply json(int status, const QJsonArray& array);
  static HttpReply empty(int status);
  // An error of the registry itself: {"type", "message"} and no X-Road-Error header.
  static HttpReply registryError(int status, const QString& type, const QString& message);

  void setHeader(const QByteArray& name, const QByteArray& value); // replaces any of that name
  QByteArray header(QByteArrayView name) const;                    // case-insensitive; "" if none

  // The status line and headers. `contentLength` is the body's size unless a
  // fault lies about it; no Content-Length is written for 1xx, 204 and 304.
  QByteArray head(qint64 contentLength, bool close) const;
  static QByteArray reasonPhrase(int status);
};

} // namespace camie::sim
