#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/domain/demo_registrations.h"
#include "core/store/registration_queue.h"

#include <cstdio>

namespace camie::app {

// `demo-fill N --operator ID`: finalises N valid synthetic registrations, for
// the demo and benchmarks. With --ids, prints each record id the moment it is
// committed (the crash-safety test reads them through a pipe).
int runDemoFillCommand(Cli& cli) {
  const QCommandLineOption op(QStringLiteral("operator"),
                              QStringLiteral("The operator registering."), QStringLiteral("ID"));
  const QCommandLineOption seed(QStringLiteral("seed"),
                                QStringLiteral("Random seed (default: from the clock)."),
                                QStringLiteral("N"));
  const QCommandLineOption ids(QStringLiteral("ids"),
                               QStringLiteral("Print each record id as soon as it is stored."));
  cli.parser().addOptions({op, seed, ids});
  if (!cli.parse(QStringLiteral("demo-fill N --operator ID")))
    return 2;
  bool ok = false;
  const qint64 count = cli.commandArguments().value(0).toLongLong(&ok);
  if (!ok || count < 0 || !cli.parser().isSet(op))
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("usage: demo-fill N --operator ID")),
                          2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  auto session = kiosk->signIn(cli.parser().value(op));
  if (!session)
    return cli.printError(session.error());
  auto reference = kiosk->reference();
  if (!reference)
    return cli.printError(reference.error());
  if (!reference->gazetteer)
    return cli.printError(makeError(QStringLiteral("gazetteer_missing"),
                                    QStringLiteral("Load the gazetteer first: camie-kioskctl "
                                                   "refdata load gazetteer FILE")));
  kiosk->ensureRecovery(*session, *reference);

  const quint64 seedValue = cli.parser().isSet(seed) ? cli.parser().value(seed).toULongLong()
                                                     : static_cast<quint64>(kiosk->clock->nowMs());
  domain::DemoRegistrations demo(*reference->gazetteer, kiosk->clock->now().date(), seedValue);
  store::RegistrationQueue queue(*kiosk->db, *kiosk->clock, kiosk->deviceId,
                                 kiosk->config.retentionDays);
  const bool printIds = cli.parser().isSet(ids);
  for (qint64 i = 0; i < count; ++i) {
    auto outcome = queue.finalise(*session, *reference, demo.next().answers);
    if (!outcome)
      return cli.printError(outcome.error());
    if (!outcome->ok())
      return cli.printError(
          makeError(QStringLiteral("demo_invalid"),
                    QStringLiteral("A synthetic registration was refused: %1 "
                                   "(%2). The form does not match the demo "
                                   "data.")
                        .arg(outcome->errors.first().field, outcome->errors.first().code)));
    if (printIds) {
      std::printf("%s\n", qPrintable(outcome->recordId));
      std::fflush(stdout);
    }
  }
  if (printIds)
    return 0;
  return cli.printResult(QJsonObject{{QStringLiteral("finalised"), count}},
                         QStringLiteral("%1 synthetic registrations finalised.").arg(count));
}

} // namespace camie::app
