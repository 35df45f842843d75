// waitForSignal: runs the event loop until a sender's signal comes, or a
// deadline passes — for tests that wait on a service's answer by its signal.
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace camie::test {

// Runs the event loop until `signal` of `sender` or `ms`; true if it came.
template <typename Sender, typename Signal>
bool waitForSignal(const Sender* sender, Signal signal, int ms = 10'000) {
  QEventLoop loop;
  bool came = false;
  auto c = QObject::connect(sender, signal, &loop, [&] {
    came = true;
    loop.quit();
  });
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
  QObject::disconnect(c);
  return came;
}

} // namespace camie::test
