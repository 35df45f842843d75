#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "app/ctl/secret_input.h"
#include "core/store/operator_directory.h"

#include <QDateTime>
#include <QJsonArray>

namespace camie::app {
namespace {

const QString kUsage =
    QStringLiteral("operator add ID --role ROLE --by TECHNICIAN [--pin-stdin] | operator "
                   "disable|enable|remove ID --by TECHNICIAN | operator list");

int badArguments(const Cli& cli, const QString& why) {
  return cli.printError(makeError(QStringLiteral("bad_arguments"), why + u'\n' + kUsage), 2);
}

// `operator list`: id, role, state and last sign-in; never a secret.
int list(const Cli& cli, store::KeyVault& vault) {
  auto ops = vault.operators();
  if (!ops)
    return cli.printError(ops.error());
  QJsonArray list;
  QString text;
  for (const auto& op : *ops) {
    const QString lastSignIn =
        op.lastSignInAt
            ? QDateTime::fromMSecsSinceEpoch(*op.lastSignInAt, Qt::UTC).toString(Qt::ISODate)
            : QString();
    list.append(QJsonObject{{QStringLiteral("id"), op.id},
                            {QStringLiteral("role"), store::toString(op.role)},
                            {QStringLiteral("state"), store::toString(op.state())},
                            {QStringLiteral("lastSignInAt"),
                             lastSignIn.isEmpty() ? QJsonValue() : QJsonValue(lastSignIn)},
                            {QStringLiteral("failedAttempts"), op.failedAttempts}});
    text += QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(op.id, store::toString(op.role), store::toString(op.state()),
                     lastSignIn.isEmpty() ? QStringLiteral("never signed in") : lastSignIn);
  }
  return cli.printResult(QJsonObject{{QStringLiteral("operators"), list}}, text.trimmed());
}

} // namespace

// `operator add ID --role ROLE --by TECHNICIAN`: the technician's PIN on
// stdin; prints the new operator's one-time PIN, once (with --pin-stdin it
// is read from the next line instead: demo and training kiosks). `operator
// disable|enable|remove ID --by TECHNICIAN`, `operator list`.
int runOperatorCommand(Cli& cli) {
  const QCommandLineOption role(QStringLiteral("role"),
                                QStringLiteral("teller, supervisor or technician."),
                                QStringLiteral("ROLE"));
  const QCommandLineOption by(QStringLiteral("by"),
                              QStringLiteral("The technician making the change."),
                              QStringLiteral("ID"));
  const QCommandLineOption pinStdin(
      QStringLiteral("pin-stdin"),
      QStringLiteral("operator add: read the one-time PIN from stdin (after the technician's) "
                     "instead of making one. It still must be changed at the first sign-in."));
  cli.parser().addOptions({role, by, pinStdin});
  if (!cli.parse(kUsage))
    return 2;
  const QStringList args = cli.commandArguments();
  const QString action = args.value(0);
  const bool changes =
      action == u"add" || action == u"disable" || action == u"enable" || action == u"remove";
  if (action != u"list" && !changes)
    return badArguments(cli, QStringLiteral("Unknown operator command."));
  if (changes && (args.size() != 2 || !cli.parser().isSet(by)))
    return badArguments(cli, QStringLiteral("operator %1 needs an ID and --by.").arg(action));
  std::optional<store::OperatorRole> newRole;
  if (action == u"add") {
    newRole = store::operatorRoleFromString(cli.parser().value(role));
    if (!newRole)
      return badArguments(cli, QStringLiteral("--role must be teller, supervisor or technician."));
  }
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  store::KeyVault vault = kiosk->vault();
  if (action == u"list")
    return list(cli, vault);

  auto session = kiosk->signIn(cli.parser().value(by));
  if (!session)
    return cli.printError(session.error());
  const QString id = args.at(1);
  store::OperatorDirectory directory(*kiosk->db, *kiosk->clock);
  if (action == u"disable" || action == u"enable" || action == u"remove") {
    auto done = action == u"disable"  ? directory.disable(*session, id)
                : action == u"enable" ? directory.enable(*session, id)
                                      : directory.remove(*session, id);
    if (!done)
      return cli.printError(done.error());
    const QString past = action == u"remove" ? QStringLiteral("removed") : action + u'd';
    return cli.printResult(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("done"), past}},
                           QStringLiteral("Operator %1 %2.").arg(id, past));
  }

  const QString roleName = store::toString(*newRole);
  if (cli.parser().isSet(pinStdin)) {
    const QString given = readSecret(QStringLiteral("One-time PIN for %1: ").arg(id));
    if (auto added = vault.addOperator(*session, id, *newRole, given); !added)
      return cli.printError(added.error());
    return cli.printResult(
        QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("role"), roleName},
            {QStringLiteral("state"), store::toString(store::OperatorState::MustChangeSecret)}},
        QStringLiteral("Added %1 as %2, with the one-time PIN given: %1 chooses their own at "
                       "the first sign-in on the kiosk.")
            .arg(id, roleName));
  }
  auto pin = vault.addOperator(*session, id, *newRole);
  if (!pin)
    return cli.printError(pin.error());
  // Printed here only, once: give it to the operator, who replaces it at
  // their first sign-in on the kiosk (it opens nothing else).
  return cli.printResult(
      QJsonObject{
          {QStringLiteral("id"), id},
          {QStringLiteral("role"), roleName},
          {QStringLiteral("state"), store::toString(store::OperatorState::MustChangeSecret)},
          {QStringLiteral("oneTimePin"), *pin}},
      QStringLiteral("Added %1 as %2.\nOne-time PIN: %3\nGive it to %1 in person; it is shown "
                     "only now. At the first sign-in on the kiosk it must be replaced by a PIN "
                     "of their own, and it opens nothing else.")
          .arg(id, roleName, *pin));
}

} // namespace camie::app
