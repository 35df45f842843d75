// SwtpmProcess: a software TPM 2.0 (swtpm) as a child of a test — its own
// state folder, two free consecutive loopback ports (commands, control) —
// stopped when it goes out of scope; the test fails when it cannot start
// (support/swtpm_daemon.h starts it). The TCTI string reaches it as a kiosk's
// `[device] tpm` reaches /dev/tpmrm0. Each new SwtpmProcess is a different
// TPM (fresh seeds); one restarted on the same state folder is the same TPM.
#pragma once

#include "support/swtpm_daemon.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

namespace camie::test {

class SwtpmProcess {
public:
  // A new TPM in a temporary folder; with `stateDir`, the TPM kept there.
  explicit SwtpmProcess(const QString& stateDir = {})
      : daemon_(stateDir.isEmpty() ? ownDir_.path() : stateDir) {
    if (stateDir.isEmpty())
      REQUIRE(ownDir_.isValid());
    start();
  }
  SwtpmProcess(const SwtpmProcess&) = delete;
  SwtpmProcess& operator=(const SwtpmProcess&) = delete;

  QString tcti() const { return daemon_.tcti(); }
  QString stateDir() const { return daemon_.stateDir(); }

  // Stops this swtpm (it saves its state and exits). Idempotent.
  void stop() { daemon_.stop(); }
  void restart() {
    stop();
    start();
  }

private:
  void start() {
    const Result<void> started = daemon_.start();
    INFO((started ? QString() : started.error().message).toStdString());
    REQUIRE(started.ok());
  }

  QTemporaryDir ownDir_; // before daemon_: made first, removed after it stops
  SwtpmDaemon daemon_;
};

} // namespace camie::test
