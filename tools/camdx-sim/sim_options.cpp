#include "tools/camdx-sim/sim_options.h"

#include "core/version.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

namespace camie::sim {
namespace {

Error badArguments(const QString& why) {
  return makeError(QStringLiteral("bad_arguments"), why);
}

QCommandLineOption option(const char* name, const char* help, const char* value = nullptr,
                          const char* fallback = nullptr) {
  QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
  if (value)
    o.setValueName(QString::fromLatin1(value));
  if (fallback)
    o.setDefaultValue(QString::fromLatin1(fallback));
  return o;
}

} // namespace

Result<SimOptions::Endpoint> SimOptions::parseEndpoint(const QString& text) {
  const qsizetype colon = text.lastIndexOf(u':');
  bool ok = false;
  const uint port = text.mid(colon + 1).toUInt(&ok);
  QString host = text.left(colon);
  if (host.startsWith(u'[') && host.endsWith(u']'))
    host = host.mid(1, host.size() - 2);
  Endpoint e;
  if (colon <= 0 || !ok || port > 65535)
    return badArguments(QStringLiteral("\"%1\" is not HOST:PORT.").arg(text));
  e.port = static_cast<quint16>(port);
  if (host == u"localhost") {
    e.host = QHostAddress(QHostAddress::LocalHost);
    e.hostText = QStringLiteral("127.0.0.1");
  } else if (!e.host.setAddress(host)) {
    return badArguments(QStringLiteral("\"%1\" is not an IP address.").arg(host));
  } else {
    e.hostText = e.host.protocol() == QAbstractSocket::IPv6Protocol
                     ? QStringLiteral("[%1]").arg(host)
                     : host;
  }
  return e;
}

std::optional<qint64> SimOptions::parseTime(const QString& text) {
  bool ok = false;
  const qint64 seconds = text.toLongLong(&ok);
  if (ok)
    return seconds * 1000;
  const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
  if (iso.isValid())
    return iso.toMSecsSinceEpoch();
  return std::nullopt;
}

Result<SimOptions> SimOptions::parse(const QStringList& arguments) {
  QCommandLineParser p;
  p.setApplicationDescription(QStringLiteral(
      "camdx-sim: a CamDX (X-Road REST r1) security server and the CAM-IE registry behind it,\n"
      "for tests, benchmarks and the demo. See docs/camdx-sim.md.\n"
      "`camdx-sim sign-csr --help`: its test CA signs a kiosk's certificate request."));
  const auto help = p.addHelpOption();
  const auto version = p.addVersionOption();
  const auto mode = option("mode", "Connection type: http, tls or mtls.", "MODE", "http");
  const auto listen = option("listen", "Address to listen on (port 0: any free port).", "HOST:PORT",
                             "127.0.0.1:8089");
  const auto admin = option("admin-listen", "Also serve /_sim/ on plain HTTP here.", "HOST:PORT");
  const auto cert = option("cert", "Server certificate (PEM, leaf first) for tls/mtls.", "PEM");
  const auto key = option("key", "Server private key (PEM, RSA or EC) for tls/mtls.", "PEM");
  const auto clientCa =
      option("client-ca", "CA certificates of client certificates (mtls).", "PEM");
  const auto allow = option("allow-client",
                            "A client certificate registered for a client "
                            "subsystem (repeatable; mtls).",
                            "CLIENT_ID=CERT.pem");
  const auto service = option("service",
                              "Serve only this service id "
                              "(INSTANCE/CLASS/MEMBER/SUBSYSTEM/CODE).",
                              "ID");
  const auto state = option("state-dir", "Keys and sim.db live here.", "DIR", "camdx-sim-state");
  const auto suite = option("suite",
                            "HPKE AEAD of new registry keys: AES128GCM or "
                            "CHACHA20POLY1305.",
                            "AEAD", "AES128GCM");
  const auto rotate = option("rotate-key", "Add a newer registry key at start.");
  const auto form = option("form", "Form schema file.", "FILE", CAMDX_SIM_DEFAULT_FORM);
  const auto gazetteer =
      option("gazetteer", "Gazetteer file.", "FILE", CAMDX_SIM_DEFAULT_GAZETTEER);
  const auto occupations =
      option("occupations", "Occupations file.", "FILE", CAMDX_SIM_DEFAULT_OCCUPATIONS);
  const auto seedStats =
      option("seed-stats", "Registrations per province to start from (JSON).", "FILE");
  const auto style =
      option("xroad-error-style", "X-Road error codes: legacy or snake.", "STYLE", "legacy");
  const auto scenario = option("scenario", "Scripted faults (JSON).", "FILE");
  const auto fault = option("fault", "A scripted fault (repeatable).", "KIND[:key=value,...]");
  const auto latency = option("latency", "Delay every answer this long.", "MS");
  const auto seed = option("seed", "Random seed of the scripted faults.", "N");
  const auto maxBatch = option("max-batch", "413 for batches of more records.", "N");
  const auto maxRps = option("max-rps", "429 beyond this many requests per second.", "N");
  const auto record = option("record-requests", "Write every request as JSON here.", "DIR");
  const auto now = option("now", "A fixed clock: ISO 8601 or Unix seconds.", "TIME");
  const auto quiet = option("quiet", "No log line per request.");
  const auto rootKey = option("root-key",
                              "The registry root key (Ed25519 PEM; made if missing). Default: "
                              "registry-root.pem in the state folder.",
                              "FILE");
  const auto writeRoots =
      option("write-roots", "Also write the roots file of --root-key here.", "FILE");
  p.addOptions({mode,      listen, admin,    cert,   key,     clientCa,  allow,
                service,   state,  suite,    rotate, form,    gazetteer, occupations,
                seedStats, style,  scenario, fault,  latency, seed,      maxBatch,
                maxRps,    record, now,      quiet,  rootKey, writeRoots});
  if (!p.parse(arguments))
    return badArguments(p.errorText());
  if (p.isSet(help))
    return makeError(QStringLiteral("help"), p.helpText());
  if (p.isSet(version))
    return makeError(QStringLiteral("version"),
                     QStringLiteral("camdx-sim %1\n").arg(QLatin1String(camie::kVersion)));
  if (!p.positionalArguments().isEmpty())
    return badArguments(
        QStringLiteral("Unexpected argument \"%1\".").arg(p.positionalArguments().first()));

  SimOptions o;
  const QString modeText = p.value(mode);
  if (modeText == u"http")
    o.mode = Mode::Http;
  else if (modeText == u"tls")
    o.mode = Mode::Tls;
  else if (modeText == u"mtls")
    o.mode = Mode::Mtls;
  else
    return badArguments(QStringLiteral("--mode is http, tls or mtls."));
  auto endpoint = parseEndpoint(p.value(listen));
  if (!endpoint)
    return endpoint.error();
  o.listen = *endpoint;
  if (p.isSet(admin)) {
    auto adminEndpoint = parseEndpoint(p.value(admin));
    if (!adminEndpoint)
      return adminEndpoint.error();
    o.adminListen = *adminEndpoint;
  }
  o.certFile = p.value(cert);
  o.keyFile = p.value(key);
  o.clientCaFile = p.value(clientCa);
  o.allowClients = p.values(allow);
  if (o.mode != Mode::Http && (o.certFile.isEmpty() || o.keyFile.isEmpty()))
    return badArguments(QStringLiteral("--mode %1 needs --cert and --key.").arg(modeText));
  if (o.mode == Mode::Mtls && o.clientCaFile.isEmpty())
    return badArguments(QStringLiteral("--mode mtls needs --client-ca."));
  o.serviceId = p.value(service);
  o.stateDir = QDir(p.value(state)).absolutePath();
  QString suiteText = p.value(suite).toUpper();
  if (!suiteText.startsWith(u"X25519-"))
    suiteText = QStringLiteral("X25519-SHA256-") + suiteText;
  auto hpke = crypto::HpkeSuite::fromName(suiteText);
  if (!hpke)
    return badArguments(QStringLiteral("--suite is AES128GCM or CHACHA20POLY1305."));
  o.suite = *hpke;
  o.rotateKey = p.isSet(rotate);
  o.formFile = p.value(form);
  o.gazetteerFile = p.value(gazetteer);
  o.occupationsFile = p.value(occupations);
  o.seedStatsFile = p.value(seedStats);
  if (p.value(style) == u"legacy")
    o.errorStyle = XRoadErrorStyle::Legacy;
  else if (p.value(style) == u"snake")
    o.errorStyle = XRoadErrorStyle::Snake;
  else
    return badArguments(QStringLiteral("--xroad-error-style is legacy or snake."));
  o.scenarioFile = p.value(scenario);
  o.faults = p.values(fault);
  o.recordDir = p.value(record);
  o.quiet = p.isSet(quiet);
  o.rootKeyFile = p.isSet(rootKey) ? QDir(p.value(rootKey)).absolutePath()
                                   : QDir(o.stateDir).filePath(QStringLiteral("registry-root.pem"));
  if (p.isSet(writeRoots))
    o.writeRootsFile = QDir(p.value(writeRoots)).absolutePath();

  const auto count = [&](const QCommandLineOption& opt, int& out) {
    if (!p.isSet(opt))
      return true;
    bool ok = false;
    out = p.value(opt).toInt(&ok);
    return ok && out >= 0;
  };
  if (!count(latency, o.latencyMs) || !count(maxBatch, o.maxBatch) || !count(maxRps, o.maxRps))
    return badArguments(QStringLiteral("--latency, --max-batch and --max-rps take a number."));
  if (p.isSet(seed)) {
    bool ok = false;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
      return badArguments(QStringLiteral("--seed takes a number."));
  }
  if (p.isSet(now)) {
    o.nowMs = parseTime(p.value(now));
    if (!o.nowMs)
      return badArguments(QStringLiteral("--now takes ISO 8601 or Unix seconds."));
  }
  return o;
}

} // namespace camie::sim
