// ConnectProxy: a minimal HTTP CONNECT proxy on loopback, on its own thread,
// for testing that the kiosk reaches the security server through a bank
// branch's proxy. With credentials set, it demands Proxy-Authorization
// (Basic) and answers 407 otherwise. Counts the tunnels it opened.
#pragma once

#include <QByteArray>
#include <QThread>

#include <atomic>

class QTcpServer;

namespace camie::test {

class ConnectProxy {
public:
  explicit ConnectProxy(QByteArray userColonPassword = {});
  ~ConnectProxy();

  quint16 port() const { return port_; }
  int tunnels() const { return tunnels_.load(); }
  int refused() const { return refused_.load(); }

private:
  QThread thread_;
  QTcpServer* server_ = nullptr;
  quint16 port_ = 0;
  QByteArray credentials_;
  std::atomic<int> tunnels_{0};
  std::atomic<int> refused_{0};
};

} // namespace camie::test
