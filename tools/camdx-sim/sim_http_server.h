// SimHttpServer: Qt HttpServer's connection handling (HTTP/1.1, TLS through
// sslSetup) with every request handed on as a SimRequest — including the TLS
// peer certificate, which QHttpServerRequest does not expose in Qt 6.4.
#pragma once

#include "tools/camdx-sim/sim_request.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace camie::sim {

class SimHttpServer : public QAbstractHttpServer {
public:
  // The handler answers on the socket itself, now or later (it may keep a
  // QPointer to it; the socket is deleted when the client disconnects).
  using Handler = std::function<void(SimRequest request, QTcpSocket* socket)>;

  explicit SimHttpServer(Handler handler, QObject* parent = nullptr);

protected:
  bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
  void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
  Handler handler_;
};

} // namespace camie::sim
