#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/store/record_reader.h"

namespace camie::app {

// `status`: records per status and how long the oldest queued one has waited.
int runStatusCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("status")))
    return 2;
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  store::RecordReader reader(*kiosk->db);
  auto counts = reader.countByStatus();
  if (!counts)
    return cli.printError(counts.error());
  auto oldest = reader.oldestQueuedCapturedAt();
  if (!oldest)
    return cli.printError(oldest.error());

  QJsonObject byStatus;
  QString text;
  using S = store::RecordStatus;
  for (S s :
       {S::Draft, S::Sealed, S::Sending, S::Exported, S::Accepted, S::Duplicate, S::Rejected}) {
    byStatus.insert(store::toString(s), counts->value(s));
    text += QStringLiteral("%1: %2\n").arg(store::toString(s), -10).arg(counts->value(s));
  }
  QJsonObject json{{QStringLiteral("deviceId"), kiosk->deviceId},
                   {QStringLiteral("counts"), byStatus}};
  if (*oldest) {
    const qint64 ageSeconds = (kiosk->clock->nowMs() - **oldest) / 1000;
    json.insert(QStringLiteral("oldestQueuedAgeSeconds"), ageSeconds);
    text += QStringLiteral("oldest queued: %1 s ago").arg(ageSeconds);
  } else {
    json.insert(QStringLiteral("oldestQueuedAgeSeconds"), QJsonValue::Null);
    text += QStringLiteral("nothing queued");
  }
  return cli.printResult(json, text);
}

} // namespace camie::app
