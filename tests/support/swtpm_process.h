// SwtpmProcess: a software TPM 2.0 (swtpm) as a child of a test — its own
// state folder, two free consecutive loopback ports (commands, control) —
// stopped when it goes out of scope. The TCTI string reaches it as a kiosk's
// `[device] tpm` reaches /dev/tpmrm0. Each new SwtpmProcess is a different
// TPM (fresh seeds); one restarted on the same state folder is the same TPM.
#pragma once

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace camie::test {

class SwtpmProcess {
public:
  // A new TPM in a temporary folder; with `stateDir`, the TPM kept there.
  explicit SwtpmProcess(const QString& stateDir = {}) {
    if (stateDir.isEmpty()) {
      REQUIRE(ownDir_.isValid());
      stateDir_ = ownDir_.path();
    } else {
      stateDir_ = stateDir;
    }
    start();
  }
  ~SwtpmProcess() { stop(); }
  SwtpmProcess(const SwtpmProcess&) = delete;
  SwtpmProcess& operator=(const SwtpmProcess&) = delete;

  QString tcti() const { return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port_); }
  QString stateDir() const { return stateDir_; }

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
  void restart() {
    stop();
    start();
  }

private:
  // Two consecutive free ports: the swtpm TCTI's control port is the command
  // port + 1. Probed by binding; released just before swtpm binds them.
  static quint16 freePortPair() {
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
    FAIL("no two consecutive free loopback ports");
    return 0;
  }

  // swtpm --daemon returns once its sockets listen, so the TPM is ready when
  // the started process has exited; the daemon's pid comes from its pid file.
  void start() {
    const QString swtpm = QStandardPaths::findExecutable(QStringLiteral("swtpm"));
    INFO("swtpm is in the Debian package swtpm (scripts/install-deps)");
    REQUIRE_FALSE(swtpm.isEmpty());
    const QString pidFile = QDir(stateDir_).filePath(QStringLiteral("swtpm.pid"));
    QFile::remove(pidFile);
    for (int attempt = 0; attempt < 5 && pid_ == 0; ++attempt) {
      port_ = freePortPair();
      QProcess process;
      process.setProcessChannelMode(QProcess::MergedChannels);
      process.start(swtpm,
                    {QStringLiteral("socket"), QStringLiteral("--daemon"), QStringLiteral("--pid"),
                     QStringLiteral("file=") + pidFile, QStringLiteral("--tpmstate"),
                     QStringLiteral("dir=") + stateDir_, QStringLiteral("--tpm2"),
                     QStringLiteral("--server"), QStringLiteral("type=tcp,port=%1").arg(port_),
                     QStringLiteral("--ctrl"), QStringLiteral("type=tcp,port=%1").arg(port_ + 1),
                     QStringLiteral("--flags"), QStringLiteral("not-need-init,startup-clear")});
      REQUIRE(process.waitForFinished(30000));
      if (process.exitCode() != 0) {
        UNSCOPED_INFO("swtpm: " << process.readAll().toStdString()); // a port taken meanwhile
        continue;
      }
      QFile file(pidFile);
      REQUIRE(file.open(QIODevice::ReadOnly));
      pid_ = static_cast<pid_t>(file.readAll().trimmed().toLongLong());
    }
    REQUIRE(pid_ > 0);
  }

  QTemporaryDir ownDir_;
  QString stateDir_;
  quint16 port_ = 0;
  pid_t pid_ = 0;
};

} // namespace camie::test
