// camie-kioskctl: the kiosk's administration command line. Every command
// prints JSON with --json; see `camie-kioskctl --help`.
#include "app/ctl/cli.h"
#include "app/ctl/commands.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>

namespace {

struct Command {
  int (*run)(camie::app::Cli&);
  const char* summary;
};

const std::map<QString, Command>& commands() {
  static const std::map<QString, Command> table = {
      {QStringLiteral("version"), {camie::app::runVersionCommand, "print the version"}},
      {QStringLiteral("config"),
       {camie::app::runConfigCommand, "print the effective configuration"}},
      {QStringLiteral("init"),
       {camie::app::runInitCommand, "new database and first technician (--technician ID)"}},
      {QStringLiteral("operator"),
       {camie::app::runOperatorCommand,
        "add ID --role ROLE --by TECHNICIAN (prints a one-time PIN) | disable|enable|remove ID "
        "--by TECHNICIAN | list"}},
      {QStringLiteral("refdata"),
       {camie::app::runRefdataCommand, "load NAME FILE (form, gazetteer, keys, occupations)"}},
      {QStringLiteral("register"),
       {camie::app::runRegisterCommand, "finalise registrations (--operator ID --answers FILE)"}},
      {QStringLiteral("status"),
       {camie::app::runStatusCommand, "records per status, oldest queued age"}},
      {QStringLiteral("audit"), {camie::app::runAuditCommand, "verify: check the audit log"}},
      {QStringLiteral("backup"),
       {camie::app::runBackupCommand, "--to FILE: a checked copy of the database (kiosk may run)"}},
      {QStringLiteral("restore"),
       {camie::app::runRestoreCommand,
        "FILE [--force]: replace the database with a backup (kiosk stopped)"}},
      {QStringLiteral("sync"),
       {camie::app::runSyncCommand, "--once: drain the queue to the registry | check"}},
      {QStringLiteral("scan"),
       {camie::app::runScanCommand,
        "FILE... | --text TEXT: read codes, MRZ and IE1 (--keys FILE)"}},
      {QStringLiteral("read-card"),
       {camie::app::runReadCardCommand,
        "FILE...: what a Khmer ID card picture proposes (fields, confidences, MRZ)"}},
      {QStringLiteral("enrol"),
       {camie::app::runEnrolCommand,
        "request --org ORG --member-code CODE | install --cert PEM | status: TLS identity"}},
      {QStringLiteral("make-prereg"),
       {camie::app::runMakePreregCommand, "--key PEM --kid ID --fields JSON --out PNG: IE1 code"}},
      {QStringLiteral("export"),
       {camie::app::runExportCommand,
        "--to DIR: unsent records to a signed USB bundle | --requeue"}},
      {QStringLiteral("import"),
       {camie::app::runImportCommand, "FILE: queue the records of another kiosk's bundle"}},
#ifdef CAMIE_TEST_SWITCHES
      // camie-kioskctl-testing only: made-up registrations that would be uploaded.
      {QStringLiteral("demo-fill"),
       {camie::app::runDemoFillCommand, "N --operator ID: N synthetic registrations"}},
#endif
  };
  return table;
}

void printUsage(FILE* stream) {
  std::fputs(
#ifdef CAMIE_TEST_SWITCHES
      "usage: camie-kioskctl-testing [--json] [--config PATH] [--db PATH] [--now UNIX] COMMAND "
      "[ARGS]\n\n"
#else
      "usage: camie-kioskctl [--json] [--config PATH] [--db PATH] COMMAND [ARGS]\n\n"
#endif
      "commands:\n",
      stream);
  for (const auto& [name, command] : commands())
    std::fprintf(stream, "  %-10s %s\n", qPrintable(name), command.summary);
  std::fputs("\n  --version    same as the version command\n", stream);
}

} // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("camie-kioskctl"));
  const QStringList args = QCoreApplication::arguments();

  camie::app::Cli cli(args);
  QString name = cli.commandName();
  if (name.isEmpty() && args.contains(QStringLiteral("--version")))
    name = QStringLiteral("version");
  if (name.isEmpty() &&
      (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))) {
    printUsage(stdout);
    return 0;
  }
  if (name.isEmpty()) {
    printUsage(stderr);
    return 2;
  }
  const auto it = commands().find(name);
  if (it == commands().end())
    return cli.printError(
        camie::makeError(QStringLiteral("unknown_command"),
                         QStringLiteral("unknown command \"%1\" (see --help)").arg(name)),
        2);
  if (name == u"version")
    cli.parser().addOption(QCommandLineOption(QStringLiteral("version")));
  return it->second.run(cli);
}
