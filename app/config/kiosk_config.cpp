#include "app/config/kiosk_config.h"

#include "core/domain/khmer_text.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <set>

namespace camie::app {
namespace {

const std::set<QString> kKnownKeys = {
    QStringLiteral("ui/language"),
    QStringLiteral("ui/fullscreen"),
    QStringLiteral("ui/idle_lock_seconds"),
    QStringLiteral("ui/on_screen_keyboard"),
    QStringLiteral("store/database"),
    QStringLiteral("store/retention_days"),
    QStringLiteral("store/draft_expiry_hours"),
    QStringLiteral("device/id"),
    QStringLiteral("device/ca_file"),
    QStringLiteral("device/tpm"),
    QStringLiteral("sync/endpoint"),
    QStringLiteral("sync/connection"),
    QStringLiteral("sync/client"),
    QStringLiteral("sync/service"),
    QStringLiteral("sync/ca_file"),
    QStringLiteral("sync/cert_file"),
    QStringLiteral("sync/key_file"),
    QStringLiteral("sync/key_passphrase_file"),
    QStringLiteral("sync/pinned_public_key"),
    QStringLiteral("sync/proxy"),
    QStringLiteral("sync/no_proxy"),
    QStringLiteral("sync/batch_records"),
    QStringLiteral("sync/interval_seconds"),
    QStringLiteral("sync/connect_timeout_seconds"),
    QStringLiteral("bundles/trusted_ca"),
    QStringLiteral("bundles/max_age_days"),
    QStringLiteral("bundles/relays"),
    QStringLiteral("bundles/revoked_devices"),
    QStringLiteral("trust/registry_roots"),
};

Error invalid(const QString& path, const QString& key, const QString& value,
              const QString& expected) {
  return makeError(
      QStringLiteral("config_invalid"),
      QStringLiteral("%1: %2 = \"%3\" is not valid: expected %4").arg(path, key, value, expected));
}

Result<int> readInt(const QSettings& s, const QString& path, const QString& key, int fallback,
                    int min, int max) {
  if (!s.contains(key))
    return fallback;
  const QString text = s.value(key).toString().trimmed();
  bool ok = false;
  const int v = domain::KhmerText::toAsciiDigits(text).toInt(&ok); // ០–៩ are digits too
  if (!ok || v < min || v > max)
    return invalid(path, key, text,
                   QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
  return v;
}

Result<bool> readBool(const QSettings& s, const QString& path, const QString& key, bool fallback) {
  if (!s.contains(key))
    return fallback;
  const QString text = s.value(key).toString().trimmed().toLower();
  if (text == u"true" || text == u"yes" || text == u"1")
    return true;
  if (text == u"false" || text == u"no" || text == u"0")
    return false;
  return invalid(path, key, text, QStringLiteral("true or false"));
}

QString readPath(const QSettings& s, const QString& key, const QDir& base) {
  const QString value = s.value(key).toString().trimmed();
  if (value.isEmpty())
    return {};
  return QDir::cleanPath(QDir::isRelativePath(value) ? base.absoluteFilePath(value) : value);
}

Result<void> readSync(const QSettings& s, const QString& path, const QDir& base,
                      KioskConfig::Sync& sync) {
  const auto text = [&s](const char* key, const QString& fallback) {
    const QString k = QString::fromLatin1(key);
    return s.contains(k) ? s.value(k).toString().trimmed() : fallback;
  };
  sync.endpoint = text("sync/endpoint", sync.endpoint);
  sync.connection = text("sync/connection", sync.connection);
  if (sync.connection != u"http" && sync.connection != u"tls" && sync.connection != u"mtls")
    return invalid(path, QStringLiteral("sync/connection"), sync.connection,
                   QStringLiteral("http, tls or mtls"));
  sync.client = text("sync/client", sync.client);
  sync.service = text("sync/service", sync.service);
  sync.caFile = readPath(s, QStringLiteral("sync/ca_file"), base);
  sync.certFile = readPath(s, QStringLiteral("sync/cert_file"), base);
  sync.keyFile = readPath(s, QStringLiteral("sync/key_file"), base);
  sync.keyPassphraseFile = readPath(s, QStringLiteral("sync/key_passphrase_file"), base);
  sync.pinnedPublicKey = text("sync/pinned_public_key", sync.pinnedPublicKey);
  sync.proxy = text("sync/proxy", sync.proxy);
  sync.noProxy = text("sync/no_proxy", sync.noProxy);
  auto batch = readInt(s, path, QStringLiteral("sync/batch_records"), sync.batchRecords, 1, 1000);
  if (!batch)
    return batch.error();
  sync.batchRecords = *batch;
  auto interval =
      readInt(s, path, QStringLiteral("sync/interval_seconds"), sync.intervalSeconds, 5, 3600);
  if (!interval)
    return interval.error();
  sync.intervalSeconds = *interval;
  auto connect = readInt(s, path, QStringLiteral("sync/connect_timeout_seconds"),
                         sync.connectTimeoutSeconds, 1, 120);
  if (!connect)
    return connect.error();
  sync.connectTimeoutSeconds = *connect;
  return {};
}

QString defaultDatabasePath() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         QStringLiteral("/camie-kiosk/kiosk.db");
}

} // namespace

QStringList KioskConfig::defaultRegistryRootFiles() {
  return {QStringLiteral("/usr/share/camie-kiosk/registry-roots.json"),
          QStringLiteral("/etc/camie-kiosk/registry-roots.json")};
}

QStringList KioskConfig::registryRootFiles() const {
  if (!registryRoots.isEmpty())
    return registryRoots;
  QStringList present;
  for (const QString& path : defaultRegistryRootFiles()) {
    if (QFileInfo::exists(path))
      present << path;
  }
  return present;
}

KioskConfig ConfigLoader::defaults() {
  KioskConfig c;
  c.databasePath = defaultDatabasePath();
  return c;
}

QStringList ConfigLoader::defaultSearchPaths() {
  return {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
              QStringLiteral("/camie-kiosk/kiosk.conf"),
          QStringLiteral("/etc/camie-kiosk/kiosk.conf")};
}

Result<KioskConfig> ConfigLoader::load(const std::optional<QString>& explicitPath) {
  if (explicitPath)
    return loadFile(*explicitPath);
  for (const QString& path : defaultSearchPaths()) {
    if (QFileInfo::exists(path))
      return loadFile(path);
  }
  return defaults();
}

Result<KioskConfig> ConfigLoader::loadFile(const QString& path) {
  const QFileInfo info(path);
  if (!info.exists())
    return makeError(QStringLiteral("config_missing"),
                     QStringLiteral("%1: no such configuration file").arg(path));
  if (!info.isFile() || !info.isReadable())
    return makeError(
        QStringLiteral("config_unreadable"),
        QStringLiteral("%1: cannot be read (is it a file, with read permission?)").arg(path));

  QSettings s(path, QSettings::IniFormat);
  if (s.status() != QSettings::NoError)
    return makeError(QStringLiteral("config_syntax"),
                     QStringLiteral("%1: not a valid INI file").arg(path));

  KioskConfig c = defaults();
  c.sourcePath = info.absoluteFilePath();

  const QStringList keys = s.allKeys();
  for (const QString& key : keys) {
    if (!kKnownKeys.contains(key))
      c.warnings << QStringLiteral("%1: unknown key %2 (ignored)").arg(path, key);
  }

  if (s.contains(QStringLiteral("ui/language"))) {
    const QString lang = s.value(QStringLiteral("ui/language")).toString().trimmed();
    if (lang != u"km" && lang != u"en")
      return invalid(path, QStringLiteral("ui/language"), lang, QStringLiteral("km or en"));
    c.language = lang;
  }

  auto fullScreen = readBool(s, path, QStringLiteral("ui/fullscreen"), c.fullScreen);
  if (!fullScreen)
    return fullScreen.error();
  c.fullScreen = *fullScreen;

  auto idle = readInt(s, path, QStringLiteral("ui/idle_lock_seconds"), c.idleLockSeconds, 30, 3600);
  if (!idle)
    return idle.error();
  c.idleLockSeconds = *idle;

  if (s.contains(QStringLiteral("ui/on_screen_keyboard"))) {
    const QString text = s.value(QStringLiteral("ui/on_screen_keyboard")).toString().trimmed();
    const auto mode = input::keyboardModeFromName(text);
    if (!mode)
      return invalid(path, QStringLiteral("ui/on_screen_keyboard"), text,
                     QStringLiteral("auto, always or never"));
    c.onScreenKeyboard = *mode;
  }

  auto retention =
      readInt(s, path, QStringLiteral("store/retention_days"), c.retentionDays, 0, 365);
  if (!retention)
    return retention.error();
  c.retentionDays = *retention;

  auto draftExpiry =
      readInt(s, path, QStringLiteral("store/draft_expiry_hours"), c.draftExpiryHours, 1, 24 * 30);
  if (!draftExpiry)
    return draftExpiry.error();
  c.draftExpiryHours = *draftExpiry;

  if (s.contains(QStringLiteral("store/database"))) {
    QString db = s.value(QStringLiteral("store/database")).toString().trimmed();
    if (db.isEmpty())
      return invalid(path, QStringLiteral("store/database"), db,
                     QStringLiteral("the path of the database file"));
    // A relative path is relative to the configuration file, not to wherever
    // the kiosk happened to be started.
    if (QDir::isRelativePath(db))
      db = info.absoluteDir().absoluteFilePath(db);
    c.databasePath = QDir::cleanPath(db);
  }

  if (auto sync = readSync(s, path, info.absoluteDir(), c.sync); !sync)
    return sync.error();

  c.bundleTrustedCa = readPath(s, QStringLiteral("bundles/trusted_ca"), info.absoluteDir());
  auto maxAge =
      readInt(s, path, QStringLiteral("bundles/max_age_days"), c.bundleMaxAgeDays, 1, 3650);
  if (!maxAge)
    return maxAge.error();
  c.bundleMaxAgeDays = *maxAge;
  // Comma-separated lists, which QSettings reads as lists already.
  for (const QString& id : s.value(QStringLiteral("bundles/relays")).toStringList()) {
    if (!id.trimmed().isEmpty())
      c.bundleRelays << id.trimmed();
  }

  for (const QString& id : s.value(QStringLiteral("bundles/revoked_devices")).toStringList()) {
    if (!id.trimmed().isEmpty())
      c.bundleRevokedDevices << id.trimmed();
  }

  // A comma-separated list of files, relative to this file.
  for (const QString& root : s.value(QStringLiteral("trust/registry_roots")).toStringList()) {
    const QString file = root.trimmed();
    if (!file.isEmpty())
      c.registryRoots << QDir::cleanPath(
          QDir::isRelativePath(file) ? info.absoluteDir().absoluteFilePath(file) : file);
  }

  c.deviceId = s.value(QStringLiteral("device/id")).toString().trimmed();
  c.deviceCaFile = readPath(s, QStringLiteral("device/ca_file"), info.absoluteDir());
  if (c.deviceId.contains(u'/'))
    return invalid(path, QStringLiteral("device/id"), c.deviceId,
                   QStringLiteral("an id without '/'"));
  // "swtpm:host=127.0.0.1,port=2321" has a comma: QSettings reads a list.
  const QVariant tpm = s.value(QStringLiteral("device/tpm"));
  c.tpmTcti =
      (tpm.typeId() == QMetaType::QStringList ? tpm.toStringList().join(u',') : tpm.toString())
          .trimmed();
  static const QRegularExpression tcti(QStringLiteral("^(device|swtpm|mssim|tabrmd)(:.*)?$"));
  if (c.tpmTcti == u"none")
    c.tpmTcti.clear();
  if (!c.tpmTcti.isEmpty() && !tcti.match(c.tpmTcti).hasMatch())
    return invalid(path, QStringLiteral("device/tpm"), c.tpmTcti,
                   QStringLiteral("a TPM TCTI such as device:/dev/tpmrm0, or none"));
  return c;
}

} // namespace camie::app
