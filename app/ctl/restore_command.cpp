#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/database_summary_output.h"
#include "core/store/database_backup.h"

namespace camie::app {

// `restore FILE [--force]`: replaces the kiosk database with a checked
// backup. The kiosk must not be running. Refuses to lose newer data unless
// --force; the database it replaces is kept as <database>.pre-restore-<time>.
int runRestoreCommand(Cli& cli) {
  const QCommandLineOption force(
      QStringLiteral("force"),
      QStringLiteral("Restore even if the database holds data the backup lacks."));
  cli.parser().addOption(force);
  if (!cli.parse(QStringLiteral("restore FILE [--force]")))
    return 2;
  const QStringList args = cli.commandArguments();
  if (args.size() != 1)
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("usage: restore FILE [--force]")),
        2);
  // Only the path: holding the database open would make the restore refuse.
  auto config = cli.config();
  if (!config)
    return cli.printError(config.error());
  auto outcome = store::DatabaseBackup::restore(args.first(), config->databasePath,
                                                cli.parser().isSet(force), cli.fileStamp());
  if (!outcome)
    return cli.printError(outcome.error());

  QJsonObject json = summaryJson(outcome->restored);
  json.insert(QStringLiteral("restored"), args.first());
  json.insert(QStringLiteral("database"), config->databasePath);
  json.insert(QStringLiteral("safetyCopy"),
              outcome->safetyCopy.isEmpty() ? QJsonValue() : QJsonValue(outcome->safetyCopy));
  const store::RestoreLoss& lost = outcome->lost;
  json.insert(QStringLiteral("lost"),
              QJsonObject{{QStringLiteral("missingRecords"), lost.missingRecords},
                          {QStringLiteral("changedRecords"), lost.changedRecords},
                          {QStringLiteral("missingOperators"), lost.missingOperators},
                          {QStringLiteral("auditEntries"), lost.auditEntries}});
  QString text = QStringLiteral("Restored %1 from %2.\n").arg(config->databasePath, args.first());
  if (!outcome->safetyCopy.isEmpty())
    text += QStringLiteral("The database it replaced is kept as %1.\n").arg(outcome->safetyCopy);
  if (lost.any())
    text += QStringLiteral("Given up (--force): %1.\n").arg(lost.describe());
  return cli.printResult(json, text + summaryText(outcome->restored));
}

} // namespace camie::app
