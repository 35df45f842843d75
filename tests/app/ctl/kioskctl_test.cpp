// Runs the real camie-kioskctl binary, as installed, and checks what it prints.
#include "core/version.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run {
  int exitCode;
  QByteArray out;
  QByteArray err;
};

Run kioskctl(const QStringList& args, const char* binary = CAMIE_KIOSKCTL_PRODUCT_PATH) {
  QProcess p;
  p.start(QString::fromLocal8Bit(binary), args);
  REQUIRE(p.waitForFinished(30000));
  return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject parseJson(const QByteArray& text) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
  INFO(text.constData());
  REQUIRE(error.error == QJsonParseError::NoError);
  REQUIRE(doc.isObject());
  return doc.object();
}
} // namespace

TEST_CASE("kioskctl --version --json prints the version as a JSON object") {
  const Run r = kioskctl({QStringLiteral("--version"), QStringLiteral("--json")});
  CHECK(r.exitCode == 0);
  const QJsonObject json = parseJson(r.out);
  CHECK(json.value(QStringLiteral("version")).toString() == QString::fromLatin1(camie::kVersion));
}

TEST_CASE("the installed kioskctl has no test switches: --now and demo-fill are refused") {
  QTemporaryDir dir;
  const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
  QFile f(config);
  REQUIRE(f.open(QIODevice::WriteOnly));
  f.write("[store]\ndatabase=" + dir.filePath(QStringLiteral("k.db")).toUtf8() + "\n");
  f.close();

  const Run now = kioskctl({QStringLiteral("--config"), config, QStringLiteral("--now"),
                            QStringLiteral("1768464000"), QStringLiteral("status")});
  CHECK(now.exitCode == 2);
  CHECK(now.err.contains("now"));
  const Run fill =
      kioskctl({QStringLiteral("--config"), config, QStringLiteral("demo-fill"),
                QStringLiteral("3"), QStringLiteral("--operator"), QStringLiteral("tech1")});
  CHECK(fill.exitCode == 2);
  CHECK(fill.err.contains("unknown command \"demo-fill\""));
  const Run help = kioskctl({QStringLiteral("--help")});
  CHECK_FALSE(help.out.contains("demo-fill"));
  CHECK_FALSE(help.out.contains("--now"));

  // The tests' own build of it has them, so the refusals above are the
  // switches' absence, not a broken command line.
  const Run testingHelp = kioskctl({QStringLiteral("--help")}, CAMIE_KIOSKCTL_PATH);
  CHECK(testingHelp.out.contains("demo-fill"));
  CHECK(testingHelp.out.contains("--now"));
}

TEST_CASE("kioskctl version prints the version as text without --json") {
  const Run r = kioskctl({QStringLiteral("version")});
  CHECK(r.exitCode == 0);
  CHECK(r.out.trimmed() == QByteArray("camie-kioskctl ") + camie::kVersion);
}

TEST_CASE("kioskctl config --json shows the configuration file's settings") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly));
  f.write("[ui]\nlanguage=en\n[store]\ndatabase=/srv/k.db\n");
  f.close();

  const Run r = kioskctl(
      {QStringLiteral("config"), QStringLiteral("--config"), path, QStringLiteral("--json")});
  CHECK(r.exitCode == 0);
  const QJsonObject json = parseJson(r.out);
  CHECK(json.value(QStringLiteral("source")).toString() == path);
  CHECK(json[QStringLiteral("ui")][QStringLiteral("language")].toString() == QStringLiteral("en"));
  CHECK(json[QStringLiteral("store")][QStringLiteral("database")].toString() ==
        QStringLiteral("/srv/k.db"));

  const Run overridden =
      kioskctl({QStringLiteral("--json"), QStringLiteral("--config"), path, QStringLiteral("--db"),
                QStringLiteral("/tmp/other.db"), QStringLiteral("config")});
  CHECK(overridden.exitCode == 0);
  CHECK(parseJson(overridden.out)[QStringLiteral("store")][QStringLiteral("database")].toString() ==
        QStringLiteral("/tmp/other.db"));
}

TEST_CASE("kioskctl reports a bad configuration as a JSON error and fails") {
  const Run r = kioskctl({QStringLiteral("config"), QStringLiteral("--json"),
                          QStringLiteral("--config"), QStringLiteral("/nonexistent.conf")});
  CHECK(r.exitCode == 1);
  const QJsonObject error = parseJson(r.out).value(QStringLiteral("error")).toObject();
  CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("config_missing"));
  CHECK(error.value(QStringLiteral("message"))
            .toString()
            .contains(QStringLiteral("/nonexistent.conf")));
}

TEST_CASE("kioskctl refuses an unknown command or option with exit code 2") {
  Run r = kioskctl({QStringLiteral("frobnicate")});
  CHECK(r.exitCode == 2);
  CHECK(r.err.contains("frobnicate"));

  r = kioskctl({QStringLiteral("version"), QStringLiteral("--bogus")});
  CHECK(r.exitCode == 2);
  CHECK(r.err.contains("bogus"));

  r = kioskctl({});
  CHECK(r.exitCode == 2);
  CHECK(r.err.contains("usage"));
}
