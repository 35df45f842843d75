#include "support/connect_proxy.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace camie::test {
namespace {

// One client: reads the CONNECT request, opens the tunnel, then pipes bytes.
void serve(QTcpSocket* client, const QByteArray& credentials, std::atomic<int>& tunnels,
           std::atomic<int>& refused) {
  auto* buffer = new QByteArray;
  QObject::connect(client, &QObject::destroyed, [buffer] { delete buffer; });
  QObject::connect(client, &QTcpSocket::readyRead, client, [=, &tunnels, &refused] {
    if (client->property("tunnel").toBool())
      return;
    buffer->append(client->readAll());
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
      return;
    const QByteArray head = buffer->left(end);
    const QByteArray rest = buffer->mid(end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    if (request.value(0) != "CONNECT") {
      client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
      client->disconnectFromHost();
      return;
    }
    if (!credentials.isEmpty()) {
      const QByteArray expected = "proxy-authorization: basic " + credentials.toBase64();
      bool ok = false;
      for (const QByteArray& line : lines)
        ok = ok || line.trimmed().toLower() == expected.toLower();
      if (!ok) {
        ++refused;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"branch\"\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
        return;
      }
    }
    const QList<QByteArray> target = request.value(1).split(':');
    auto* upstream = new QTcpSocket(client);
    QObject::connect(upstream, &QTcpSocket::connected, client, [=, &tunnels] {
      ++tunnels;
      client->setProperty("tunnel", true);
      client->write("HTTP/1.1 200 Connection established\r\n\r\n");
      if (!rest.isEmpty())
        upstream->write(rest);
      QObject::connect(client, &QTcpSocket::readyRead, upstream,
                       [=] { upstream->write(client->readAll()); });
      QObject::connect(upstream, &QTcpSocket::readyRead, client,
                       [=] { client->write(upstream->readAll()); });
      QObject::connect(upstream, &QTcpSocket::disconnected, client,
                       [=] { client->disconnectFromHost(); });
      QObject::connect(client, &QTcpSocket::disconnected, upstream,
                       [=] { upstream->disconnectFromHost(); });
    });
    QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [=] {
      if (!client->property("tunnel").toBool()) {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
      }
    });
    upstream->connectToHost(QString::fromLatin1(target.value(0)), target.value(1).toUShort());
  });
  QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

} // namespace

ConnectProxy::ConnectProxy(QByteArray userColonPassword)
    : credentials_(std::move(userColonPassword)) {
  QSemaphore ready;
  thread_.start();
  auto* server = new QTcpServer;
  server->moveToThread(&thread_);
  server_ = server;
  QMetaObject::invokeMethod(server, [this, server, &ready] {
    QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
      while (QTcpSocket* client = server->nextPendingConnection())
        serve(client, credentials_, tunnels_, refused_);
    });
    server->listen(QHostAddress::LocalHost, 0);
    port_ = server->serverPort();
    ready.release();
  });
  ready.acquire();
}

ConnectProxy::~ConnectProxy() {
  QMetaObject::invokeMethod(
      server_, [this] { delete server_; }, Qt::BlockingQueuedConnection);
  thread_.quit();
  thread_.wait();
}

} // namespace camie::test
