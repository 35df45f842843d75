#include "app/config/sync_config.h"

#include "core/version.h"

#include <QFile>

namespace camie::app {
namespace {
Error bad(const QString& what) {
  return makeError(QStringLiteral("sync_config"),
                   QStringLiteral("Sync settings: %1 (see docs/config.md, [sync]).").arg(what));
}
} // namespace

Result<trust::RegistryRoots> registryRootsFrom(const KioskConfig& config) {
  const QStringList files = config.registryRootFiles();
  if (files.isEmpty())
    return makeError(QStringLiteral("no_registry_roots"),
                     QStringLiteral("No registry root keys are installed: none of %1 exists and "
                                    "trust/registry_roots names no file (docs/config.md). The "
                                    "kiosk cannot check the registry's keys or receipts.")
                         .arg(KioskConfig::defaultRegistryRootFiles().join(QStringLiteral(", "))));
  return trust::RegistryRoots::load(files);
}

Result<SyncSetup> syncSetupFrom(const KioskConfig& config, const QString& userId) {
  const KioskConfig::Sync& c = config.sync;
  if (c.endpoint.isEmpty())
    return bad(QStringLiteral("no endpoint is set, so the kiosk cannot sync"));
  const bool http = c.endpoint.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
  const bool https = c.endpoint.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
  if (!http && !https)
    return bad(QStringLiteral("the endpoint must start with https:// (or http://)"));
  if (http && c.connection != u"http")
    return bad(QStringLiteral("the endpoint is plain http but connection is %1; plain HTTP "
                              "needs connection=http (private networks only)")
                   .arg(c.connection));
  if (https && c.connection == u"http")
    return bad(QStringLiteral("connection=http needs an http:// endpoint"));
  if (c.connection == u"mtls" && (c.certFile.isEmpty() || c.keyFile.isEmpty()))
    return bad(QStringLiteral("mtls needs cert_file and key_file"));
  auto client = sync::XRoadIdentifier::parse(c.client, 4);
  if (!client)
    return bad(client.error().message);
  auto service = sync::XRoadIdentifier::parse(c.service, 5);
  if (!service)
    return bad(service.error().message);

  SyncSetup setup;
  sync::SyncSettings& s = setup.settings;
  auto roots = registryRootsFrom(config);
  if (!roots)
    return roots.error();
  s.roots = std::move(*roots);
  s.endpoint = c.endpoint;
  s.connection = c.connection == u"http"  ? sync::ConnectionType::Http
                 : c.connection == u"tls" ? sync::ConnectionType::Tls
                                          : sync::ConnectionType::MutualTls;
  s.client = c.client;
  s.service = c.service;
  s.batchRecords = c.batchRecords;
  s.intervalSeconds = c.intervalSeconds;
  sync::TransportSettings& t = s.transport;
  t.caFile = c.caFile;
  if (c.connection == u"mtls") {
    t.certFile = c.certFile;
    t.keyFile = c.keyFile;
  }
  if (!c.keyPassphraseFile.isEmpty()) {
    QFile f(c.keyPassphraseFile);
    if (!f.open(QIODevice::ReadOnly))
      return bad(QStringLiteral("cannot read key_passphrase_file %1").arg(c.keyPassphraseFile));
    t.keyPassphrase = QString::fromUtf8(f.readLine()).trimmed();
  }
  t.pinnedPublicKey = c.pinnedPublicKey;
  t.proxy = c.proxy;
  t.noProxy = c.noProxy;
  t.allowPlainHttp = http;
  t.connectTimeoutSeconds = c.connectTimeoutSeconds;
  t.userAgent = QByteArray("camie-kiosk/") + camie::kVersion;
  setup.endpoint = sync::SyncEndpoint{c.endpoint, *client, *service, userId};
  return setup;
}

} // namespace camie::app
