#include "app/config/config_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace camie::app {
namespace {

QByteArray line(const char* key, const QString& value) {
  return QByteArray(key) + '=' + value.toUtf8() + '\n';
}

} // namespace

QString ConfigWriter::savePath(const KioskConfig& config) {
  if (!config.sourcePath.isEmpty() && QFileInfo(config.sourcePath).isWritable())
    return config.sourcePath;
  return ConfigLoader::defaultSearchPaths().constFirst();
}

Result<void> ConfigWriter::write(const KioskConfig& c, const QString& path) {
  QByteArray text = "# CAM-IE Kiosk configuration (docs/config.md), written by the kiosk.\n";
  text += "[ui]\n" + line("language", c.language) +
          line("fullscreen", c.fullScreen ? QStringLiteral("true") : QStringLiteral("false")) +
          line("idle_lock_seconds", QString::number(c.idleLockSeconds)) +
          line("on_screen_keyboard", input::keyboardModeName(c.onScreenKeyboard));
  text += "\n[store]\n" + line("database", c.databasePath) +
          line("retention_days", QString::number(c.retentionDays)) +
          line("draft_expiry_hours", QString::number(c.draftExpiryHours));
  text += "\n[device]\n" + line("id", c.deviceId) + line("ca_file", c.deviceCaFile) +
          line("tpm", c.tpmTcti);
  const KioskConfig::Sync& s = c.sync;
  text += "\n[sync]\n" + line("endpoint", s.endpoint) + line("connection", s.connection) +
          line("client", s.client) + line("service", s.service) + line("ca_file", s.caFile) +
          line("cert_file", s.certFile) + line("key_file", s.keyFile) +
          line("key_passphrase_file", s.keyPassphraseFile) +
          line("pinned_public_key", s.pinnedPublicKey) + line("proxy", s.proxy) +
          line("no_proxy", s.noProxy) + line("batch_records", QString::number(s.batchRecords)) +
          line("interval_seconds", QString::number(s.intervalSeconds)) +
          line("connect_timeout_seconds", QString::number(s.connectTimeoutSeconds));
  text += "\n[bundles]\n" + line("trusted_ca", c.bundleTrustedCa) +
          line("max_age_days", QString::number(c.bundleMaxAgeDays)) +
          line("revoked_devices", c.bundleRevokedDevices.join(u','));
  text += "\n[trust]\n" + line("registry_roots", c.registryRoots.join(u','));

  const auto fail = [&path] {
    return makeError(
        QStringLiteral("config_unwritable"),
        QStringLiteral("%1 cannot be written (folder missing or not writable).").arg(path));
  };
  if (!QDir().mkpath(QFileInfo(path).absolutePath()))
    return fail();
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
    return fail();
  file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
  if (!file.commit())
    return fail();
  return {};
}

} // namespace camie::app
