#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "app/ctl/secret_input.h"
#include "core/crypto/secure_bytes.h"
#include "core/store/settings_store.h"

#include <unistd.h>

namespace camie::app {

// `init --technician ID`: a new kiosk database with its data key and first
// technician (PIN from stdin or the terminal, asked twice on a terminal).
int runInitCommand(Cli& cli) {
  const QCommandLineOption technician(QStringLiteral("technician"),
                                      QStringLiteral("The first technician's operator ID."),
                                      QStringLiteral("ID"));
  cli.parser().addOption(technician);
  if (!cli.parse(QStringLiteral("init --technician ID")))
    return 2;
  if (!cli.parser().isSet(technician))
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("init needs --technician ID")),
        2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::IfMissing);
  if (!kiosk)
    return cli.printError(kiosk.error());

  const QString id = cli.parser().value(technician);
  const QString secret = readSecret(QStringLiteral("New PIN or passphrase for %1: ").arg(id));
  if (isatty(0) && readSecret(QStringLiteral("Again: ")) != secret)
    return cli.printError(makeError(QStringLiteral("mismatch"),
                                    QStringLiteral("The two entries differ; nothing was done.")));
  store::KeyVault vault = kiosk->vault();
  auto session = vault.initialise(id, secret);
  if (!session)
    return cli.printError(session.error());

  store::SettingsStore settings(*kiosk->db);
  if (kiosk->deviceId.isEmpty()) {
    const auto random = crypto::SecureBytes::random(4);
    kiosk->deviceId =
        QStringLiteral("kiosk-") + QString::fromLatin1(random.view().toByteArray().toHex());
    if (auto r = settings.set(QStringLiteral("device_id"), kiosk->deviceId); !r)
      return cli.printError(r.error());
  }
  return cli.printResult(QJsonObject{{QStringLiteral("database"), kiosk->db->path()},
                                     {QStringLiteral("technician"), id},
                                     {QStringLiteral("deviceId"), kiosk->deviceId}},
                         QStringLiteral("Initialised %1 (device %2) with technician %3.")
                             .arg(kiosk->db->path(), kiosk->deviceId, id));
}

} // namespace camie::app
