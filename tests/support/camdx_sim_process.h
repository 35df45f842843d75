// CamdxSimProcess: camdx-sim as a child process of a test — an ephemeral port, its
// own state folder, a plain-HTTP admin port — stopped when it goes out of scope.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace camie::test {

// Construct it inside a TEST_CASE: it REQUIREs a simulator that printed its
// ready line.
class CamdxSimProcess {
public:
  // `arguments` go to camdx-sim as given (docs/camdx-sim.md), e.g.
  //   {"--mode", "mtls", "--cert", pki.server().cert, "--key", pki.server().key,
  //    "--client-ca", pki.caCert(), "--allow-client", clientId + "=" + pki.client().cert}.
  // Added unless already there: --state-dir (a temporary folder), --listen
  // 127.0.0.1:0, --gazetteer (the shared fixture). Always added:
  // --admin-listen 127.0.0.1:0, so summary() works in every mode. The
  // simulator's log is kept in memory: pass --quiet for long runs.
  explicit CamdxSimProcess(const QStringList& arguments = {});
  ~CamdxSimProcess(); // stop()
  CamdxSimProcess(const CamdxSimProcess&) = delete;
  CamdxSimProcess& operator=(const CamdxSimProcess&) = delete;

  // The service everything is served under by default, and the client id of
  // TestPki's client certificate in the tests.
  static QString serviceId() {
    return QStringLiteral("CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration");
  }
  static QString clientId() { return QStringLiteral("CAMBODIA/COM/ACLEDA/KIOSK"); }

  QString url() const { return url_; } // "https://127.0.0.1:40123" (the X-Road side)
  quint16 port() const { return port_; }
  QString serviceUrl() const { return url_ + QStringLiteral("/r1/") + serviceId(); }
  QString adminUrl() const { return adminUrl_; } // "http://127.0.0.1:40124"
  QString stateDir() const { return stateDir_; }
  // The simulator's roots file (its registry root key), for a kiosk's
  // trust/registry_roots: the simulator signs its keys document and receipts.
  QString rootsFile() const { return rootsFile_; }

  // GET /_sim/summary: {"accepted", "distinctIds", "duplicates", "rejected",
  // "requests", "batchRequests", ...}.
  QJsonObject summary() const;
  // GET /_sim/registrations: [{id, number, revision}] of accepted records
  // (with `all`, every stored record and its "status").
  QJsonArray registrations(bool all = false) const;
  // POST /_sim/rotate-key: the kid of the new registry key.
  QString rotateKey() const;
  // Any admin call; REQUIREs a 2xx answer and returns the JSON body.
  QJsonValue admin(const QByteArray& method, const QString& path,
                   const QByteArray& body = {}) const;

  // What the simulator wrote on stderr so far (one line per request).
  QByteArray log();
  // SIGTERM, then waits for the exit (SIGKILL after 10 s). Idempotent.
  // Returns the exit status: 0 for a clean stop (in sanitizer builds, also no
  // leak found), -1 if it had to be killed or crashed.
  int stop();

private:
  QTemporaryDir stateFolder_;
  QProcess process_;
  QByteArray stderr_;
  QString url_;
  QString adminUrl_;
  QString stateDir_;
  QString rootsFile_;
  quint16 port_ = 0;
};

} // namespace camie::test
