#include "tools/camdx-sim/quit_on_signal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace camie::sim {

int QuitOnSignal::pipe_[2] = {-1, -1};

QuitOnSignal::QuitOnSignal(QObject* parent) : QObject(parent) {
  if (::pipe2(pipe_, O_CLOEXEC | O_NONBLOCK) != 0)
    return;
  auto* notifier = new QSocketNotifier(pipe_[0], QSocketNotifier::Read, this);
  connect(notifier, &QSocketNotifier::activated, this, [] {
    char byte = 0;
    while (::read(pipe_[0], &byte, 1) > 0) {
    }
    QCoreApplication::quit();
  });
  struct sigaction action {};
  action.sa_handler = &QuitOnSignal::onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal() {
  struct sigaction defaults {}; // all zero: SIG_DFL
  ::sigaction(SIGINT, &defaults, nullptr);
  ::sigaction(SIGTERM, &defaults, nullptr);
  for (int& fd : pipe_) {
    if (fd != -1)
      ::close(fd);
    fd = -1;
  }
}

void QuitOnSignal::onSignal(int) {
  const char byte = 1;
  [[maybe_unused]] const auto written = ::write(pipe_[1], &byte, 1); // async-signal-safe
}

} // namespace camie::sim
