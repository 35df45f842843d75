#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "app/ctl/database_summary_output.h"
#include "core/store/database_backup.h"

namespace camie::app {

// `backup --to FILE`: a copy of the live database made with SQLite's online
// backup API (the kiosk may keep running), created readable by this user
// only, and checked (integrity, schema, audit chain) before it is reported.
int runBackupCommand(Cli& cli) {
  const QCommandLineOption to(QStringLiteral("to"),
                              QStringLiteral("Write the backup to FILE (it must not exist)."),
                              QStringLiteral("FILE"));
  cli.parser().addOption(to);
  if (!cli.parse(QStringLiteral("backup --to FILE")))
    return 2;
  if (!cli.parser().isSet(to) || !cli.commandArguments().isEmpty())
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("usage: backup --to FILE")), 2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  const QString target = cli.parser().value(to);
  auto summary = store::DatabaseBackup::backup(*kiosk->db, target);
  if (!summary)
    return cli.printError(summary.error());
  QJsonObject json = summaryJson(*summary);
  json.insert(QStringLiteral("backup"), target);
  json.insert(QStringLiteral("database"), kiosk->db->path());
  return cli.printResult(json, QStringLiteral("Backed up %1 to %2 (checked).\n%3")
                                   .arg(kiosk->db->path(), target, summaryText(*summary)));
}

} // namespace camie::app
