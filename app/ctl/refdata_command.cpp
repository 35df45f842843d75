#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"

#include <QFile>

namespace camie::app {

// `refdata load NAME FILE`: loads a reference document (form, gazetteer,
// keys, occupations) from a file, for set-up without network and for tests.
// The document must parse; a bad one is refused and the old one kept. Keys
// only as the registry's signed envelope (TRUST.md), checked against the
// pinned roots ([trust] registry_roots) and the serial held.
int runRefdataCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("refdata load NAME FILE")))
    return 2;
  const QStringList args = cli.commandArguments();
  if (args.size() != 3 || args.at(0) != u"load")
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("usage: refdata load NAME FILE")),
        2);
  const QString& name = args.at(1);
  QFile file(args.at(2));
  if (!file.open(QIODevice::ReadOnly))
    return cli.printError(
        makeError(QStringLiteral("unreadable"), QStringLiteral("Cannot read %1.").arg(args.at(2))));
  const QByteArray body = file.readAll();
  if (auto parses = CtlKiosk::checkReference(name, body); !parses)
    return cli.printError(parses.error());

  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  auto etag = kiosk->loadReference(name, body, args.at(2));
  if (!etag)
    return cli.printError(etag.error());
  return cli.printResult(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("bytes"), body.size()},
                                     {QStringLiteral("etag"), *etag}},
                         QStringLiteral("Loaded %1 (%2 bytes).").arg(name).arg(body.size()));
}

} // namespace camie::app
