#include "app/config/config_writer.h"
#include "app/config/kiosk_config.h"
#include "app/config/sync_config.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using camie::app::ConfigLoader;

namespace {
QString writeConfig(const QTemporaryDir& dir, const QByteArray& text) {
  const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly));
  f.write(text);
  return path;
}
} // namespace

TEST_CASE("a kiosk without a configuration file starts with the documented defaults") {
  const auto defaults = ConfigLoader::defaults();
  CHECK(defaults.language == QStringLiteral("km"));
  CHECK(defaults.fullScreen);
  CHECK(defaults.idleLockSeconds == 120);
  CHECK(defaults.retentionDays == 7);
  CHECK(defaults.onScreenKeyboard == camie::input::KeyboardMode::Auto);
  CHECK(defaults.databasePath.endsWith(QStringLiteral("camie-kiosk/kiosk.db")));
  CHECK(defaults.sourcePath.isEmpty());
}

TEST_CASE("every documented key is read from the configuration file") {
  QTemporaryDir dir;
  const QString path = writeConfig(dir, "[ui]\nlanguage=en\nfullscreen=false\n"
                                        "idle_lock_seconds=300\non_screen_keyboard=never\n"
                                        "[store]\ndatabase=/var/lib/camie-kiosk/kiosk.db\n"
                                        "retention_days=30\n[device]\nid=kiosk-ab12\n"
                                        "[bundles]\nmax_age_days=10\n"
                                        "revoked_devices=kiosk-lost-1, kiosk-lost-2\n"
                                        "relays=kiosk-hub-3\n");
  const auto config = ConfigLoader::load(path);
  REQUIRE(config.ok());
  CHECK(config->language == QStringLiteral("en"));
  CHECK_FALSE(config->fullScreen);
  CHECK(config->idleLockSeconds == 300);
  CHECK(config->onScreenKeyboard == camie::input::KeyboardMode::Never);
  CHECK(config->databasePath == QStringLiteral("/var/lib/camie-kiosk/kiosk.db"));
  CHECK(config->retentionDays == 30);
  CHECK(config->deviceId == QStringLiteral("kiosk-ab12"));
  CHECK(config->bundleMaxAgeDays == 10);
  CHECK(config->bundleRevokedDevices ==
        QStringList{QStringLiteral("kiosk-lost-1"), QStringLiteral("kiosk-lost-2")});
  CHECK(config->bundleRelays == QStringList{QStringLiteral("kiosk-hub-3")});
  CHECK(config->warnings.isEmpty());
}

TEST_CASE("a number written in Khmer digits in the configuration file is read") {
  QTemporaryDir dir;
  const QString path = writeConfig(dir, QStringLiteral("[ui]\nidle_lock_seconds=៣០០\n").toUtf8());
  const auto config = ConfigLoader::load(path);
  REQUIRE(config.ok());
  CHECK(config->idleLockSeconds == 300);
}

TEST_CASE("a relative database path is taken relative to the configuration file") {
  QTemporaryDir dir;
  const QString path = writeConfig(dir, "[store]\ndatabase=data/kiosk.db\n");
  const auto config = ConfigLoader::load(path);
  REQUIRE(config.ok());
  CHECK(config->databasePath == QDir(dir.path()).filePath(QStringLiteral("data/kiosk.db")));
}

TEST_CASE("a bad value is refused with an error naming the file, the key and the value") {
  QTemporaryDir dir;
  const QString path = writeConfig(dir, "[ui]\nidle_lock_seconds=soon\n");
  const auto config = ConfigLoader::load(path);
  REQUIRE_FALSE(config.ok());
  CHECK(config.error().code == QStringLiteral("config_invalid"));
  CHECK(config.error().message.contains(path));
  CHECK(config.error().message.contains(QStringLiteral("ui/idle_lock_seconds")));
  CHECK(config.error().message.contains(QStringLiteral("soon")));
}

TEST_CASE("out-of-range numbers, unknown languages and non-booleans are refused") {
  QTemporaryDir dir;
  for (const QByteArray& text :
       {QByteArray("[ui]\nidle_lock_seconds=5\n"), QByteArray("[ui]\nlanguage=fr\n"),
        QByteArray("[ui]\nfullscreen=maybe\n"), QByteArray("[ui]\non_screen_keyboard=sometimes\n"),
        QByteArray("[store]\nretention_days=-1\n"), QByteArray("[store]\ndatabase=\n"),
        QByteArray("[device]\nid=a/b\n")}) {
    INFO(text.constData());
    const auto config = ConfigLoader::load(writeConfig(dir, text));
    REQUIRE_FALSE(config.ok());
    CHECK(config.error().code == QStringLiteral("config_invalid"));
  }
}

TEST_CASE("unknown keys are reported as warnings, not silently ignored") {
  QTemporaryDir dir;
  const auto config = ConfigLoader::load(writeConfig(dir, "[ui]\nlanguag=en\n"));
  REQUIRE(config.ok());
  CHECK(config->language == QStringLiteral("km"));
  REQUIRE(config->warnings.size() == 1);
  CHECK(config->warnings.first().contains(QStringLiteral("ui/languag")));
}

TEST_CASE("an explicitly named configuration file that does not exist is an error") {
  const auto config = ConfigLoader::load(QStringLiteral("/nonexistent/kiosk.conf"));
  REQUIRE_FALSE(config.ok());
  CHECK(config.error().code == QStringLiteral("config_missing"));
  CHECK(config.error().message.contains(QStringLiteral("/nonexistent/kiosk.conf")));
}

