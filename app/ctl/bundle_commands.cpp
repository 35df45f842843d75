#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "app/transfer/bundle_transfer.h"

#include <QJsonArray>

namespace camie::app {
namespace {

const QString kActor = QStringLiteral("kioskctl");

} // namespace

// `export --to DIR [--include-exported]`: the sealed records not yet sent,
// to a signed bundle for a kiosk that has a network. `export --requeue`:
// records exported before go back in this kiosk's own queue.
int runExportCommand(Cli& cli) {
  const QCommandLineOption to(QStringLiteral("to"),
                              QStringLiteral("Write the bundle into this folder (the USB stick)."),
                              QStringLiteral("DIR"));
  const QCommandLineOption again(
      QStringLiteral("include-exported"),
      QStringLiteral("Also the records of earlier bundles the registry has not got yet."));
  const QCommandLineOption requeue(
      QStringLiteral("requeue"),
      QStringLiteral("Put the exported records back in this kiosk's queue instead."));
  cli.parser().addOptions({to, again, requeue});
  if (!cli.parse(QStringLiteral("export --to DIR [--include-exported] | export --requeue")))
    return 2;
  if (cli.parser().isSet(to) == cli.parser().isSet(requeue) || !cli.commandArguments().isEmpty())
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"),
                  QStringLiteral("usage: export --to DIR [--include-exported] | export --requeue")),
        2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  BundleTransfer transfer(*kiosk->db, *kiosk->clock, kiosk->config, kiosk->deviceId);
  if (cli.parser().isSet(requeue)) {
    auto n = transfer.requeueExported(kActor);
    if (!n)
      return cli.printError(n.error());
    return cli.printResult(
        {{QStringLiteral("requeued"), *n}},
        QStringLiteral("%1 exported records are back in this kiosk's queue.").arg(*n));
  }
  auto outcome = transfer.exportTo(cli.parser().value(to), cli.parser().isSet(again), kActor);
  if (!outcome)
    return cli.printError(outcome.error());
  const QJsonObject json{
      {QStringLiteral("file"), outcome->file},
      {QStringLiteral("files"), QJsonArray::fromStringList(outcome->files)},
      {QStringLiteral("bundleId"), outcome->bundleId},
      {QStringLiteral("bundleIds"), QJsonArray::fromStringList(outcome->bundleIds)},
      {QStringLiteral("records"), outcome->records}};
  if (outcome->files.isEmpty())
    return cli.printResult(json, QStringLiteral("Nothing to export: no sealed record is waiting."));
  return cli.printResult(json, QStringLiteral("%1 records written to %2; they are marked exported "
                                              "until the registry has them.")
                                   .arg(outcome->records)
                                   .arg(outcome->files.join(QStringLiteral(", "))));
}

// `import FILE [--trusted-ca PEM]`: checks a bundle's signature and queues
// its records; records already here are left alone.
int runImportCommand(Cli& cli) {
  const QCommandLineOption ca(QStringLiteral("trusted-ca"),
                              QStringLiteral("Trust kiosks signed by this CA (else "
                                             "bundles/trusted_ca)."),
                              QStringLiteral("PEM"));
  cli.parser().addOption(ca);
  if (!cli.parse(QStringLiteral("import FILE [--trusted-ca PEM]")))
    return 2;
  const QStringList args = cli.commandArguments();
  if (args.size() != 1)
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("usage: import FILE [--trusted-ca PEM]")),
                          2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  BundleTransfer transfer(*kiosk->db, *kiosk->clock, kiosk->config, kiosk->deviceId);
  auto outcome = transfer.importFrom(args.first(), cli.parser().value(ca), kActor);
  if (!outcome)
    return cli.printError(outcome.error());
  return cli.printResult(
      {{QStringLiteral("file"), outcome->file},
       {QStringLiteral("bundleId"), outcome->bundleId},
       {QStringLiteral("fromDevice"), outcome->fromDevice},
       {QStringLiteral("signer"), outcome->signer},
       {QStringLiteral("records"), outcome->records},
       {QStringLiteral("imported"), outcome->imported},
       {QStringLiteral("alreadyPresent"), outcome->alreadyPresent},
       {QStringLiteral("refused"), outcome->refused}},
      QStringLiteral("Bundle %1 from kiosk %2 (signed by %3): %4 records queued, %5 already here, "
                     "%6 refused (they would replace records this kiosk or another kiosk made; "
                     "see the audit log).")
          .arg(outcome->bundleId, outcome->fromDevice, outcome->signer)
          .arg(outcome->imported)
          .arg(outcome->alreadyPresent)
          .arg(outcome->refused));
}

} // namespace camie::app
