// SwtpmDaemon: a software TPM 2.0 (swtpm) started as a daemon on two free
// consecutive loopback ports (commands, control) with its state in a given
// folder, and stopped again — for the tests (through SwtpmProcess, which
// fails the test when it cannot start) and for the benchmarks that need a
// TPM (bench/offline_guess_bench.cpp), so there is one way of starting it.
// No Catch2 here: failures come back as values.
#pragma once

#include "core/util/result.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <optional>
#include <utility>

#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace camie::test {

class SwtpmDaemon {
public:
  // A TPM kept in `stateDir` (a folder that exists); one started again on
  // the same folder is the same TPM, one on a new folder a different one.
  explicit SwtpmDaemon(QString stateDir) : stateDir_(std::move(stateDir)) {}
  ~SwtpmDaemon() { stop(); }
  SwtpmDaemon(const SwtpmDaemon&) = delete;
  SwtpmDaemon& operator=(const SwtpmDaemon&) = delete;

  // The TCTI string a kiosk's `[device] tpm` would hold for it.
  QString tcti() const { return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port_); }
  QString stateDir() const { return stateDir_; }

  // Starts swtpm; it listens when this returns. swtpm --daemon returns once
  // its sockets listen, so the TPM is ready when the started process has
  // exited; the daemon's pid comes from its pid file. A port taken between
  // probing and binding is tried again with others.
  [[nodiscard]] Result<void> start() {
    const QString swtpm = QStandardPaths::findExecutable(QStringLiteral("swtpm"));
    if (swtpm.isEmpty()) {
      return makeError(
          QStringLiteral("swtpm_missing"),
          QStringLiteral("swtpm is in the Debian package swtpm (scripts/install-deps)"));
    }
    const QString pidFile = QDir(stateDir_).filePath(QStringLiteral("swtpm.pid"));
    QFile::remove(pidFile);
    QString lastFailure;
    for (int attempt = 0; attempt < 5 && pid_ == 0; ++attempt) {
      const std::optional<quint16> port = freePortPair();
      if (!port) {
        return makeError(QStringLiteral("no_ports"),
                         QStringLiteral("no two consecutive free loopback ports"));
      }
      port_ = *port;
      QProcess process;
      process.setProcessChannelMode(QProcess::MergedChannels);
      process.start(swtpm,
                    {QStringLiteral("socket"), QStringLiteral("--daemon"), QStringLiteral("--pid"),
                     QStringLiteral("file=") + pidFile, QStringLiteral("--tpmstate"),
                     QStringLiteral("dir=") + stateDir_, QStringLiteral("--tpm2"),
                     QStringLiteral("--server"), QStringLiteral("type=tcp,port=%1").arg(port_),
                     QStringLiteral("--ctrl"), QStringLiteral("type=tcp,port=%1").arg(port_ + 1),
                     QStringLiteral("--flags"), QStringLiteral("not-need-init,startup-clear")});
      if (!process.waitForFinished(30000)) {
        return makeError(QStringLiteral("swtpm_hangs"),
                         QStringLiteral("swtpm did not start within 30 s"));
      }
      if (process.exitCode() != 0) {
        lastFailure = QString::fromLocal8Bit(process.readAll()); // a port taken meanwhile
        continue;
      }
      QFile file(pidFile);
      if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("no_pid_file"), QStringLiteral("swtpm wrote no pid file"));
      pid_ = static_cast<pid_t>(file.readAll().trimmed().toLongLong());
    }
    if (pid_ <= 0) {
      pid_ = 0;
      return makeError(QStringLiteral("swtpm_failed"),
                       QStringLiteral("swtpm did not start: ") + lastFailure);
    }
    return {};
  }

  // SIGTERM to this swtpm (it saves its state and exits), then waits for its
  // exit through a pidfd (it is not our child once daemonised). Idempotent.
  void stop() {
    if (pid_ <= 0)
      return;
    const int fd = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
    ::kill(pid_, SIGTERM);
    if (fd >= 0) {
      pollfd exited{fd, POLLIN, 0};
      ::poll(&exited, 1, 30000);
      ::close(fd);
    }
    pid_ = 0;
  }

private:
  // Two consecutive free ports: the swtpm TCTI's control port is the command
  // port + 1. Probed by binding; released just before swtpm binds them.
  static std::optional<quint16> freePortPair() {
    for (int attempt = 0; attempt < 50; ++attempt) {
      const int a = ::socket(AF_INET, SOCK_STREAM, 0);
      const int b = ::socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in addr{};
      addr.sin_family = AF_INET;
      addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      socklen_t len = sizeof addr;
      quint16 port = 0;
      if (::bind(a, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
          ::getsockname(a, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
        port = ntohs(addr.sin_port);
        addr.sin_port = htons(static_cast<quint16>(port + 1));
        if (port == 65535 || ::bind(b, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
          port = 0;
      }
      ::close(a);
      ::close(b);
      if (port != 0)
        return port;
    }
    return std::nullopt;
  }

  QString stateDir_;
  quint16 port_ = 0;
  pid_t pid_ = 0;
};

} // namespace camie::test