TEST_CASE("the default search looks in the user's config folder, then /etc") {
  const QStringList paths = ConfigLoader::defaultSearchPaths();
  REQUIRE(paths.size() == 2);
  CHECK(paths.at(0).endsWith(QStringLiteral("/camie-kiosk/kiosk.conf")));
  CHECK(paths.at(1) == QStringLiteral("/etc/camie-kiosk/kiosk.conf"));
}

TEST_CASE("the on-screen keyboard setting survives the kiosk saving its configuration") {
  QTemporaryDir dir;
  auto config = ConfigLoader::load(writeConfig(dir, "[ui]\non_screen_keyboard=always\n"));
  REQUIRE(config.ok());
  CHECK(config->onScreenKeyboard == camie::input::KeyboardMode::Always);
  const QString saved = QDir(dir.path()).filePath(QStringLiteral("saved.conf"));
  REQUIRE(camie::app::ConfigWriter::write(*config, saved).ok());
  const auto reread = ConfigLoader::load(saved);
  REQUIRE(reread.ok());
  CHECK(reread->onScreenKeyboard == camie::input::KeyboardMode::Always);
  CHECK(reread->warnings.isEmpty());
}

TEST_CASE("trust/registry_roots names one or more roots files; sync needs at least one") {
  QTemporaryDir dir;
  const QString path = writeConfig(
      dir, "[trust]\nregistry_roots=roots/registry.json, /etc/camie-kiosk/registry-roots.json\n"
           "[sync]\nendpoint=http://127.0.0.1:9\nconnection=http\nclient=CAMBODIA/COM/A/K\n");
  const auto config = ConfigLoader::load(path);
  REQUIRE(config.ok());
  CHECK(config->warnings.isEmpty());
  CHECK(config->registryRootFiles() ==
        QStringList{dir.filePath(QStringLiteral("roots/registry.json")),
                    QStringLiteral("/etc/camie-kiosk/registry-roots.json")});
  // A named file that is missing stops sync, naming it.
  auto setup = camie::app::syncSetupFrom(*config, {});
  REQUIRE_FALSE(setup.ok());
  CHECK(setup.error().code == QStringLiteral("roots_unreadable"));
  CHECK(setup.error().message.contains(QStringLiteral("roots/registry.json")));
  // Written back as read.
  REQUIRE(
      camie::app::ConfigWriter::write(*config, dir.filePath(QStringLiteral("again.conf"))).ok());
  auto again = ConfigLoader::load(dir.filePath(QStringLiteral("again.conf")));
  REQUIRE(again.ok());
  CHECK(again->registryRoots == config->registryRoots);
}

TEST_CASE("a draft's expiry is read, checked, 24 hours by default, and written back") {
  QTemporaryDir dir;
  CHECK(ConfigLoader::defaults().draftExpiryHours == 24);
  const auto config = ConfigLoader::load(writeConfig(dir, "[store]\ndraft_expiry_hours=48\n"));
  REQUIRE(config.ok());
  CHECK(config->draftExpiryHours == 48);
  CHECK(config->warnings.isEmpty());
  for (const QByteArray& text : {QByteArray("[store]\ndraft_expiry_hours=0\n"),
                                 QByteArray("[store]\ndraft_expiry_hours=721\n")}) {
    INFO(text.constData());
    CHECK(ConfigLoader::load(writeConfig(dir, text)).error().code ==
          QStringLiteral("config_invalid"));
  }
  const QString saved = dir.filePath(QStringLiteral("saved.conf"));
  REQUIRE(camie::app::ConfigWriter::write(*config, saved).ok());
  CHECK(ConfigLoader::load(saved)->draftExpiryHours == 48);
}

TEST_CASE("device/tpm names the kiosk's TPM as a TCTI, survives saving, and refuses other text") {
  QTemporaryDir dir;
  auto config = ConfigLoader::load(
      writeConfig(dir, "[device]\nid=kiosk-ab12\ntpm=swtpm:host=127.0.0.1,port=2321\n"));
  REQUIRE(config.ok());
  CHECK(config->tpmTcti == QStringLiteral("swtpm:host=127.0.0.1,port=2321")); // the comma kept
  CHECK(config->warnings.isEmpty());
  const QString saved = QDir(dir.path()).filePath(QStringLiteral("saved.conf"));
  REQUIRE(camie::app::ConfigWriter::write(*config, saved).ok());
  const auto reread = ConfigLoader::load(saved);
  REQUIRE(reread.ok());
  CHECK(reread->tpmTcti == config->tpmTcti);

  auto device = ConfigLoader::load(writeConfig(dir, "[device]\ntpm=device:/dev/tpmrm0\n"));
  REQUIRE(device.ok());
  CHECK(device->tpmTcti == QStringLiteral("device:/dev/tpmrm0"));
  auto none = ConfigLoader::load(writeConfig(dir, "[device]\ntpm=none\n"));
  REQUIRE(none.ok());
  CHECK(none->tpmTcti.isEmpty());
  CHECK(ConfigLoader::defaults().tpmTcti.isEmpty());
  auto bad = ConfigLoader::load(writeConfig(dir, "[device]\ntpm=/dev/tpm0\n"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.contains(QStringLiteral("device/tpm")));
}
