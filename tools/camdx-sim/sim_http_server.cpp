#include "tools/camdx-sim/sim_http_server.h"

#include <QHttpServerRequest>
#include <QSslSocket>

namespace camie::sim {
namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
  switch (method) {
  case QHttpServerRequest::Method::Get:
    return "GET";
  case QHttpServerRequest::Method::Put:
    return "PUT";
  case QHttpServerRequest::Method::Delete:
    return "DELETE";
  case QHttpServerRequest::Method::Post:
    return "POST";
  case QHttpServerRequest::Method::Head:
    return "HEAD";
  case QHttpServerRequest::Method::Options:
    return "OPTIONS";
  case QHttpServerRequest::Method::Patch:
    return "PATCH";
  default:
    return "UNKNOWN";
  }
}

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent), handler_(std::move(handler)) {}

bool SimHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
  SimRequest r;
  r.method = methodName(request.method());
  r.path = request.url().path(QUrl::FullyEncoded);
  r.query = request.query();
  r.headers = request.headers();
  r.body = request.body();
  if (const auto* tls = qobject_cast<QSslSocket*>(socket))
    r.peerCertificate = tls->peerCertificate();
  handler_(std::move(r), socket);
  return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket*) {
  // handleRequest answers every request.
}

} // namespace camie::sim
