#include "tools/camdx-sim/http_reply.h"

#include <QJsonDocument>

namespace camie::sim {

HttpReply HttpReply::json(int status, const QJsonObject& object) {
  HttpReply r;
  r.status = status;
  r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
  r.setHeader("Content-Type", "application/json");
  return r;
}

HttpReply HttpReply::json(int status, const QJsonArray& array) {
  HttpReply r;
  r.status = status;
  r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
  r.setHeader("Content-Type", "application/json");
  return r;
}

HttpReply HttpReply::empty(int status) {
  HttpReply r;
  r.status = status;
  return r;
}

HttpReply HttpReply::registryError(int status, const QString& type, const QString& message) {
  return json(status,
              QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}});
}

void HttpReply::setHeader(const QByteArray& name, const QByteArray& value) {
  headers.removeIf([&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
  headers.append({name, value});
}

QByteArray HttpReply::header(QByteArrayView name) const {
  for (const auto& [key, value] : headers) {
    if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
      return value;
  }
  return {};
}

QByteArray HttpReply::head(qint64 contentLength, bool close) const {
  QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
  for (const auto& [key, value] : headers)
    out += key + ": " + value + "\r\n";
  const bool bodiless = status < 200 || status == 204 || status == 304;
  if (!bodiless)
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
  out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
  out += "\r\n";
  return out;
}

QByteArray HttpReply::reasonPhrase(int status) {
  switch (status) {
  case 200:
    return "OK";
  case 204:
    return "No Content";
  case 304:
    return "Not Modified";
  case 400:
    return "Bad Request";
  case 404:
    return "Not Found";
  case 405:
    return "Method Not Allowed";
  case 413:
    return "Payload Too Large";
  case 415:
    return "Unsupported Media Type";
  case 429:
    return "Too Many Requests";
  case 500:
    return "Internal Server Error";
  case 503:
    return "Service Unavailable";
  default:
    return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
  }
}

} // namespace camie::sim
