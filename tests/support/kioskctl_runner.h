// KioskctlRunner: runs the real camie-kioskctl binary against a database in
// a temporary folder (with its own config file, so nothing on the machine
// leaks in), feeding PINs on standard input.
#pragma once

#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace camie::test {

struct CtlRun {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
  QJsonObject json() const {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    INFO("stdout: " << out.constData() << "\nstderr: " << err.constData());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
  }
};

class KioskctlRunner {
public:
  KioskctlRunner() {
    REQUIRE(dir_.isValid());
    QFile conf(configPath());
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write("[store]\ndatabase=kiosk.db\n[device]\nid=kiosk-test\n"
               "[trust]\nregistry_roots=test-roots.json\n");
    // The test registry's root (TestRegistry signs its keys documents with it).
    writeFile(QStringLiteral("test-roots.json"), testRootsJson());
  }

  QString configPath() const { return dir_.filePath(QStringLiteral("kiosk.conf")); }
  QString dbPath() const { return dir_.filePath(QStringLiteral("kiosk.db")); }
  QString file(const QString& name) const { return dir_.filePath(name); }

  // Runs with --config (and --json unless `json` is false); `input` goes to stdin.
  CtlRun run(QStringList args, const QByteArray& input = {}, bool json = true) const {
    args << QStringLiteral("--config") << configPath();
    if (json)
      args << QStringLiteral("--json");
    QProcess p;
    p.start(QStringLiteral(CAMIE_KIOSKCTL_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
  }

  void writeFile(const QString& name, const QByteArray& bytes) const {
    QFile f(file(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
  }

private:
  QTemporaryDir dir_;
};

} // namespace camie::test
