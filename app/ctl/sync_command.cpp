#include "app/config/sync_config.h"
#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/store/device_identity.h"
#include "core/store/reference_data_store.h"
#include "core/sync/sync_runner.h"

#include <QJsonArray>
#include <QThread>

#include <random>

namespace camie::app {
namespace {

QJsonObject failureJson(const sync::SyncFailure& f) {
  return {{QStringLiteral("code"), f.error.code}, {QStringLiteral("message"), f.error.message}};
}

} // namespace

// `sync --once [--max-wait S]`: drains the queue to the registry until it is
// empty, a non-transient error, or the next attempt is more than --max-wait
// seconds away. `sync check`: a TLS handshake and a reference-data fetch,
// reported in words. Connection flags override the config file.
int runSyncCommand(Cli& cli) {
  const QCommandLineOption once(QStringLiteral("once"), QStringLiteral("Drain once and exit."));
  const QCommandLineOption maxWait(QStringLiteral("max-wait"),
                                   QStringLiteral("Wait out backoff and Retry-After up to S "
                                                  "seconds (default 60)."),
                                   QStringLiteral("S"), QStringLiteral("60"));
  const QCommandLineOption noRefdata(QStringLiteral("no-refdata"),
                                     QStringLiteral("Do not refresh reference data first."));
  const std::pair<const char*, QString KioskConfig::Sync::*> flags[] = {
      {"endpoint", &KioskConfig::Sync::endpoint},  {"client", &KioskConfig::Sync::client},
      {"service", &KioskConfig::Sync::service},    {"ca", &KioskConfig::Sync::caFile},
      {"cert", &KioskConfig::Sync::certFile},      {"key", &KioskConfig::Sync::keyFile},
      {"proxy", &KioskConfig::Sync::proxy},        {"connection", &KioskConfig::Sync::connection},
      {"pin", &KioskConfig::Sync::pinnedPublicKey}};
  QList<QCommandLineOption> overrides;
  for (const auto& [name, member] : flags)
    overrides.append(QCommandLineOption(
        QString::fromLatin1(name), QStringLiteral("Override sync/%1.").arg(QLatin1String(name)),
        QStringLiteral("VALUE")));
  cli.parser().addOptions({once, maxWait, noRefdata});
  cli.parser().addOptions(overrides);
  if (!cli.parse(QStringLiteral("sync --once | sync check")))
    return 2;
  const QStringList args = cli.commandArguments();
  const bool check = args == QStringList{QStringLiteral("check")};
  if (!check && !(args.isEmpty() && cli.parser().isSet(once)))
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"),
                  QStringLiteral("usage: sync --once [--max-wait S] | sync check")),
        2);
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return cli.printError(kiosk.error());
  for (qsizetype i = 0; i < overrides.size(); ++i) {
    if (cli.parser().isSet(overrides.at(i)))
      kiosk->config.sync.*(flags[i].second) = cli.parser().value(overrides.at(i));
  }
  auto setup = syncSetupFrom(kiosk->config, store::DeviceIdentity::xroadUserIdOf(kiosk->deviceId));
  if (!setup)
    return cli.printError(setup.error());

  sync::HttpClient http(setup->settings.transport);
  sync::RegistryClient client(http, setup->endpoint, *kiosk->clock);
  if (check) {
    auto keys = client.fetchReference(QStringLiteral("keys"), {});
    QJsonObject json{{QStringLiteral("endpoint"), setup->settings.endpoint},
                     {QStringLiteral("connection"), kiosk->config.sync.connection},
                     {QStringLiteral("ok"), keys.ok()}};
    if (!keys.ok()) {
      json.insert(QStringLiteral("error"), failureJson(keys.error()));
      cli.printResult(json, QStringLiteral("FAILED: %1").arg(keys.error().error.message));
      return 1;
    }
    return cli.printResult(
        json,
        QStringLiteral("OK: the registry answered through %1.").arg(setup->settings.endpoint));
  }

  std::random_device seed;
  sync::SyncRunner runner(*kiosk->db, *kiosk->clock, client, setup->settings, kiosk->deviceId,
                          kiosk->config.retentionDays, (quint64{seed()} << 32) | seed());
  QJsonObject json;
  QStringList refused;
  if (!cli.parser().isSet(noRefdata)) {
    store::ReferenceDataStore refdata(*kiosk->db);
    auto refreshed = runner.refreshReference(refdata, &refused);
    if (refreshed.ok())
      json.insert(QStringLiteral("referenceUpdated"), refreshed.value());
    if (!refused.isEmpty())
      json.insert(QStringLiteral("referenceRefused"), QJsonArray::fromStringList(refused));
  }
  const qint64 maxWaitMs = cli.parser().value(maxWait).toLongLong() * 1000;
  auto* clock = kiosk->clock.get();
  const auto wait = [clock](qint64 ms) {
    if (auto* fake = dynamic_cast<FakeClock*>(clock))
      fake->advanceMs(ms);
    else
      QThread::msleep(static_cast<unsigned long>(ms));
    return true;
  };
  const sync::DrainSummary s = runner.drain(maxWaitMs, wait, true);
  json.insert(QStringLiteral("requests"), s.requests);
  json.insert(QStringLiteral("batches"), s.batches);
  json.insert(QStringLiteral("lookups"), s.lookups);
  json.insert(QStringLiteral("accepted"), s.accepted);
  json.insert(QStringLiteral("duplicate"), s.duplicate);
  json.insert(QStringLiteral("rejected"), s.rejected);
  json.insert(QStringLiteral("retried"), s.retried);
  json.insert(QStringLiteral("unverifiedReceipts"), s.unverified);
  json.insert(QStringLiteral("bytesSent"), s.bytesSent);
  json.insert(QStringLiteral("remaining"), s.remaining);
  json.insert(QStringLiteral("complete"), s.complete);
  json.insert(QStringLiteral("purged"), s.purged);
  QString text =
      QStringLiteral("%1 accepted, %2 duplicate, %3 rejected; %4 requests; %5 left; %6 purged "
                     "after retention")
          .arg(s.accepted)
          .arg(s.duplicate)
          .arg(s.rejected)
          .arg(s.requests)
          .arg(s.remaining)
          .arg(s.purged);
  for (const QString& why : std::as_const(refused))
    text += QStringLiteral("\n%1").arg(why);
  if (s.unverified > 0)
    text +=
        QStringLiteral("\n%1 acceptances without a valid receipt: kept queued").arg(s.unverified);
  if (s.stoppedBy) {
    json.insert(QStringLiteral("error"), failureJson(*s.stoppedBy));
    text += QStringLiteral("\nstopped: %1").arg(s.stoppedBy->error.message);
  }
  cli.printResult(json, text);
  return s.stoppedBy && sync::SyncRunner::isPermanent(*s.stoppedBy) ? 1 : 0;
}

} // namespace camie::app
