#include "tools/camdx-sim/simulator.h"

#include "tools/camdx-sim/fault_reply.h"
#include "tools/camdx-sim/province_statistics.h"
#include "tools/camdx-sim/reply_writer.h"
#include "tools/camdx-sim/tls_setup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace camie::sim {
namespace {

constexpr int kListenBacklog = 1024;

} // namespace

struct Simulator::Exchange {
  SimRequest request;
  QPointer<QTcpSocket> socket;
  bool close = false;
  std::optional<XRoadPath> path;
  QByteArray decoded;
  FaultPlan::Decision decision;
  QElapsedTimer timer;
};

Simulator::Simulator(const SimOptions& options) : options_(options) {
  uptime_.start();
}

Simulator::~Simulator() = default;

Result<std::unique_ptr<Simulator>> Simulator::create(const SimOptions& options) {
  std::unique_ptr<Simulator> sim(new Simulator(options));
  if (options.nowMs)
    sim->clock_ = std::make_unique<FakeClock>(*options.nowMs);
  else
    sim->clock_ = std::make_unique<SystemClock>();
  if (!QDir().mkpath(options.stateDir))
    return makeError(QStringLiteral("io_error"),
                     QStringLiteral("Cannot create the state folder %1.").arg(options.stateDir));
  QFile::setPermissions(options.stateDir,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
  auto store = RegistryStore::open(QDir(options.stateDir).filePath(QStringLiteral("sim.db")));
  if (!store)
    return store.error();
  sim->store_ = std::move(*store);
  auto keyring = RegistryKeyring::open(options.stateDir, sim->store_->db(), options.suite,
                                       sim->clock_->nowMs());
  if (!keyring)
    return keyring.error();
  sim->keyring_.emplace(std::move(*keyring));
  if (options.rotateKey) {
    auto kid = sim->keyring_->rotate(options.suite, sim->clock_->nowMs());
    if (!kid)
      return kid.error();
  }
  auto reference =
      ReferenceDocuments::load(options.formFile, options.gazetteerFile, options.occupationsFile);
  if (!reference)
    return reference.error();
  sim->reference_.emplace(std::move(*reference));
  auto signer = RootSigner::open(options.rootKeyFile);
  if (!signer)
    return signer.error();
  sim->signer_.emplace(std::move(*signer));
  // The roots file a kiosk that trusts this simulator names in trust/registry_roots.
  sim->rootsFile_ = QDir(options.stateDir).filePath(QStringLiteral("registry-roots.json"));
  for (const QString& path : {sim->rootsFile_, options.writeRootsFile}) {
    if (path.isEmpty())
      continue;
    QSaveFile roots(path);
    const QByteArray json = sim->signer_->rootsJson();
    if (!roots.open(QIODevice::WriteOnly) || roots.write(json) != json.size() || !roots.commit())
      return makeError(QStringLiteral("io_error"),
                       QStringLiteral("Cannot write the roots file %1.").arg(path));
    // Public data, for the kiosks (whatever the umask).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
  }
  sim->reference_->setKeys(
      sim->signer_->signedKeys(sim->keyring_->keysDocument(), sim->clock_->nowMs() / 1000));

  QHash<QString, qint64> seeded;
  if (!options.seedStatsFile.isEmpty()) {
    auto loaded = ProvinceStatistics::loadSeed(options.seedStatsFile);
    if (!loaded)
      return loaded.error();
    seeded = *loaded;
  }
  sim->processor_ =
      std::make_unique<BatchProcessor>(*sim->store_, *sim->keyring_, sim->reference_->form(),
                                       sim->reference_->gazetteer(), *sim->clock_, seeded);
  sim->api_ = std::make_unique<RegistryApi>(*sim->processor_, *sim->store_, *sim->reference_,
                                            *sim->clock_, seeded, sim->counters_);

  QByteArray scenario;
  if (!options.scenarioFile.isEmpty()) {
    QFile file(options.scenarioFile);
    if (!file.open(QIODevice::ReadOnly))
      return makeError(QStringLiteral("io_error"),
                       QStringLiteral("Cannot read the scenario %1.").arg(options.scenarioFile));
    scenario = file.readAll();
  }
  auto plan = FaultPlan::assemble(scenario, options.faults, options.latencyMs, options.seed);
  if (!plan)
    return plan.error();
  sim->faults_ = std::move(*plan);
  sim->api_->setSigner(&*sim->signer_);
  sim->api_->setMaxBatch(options.maxBatch > 0 ? options.maxBatch
                                              : sim->faults_.maxBatch().value_or(0));
  AllowedClients clients;
  for (const QString& spec : options.allowClients) {
    auto added = clients.add(spec);
    if (!added)
      return added.error();
  }
  sim->gateway_ = std::make_unique<XRoadGateway>(sim->options_, std::move(clients));
  sim->limiter_ = RateLimiter(options.maxRps);
  sim->log_ = RequestLog(options.recordDir);
  sim->admin_ = std::make_unique<SimAdmin>(
      SimAdmin::Parts{*sim->store_, *sim->keyring_, *sim->reference_, sim->faults_, *sim->api_,
                      sim->counters_, *sim->clock_, options.suite, *sim->signer_});
  return sim;
}

Result<void> Simulator::listen() {
  server_ = new SimHttpServer(
      [this](SimRequest request, QTcpSocket* socket) { handle(std::move(request), socket); }, this);
  QTcpServer* tcp = nullptr;
  if (options_.mode == SimOptions::Mode::Http) {
    tcp = new QTcpServer(server_);
  } else {
    auto conf = TlsSetup::serverConfiguration(options_);
    if (!conf)
      return conf.error();
    auto* tls = new QSslServer(server_);
    tls->setSslConfiguration(*conf);
    tcp = tls;
  }
  // A fleet of kiosks coming back online connects at once: a deep accept queue.
  tcp->setListenBacklogSize(kListenBacklog);
  if (!tcp->listen(options_.listen.host, options_.listen.port))
    return makeError(QStringLiteral("listen_failed"), QStringLiteral("Cannot listen on %1:%2 (%3).")
                                                          .arg(options_.listen.hostText)
                                                          .arg(options_.listen.port)
                                                          .arg(tcp->errorString()));
  server_->bind(tcp);
  port_ = tcp->serverPort();
  if (options_.adminListen) {
    adminServer_ = new SimHttpServer(
        [this](SimRequest request, QTcpSocket* socket) {
          handleAdminOnly(std::move(request), socket);
        },
        this);
    adminPort_ = adminServer_->listen(options_.adminListen->host, options_.adminListen->port);
    if (adminPort_ == 0)
      return makeError(QStringLiteral("listen_failed"),
                       QStringLiteral("Cannot listen on %1:%2 (admin).")
                           .arg(options_.adminListen->hostText)
                           .arg(options_.adminListen->port));
  }
  return {};
}

QJsonObject Simulator::readyLine() const {
  QJsonObject o{
      {QStringLiteral("url"),
       QStringLiteral("%1://%2:%3").arg(options_.scheme(), options_.listen.hostText).arg(port_)},
      {QStringLiteral("port"), port_},
      {QStringLiteral("rootsFile"), rootsFile_}};
  if (adminServer_)
    o.insert(QStringLiteral("adminUrl"),
             QStringLiteral("http://%1:%2").arg(options_.adminListen->hostText).arg(adminPort_));
  return o;
}

void Simulator::handleAdminOnly(SimRequest request, QTcpSocket* socket) {
  Exchange ex;
  ex.request = std::move(request);
  ex.socket = socket;
  ex.close = ex.request.header("Connection").toLower().contains("close");
  send(ex,
       ex.request.path.startsWith(u"/_sim/")
           ? admin_->handle(ex.request)
           : HttpReply::registryError(404, QStringLiteral("NotFound"),
                                      QStringLiteral("This listener serves /_sim/ only.")),
       false);
}

void Simulator::handle(SimRequest request, QTcpSocket* socket) {
  auto ex = std::make_shared<Exchange>();
  ex->timer.start();
  ex->request = std::move(request);
  ex->request.sequence = ++sequence_;
  ex->socket = socket;
  ex->close = ex->request.header("Connection").toLower().contains("close");
  const SimRequest& r = ex->request;
  if (r.path.startsWith(u"/_sim/")) {
    send(*ex, admin_->handle(r), false);
    return;
  }
  ++counters_.requests;

  auto body = XRoadGateway::decodeBody(r);
  if (auto* decoded = std::get_if<QByteArray>(&body))
    ex->decoded = std::move(*decoded);
  log_.record(r, std::holds_alternative<HttpReply>(body) ? r.body : ex->decoded);

  int retryAfter = 1;
  if (limiter_.enabled() && !limiter_.admit(uptime_.elapsed(), retryAfter)) {
    ++counters_.rateLimited;
    HttpReply reply = HttpReply::registryError(429, QStringLiteral("TooManyRequests"),
                                               QStringLiteral("Over --max-rps; retry later."));
    reply.setHeader("Retry-After", QByteArray::number(retryAfter));
    return send(*ex, reply);
  }
  auto checked = gateway_->check(r);
  if (auto* refusal = std::get_if<HttpReply>(&checked))
    return refuse(*ex, std::move(*refusal));
  ex->path = std::get<XRoadPath>(std::move(checked));
  if (auto* refusal = std::get_if<HttpReply>(&body))
    return refuse(*ex, std::move(*refusal));

  ex->decision = faults_.decide(QString::fromLatin1(r.method), r.path);
  if (ex->decision.latencyMs > 0)
    QTimer::singleShot(ex->decision.latencyMs, this, [this, ex] { proceed(ex); });
  else
    proceed(ex);
}

void Simulator::proceed(const std::shared_ptr<Exchange>& ex) {
  const std::optional<FaultSpec>& fault = ex->decision.fault;
  const FaultKind kind = fault ? fault->kind : FaultKind::Latency; // Latency: nothing to shape
  if (kind == FaultKind::ResetBeforeCommit) {
    logLine(*ex, 0, QStringLiteral("reset_before_commit"));
    if (ex->socket)
      ReplyWriter::reset(ex->socket);
    return;
  }
  if (fault) {
    if (auto reply = FaultReply::instead(*fault, *clock_, options_.errorStyle))
      return send(*ex, std::move(*reply), kind != FaultKind::WrongContentType);
  }

  if (auto keys = faultyKeys(*ex, kind))
    return send(*ex, std::move(*keys));
  const SimRequest& r = ex->request;
  RegistryApi::Call call{r.method,
                         ex->path->rest,
                         ex->decoded,
                         r.header("Content-Type"),
                         r.header("If-None-Match"),
                         r.header("Idempotency-Key"),
                         ex->decision.retryRecords};
  HttpReply reply = api_->handle(call);
  spoilReceipts(reply, kind);
  addXRoadHeaders(*ex, reply);
  if (!ex->socket)
    return logLine(*ex, reply.status, QStringLiteral("client gone before the answer"));
  switch (kind) {
  case FaultKind::ResetAfterCommit:
    logLine(*ex, reply.status, QStringLiteral("reset_after_commit"));
    return ReplyWriter::reset(ex->socket);
  case FaultKind::Truncate:
    logLine(*ex, reply.status, QStringLiteral("truncate"));
    return ReplyWriter::sendTruncated(ex->socket, reply, fault->keep);
  case FaultKind::Trickle:
    logLine(*ex, reply.status, QStringLiteral("trickle"));
    return ReplyWriter::sendTrickle(ex->socket, reply, fault->chunkBytes, fault->intervalMs,
                                    ex->close);
  default:
    logLine(*ex, reply.status,
            ex->decision.retryRecords ? QStringLiteral("retry_records") : QString());
    ReplyWriter::send(ex->socket, reply, ex->close);
  }
}

std::optional<HttpReply> Simulator::faultyKeys(const Exchange& exchange, FaultKind kind) const {
  const bool keysFault = kind == FaultKind::UnsignedKeys || kind == FaultKind::UnknownRootKeys ||
                         kind == FaultKind::RolledBackKeys;
  if (!keysFault || exchange.request.method != "GET" || !exchange.path ||
      exchange.path->rest.value(exchange.path->rest.size() - 1) != u"keys")
    return std::nullopt;
  const RootSigner::KeysFault fault =
      kind == FaultKind::UnsignedKeys      ? RootSigner::KeysFault::Unsigned
      : kind == FaultKind::UnknownRootKeys ? RootSigner::KeysFault::UnknownRoot
                                           : RootSigner::KeysFault::RolledBack;
  HttpReply reply;
  reply.body = signer_->faultyKeys(keyring_->keysDocument(), clock_->nowMs() / 1000, fault);
  reply.setHeader("Content-Type", "application/json");
  // Its own ETag, so that a kiosk holding the good document gets it too.
  reply.setHeader(
      "ETag",
      '"' + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha256).toHex().left(32) +
          '"');
  return reply;
}

