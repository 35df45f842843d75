// SimOptions: camdx-sim's command line, parsed and checked (docs/camdx-sim.md
// describes every flag).
#pragma once

#include "core/crypto/hpke_suite.h"
#include "core/util/result.h"
#include "tools/camdx-sim/xroad_error.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace camie::sim {

struct SimOptions {
  enum class Mode { Http, Tls, Mtls }; // the three X-Road connection types

  struct Endpoint {
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0;
    QString hostText = QStringLiteral("127.0.0.1"); // as written in the ready line's URL
  };

  Mode mode = Mode::Http;
  Endpoint listen{QHostAddress(QHostAddress::LocalHost), 8089, QStringLiteral("127.0.0.1")};
  std::optional<Endpoint> adminListen;
  QString certFile;
  QString keyFile;
  QString clientCaFile;
  QStringList allowClients; // "CLIENT_ID=CERT.pem"
  QString serviceId;        // empty: any service id is served
  QString stateDir;
  crypto::HpkeSuite suite;
  bool rotateKey = false;
  QString formFile;
  QString gazetteerFile;
  QString occupationsFile;
  QString seedStatsFile;
  XRoadErrorStyle errorStyle = XRoadErrorStyle::Legacy;
  QString scenarioFile;
  QStringList faults; // --fault KIND[:key=value,...]
  int latencyMs = 0;
  std::optional<quint64> seed;
  int maxBatch = 0;
  int maxRps = 0;
  QString recordDir;
  std::optional<qint64> nowMs; // a fixed clock
  bool quiet = false;
  QString rootKeyFile;    // --root-key: the registry root's Ed25519 key (PEM)
  QString writeRootsFile; // --write-roots: where else to write its roots file

  // `arguments` with the program name first. Errors: "help" and "version"
  // (the message is the text to print, exit 0), "bad_arguments".
  [[nodiscard]] static Result<SimOptions> parse(const QStringList& arguments);
  static Result<Endpoint> parseEndpoint(const QString& text);
  // --now: ISO 8601 or Unix seconds, as Unix milliseconds.
  static std::optional<qint64> parseTime(const QString& text);
  QString scheme() const {
    return mode == Mode::Http ? QStringLiteral("http") : QStringLiteral("https");
  }
};

} // namespace camie::sim
