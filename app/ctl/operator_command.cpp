#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "app/ctl/secret_input.h"

#include <QJsonArray>

namespace camie::app {

// `operator add ID --role ROLE --by TECHNICIAN`: the technician's PIN, then
// the new operator's, one per line on stdin. `operator list`.
int runOperatorCommand(Cli& cli) {
  const QCommandLineOption role(QStringLiteral("role"),
                                QStringLiteral("teller, supervisor or technician."),
                                QStringLiteral("ROLE"));
  const QCommandLineOption by(QStringLiteral("by"),
                              QStringLiteral("The technician adding the operator."),
                              QStringLiteral("ID"));
  cli.parser().addOptions({role, by});
  if (!cli.parse(QStringLiteral("operator add ID --role ROLE --by TECHNICIAN | operator list")))
    return 2;
  const QStringList args = cli.commandArguments();
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  store::KeyVault vault = kiosk->vault();

  if (args.value(0) == u"list") {
    auto ops = vault.operators();
    if (!ops)
      return cli.printError(ops.error());
    QJsonArray list;
    QString text;
    for (const auto& op : *ops) {
      list.append(QJsonObject{{QStringLiteral("id"), op.id},
                              {QStringLiteral("role"), store::toString(op.role)},
                              {QStringLiteral("failedAttempts"), op.failedAttempts}});
      text += QStringLiteral("%1\t%2\n").arg(op.id, store::toString(op.role));
    }
    return cli.printResult(QJsonObject{{QStringLiteral("operators"), list}}, text.trimmed());
  }
  if (args.value(0) != u"add" || args.size() != 2 || !cli.parser().isSet(by))
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("usage: operator add ID --role ROLE --by "
                                                   "TECHNICIAN, or operator list")),
                          2);
  const auto newRole = store::operatorRoleFromString(cli.parser().value(role));
  if (!newRole)
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("--role must be teller, supervisor or "
                                                   "technician")),
                          2);
  auto session = kiosk->signIn(cli.parser().value(by));
  if (!session)
    return cli.printError(session.error());
  const QString id = args.at(1);
  const QString secret = readSecret(QStringLiteral("New PIN or passphrase for %1: ").arg(id));
  if (auto added = vault.addOperator(*session, id, *newRole, secret); !added)
    return cli.printError(added.error());
  return cli.printResult(
      QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("role"), store::toString(*newRole)}},
      QStringLiteral("Added %1 as %2.").arg(id, store::toString(*newRole)));
}

} // namespace camie::app
