#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/store/audit_log.h"

namespace camie::app {

// `audit verify`: checks the audit log's hash chain; names the first broken
// entry. Exit code 1 when the log was tampered with.
int runAuditCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("audit verify")))
    return 2;
  if (cli.commandArguments() != QStringList{QStringLiteral("verify")})
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("usage: audit verify")), 2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  auto v = store::AuditLog(*kiosk->db).verify();
  if (!v)
    return cli.printError(v.error());
  QJsonObject json{{QStringLiteral("entries"), v->entries}, {QStringLiteral("ok"), v->ok()}};
  if (!v->ok()) {
    json.insert(QStringLiteral("firstBroken"), *v->firstBroken);
    json.insert(QStringLiteral("problem"), v->problem);
  }
  cli.printResult(json, v->ok() ? QStringLiteral("audit log intact: %1 entries").arg(v->entries)
                                : QStringLiteral("audit log BROKEN: %1").arg(v->problem));
  return v->ok() ? 0 : 1;
}

} // namespace camie::app
