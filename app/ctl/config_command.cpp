#include "app/ctl/cli.h"
#include "app/ctl/commands.h"

#include <QJsonArray>

namespace camie::app {

// `config`: the effective configuration, so a technician sees which file the
// kiosk reads and what every setting resolved to.
int runConfigCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("config")))
    return 2;
  auto config = cli.config();
  if (!config)
    return cli.printError(config.error());
  const KioskConfig& c = *config;
  const QJsonObject json{
      {QStringLiteral("source"), c.sourcePath},
      {QStringLiteral("ui"), QJsonObject{{QStringLiteral("language"), c.language},
                                         {QStringLiteral("fullscreen"), c.fullScreen},
                                         {QStringLiteral("idle_lock_seconds"), c.idleLockSeconds},
                                         {QStringLiteral("on_screen_keyboard"),
                                          input::keyboardModeName(c.onScreenKeyboard)}}},
      {QStringLiteral("store"), QJsonObject{{QStringLiteral("database"), c.databasePath},
                                            {QStringLiteral("retention_days"), c.retentionDays}}},
      {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), c.deviceId},
                                             {QStringLiteral("ca_file"), c.deviceCaFile},
                                             {QStringLiteral("tpm"), c.tpmTcti}}},
      {QStringLiteral("trust"), QJsonObject{{QStringLiteral("registry_roots"),
                                             QJsonArray::fromStringList(c.registryRootFiles())}}},
      {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)},
  };
  QString text =
      QStringLiteral("source: %1\n")
          .arg(c.sourcePath.isEmpty() ? QStringLiteral("built-in defaults") : c.sourcePath);
  text += QStringLiteral("ui.language: %1\nui.fullscreen: %2\nui.idle_lock_seconds: %3\n"
                         "ui.on_screen_keyboard: %4\n")
              .arg(c.language, c.fullScreen ? QStringLiteral("true") : QStringLiteral("false"))
              .arg(c.idleLockSeconds)
              .arg(input::keyboardModeName(c.onScreenKeyboard));
  text += QStringLiteral("store.database: %1\nstore.retention_days: %2\ndevice.id: %3\n"
                         "device.ca_file: %4")
              .arg(c.databasePath)
              .arg(c.retentionDays)
              .arg(c.deviceId, c.deviceCaFile);
  text += QStringLiteral("\ndevice.tpm: %1")
              .arg(c.tpmTcti.isEmpty() ? QStringLiteral("(none)") : c.tpmTcti);
  text += QStringLiteral("\ntrust.registry_roots: %1")
              .arg(c.registryRootFiles().isEmpty() ? QStringLiteral("(none installed)")
                                                   : c.registryRootFiles().join(u','));
  for (const QString& w : c.warnings)
    text += QStringLiteral("\nwarning: %1").arg(w);
  return cli.printResult(json, text);
}

} // namespace camie::app