void Simulator::spoilReceipts(HttpReply& reply, FaultKind kind) const {
  if ((kind != FaultKind::MissingReceipt && kind != FaultKind::ForgedReceipt) ||
      reply.status != 200)
    return;
  QJsonObject body = QJsonDocument::fromJson(reply.body).object();
  QJsonArray results = body.value(QStringLiteral("results")).toArray();
  signer_->spoilReceipts(results, kind == FaultKind::MissingReceipt
                                      ? RootSigner::ReceiptFault::Missing
                                      : RootSigner::ReceiptFault::Forged);
  body.insert(QStringLiteral("results"), results);
  reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void Simulator::refuse(Exchange& exchange, HttpReply reply) {
  if (!reply.header("X-Road-Error").isEmpty())
    ++counters_.xroadErrors;
  send(exchange, std::move(reply));
}

void Simulator::send(Exchange& exchange, HttpReply reply, bool xroadHeaders) {
  if (xroadHeaders)
    addXRoadHeaders(exchange, reply);
  if (!exchange.request.path.startsWith(u"/_sim/"))
    logLine(exchange, reply.status, QString());
  if (exchange.socket)
    ReplyWriter::send(exchange.socket, reply, exchange.close);
}

void Simulator::addXRoadHeaders(const Exchange& exchange, HttpReply& reply) const {
  const SimRequest& r = exchange.request;
  if (r.hasHeader("X-Road-Client"))
    reply.setHeader("X-Road-Client", r.header("X-Road-Client"));
  if (exchange.path)
    reply.setHeader("X-Road-Service", exchange.path->serviceId().toUtf8());
  if (r.hasHeader("X-Road-Id"))
    reply.setHeader("X-Road-Id", r.header("X-Road-Id"));
  reply.setHeader("X-Road-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
  reply.setHeader("X-Road-Request-Hash",
                  QCryptographicHash::hash(r.body, QCryptographicHash::Sha512).toBase64());
}

void Simulator::logLine(const Exchange& exchange, int status, const QString& note) const {
  if (options_.quiet)
    return;
  const SimRequest& r = exchange.request;
  std::fprintf(stderr, "camdx-sim: #%lld %s %s -> %s%s%s (%lld ms)\n",
               static_cast<long long>(r.sequence), r.method.constData(), qPrintable(r.path),
               status ? QByteArray::number(status).constData() : "no answer",
               note.isEmpty() ? "" : " ", qPrintable(note),
               static_cast<long long>(exchange.timer.elapsed()));
}

} // namespace camie::sim
