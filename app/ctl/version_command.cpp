#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "core/version.h"

namespace camie::app {

int runVersionCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("version")))
    return 2;
  const QString version = QString::fromLatin1(camie::kVersion);
  return cli.printResult(QJsonObject{{QStringLiteral("version"), version}},
                         QStringLiteral("camie-kioskctl %1").arg(version));
}

} // namespace camie::app
