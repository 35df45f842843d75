// camdx-sim over HTTPS: the tls and mtls connection types, with a test PKI
// made at test time; in mtls only a certificate registered for the request's
// X-Road-Client gets through.
#include "tests/support/test_pki.h"
#include "tests/tools/camdx_sim/sim_fixture.h"

using camie::test::CamdxSimProcess;
using camie::test::SimClient;
using camie::test::SimFixture;
using camie::test::SimResponse;
using camie::test::TestPki;

namespace {

QStringList mtlsArgs(const TestPki& pki) {
  return {"--mode",         "mtls",
          "--cert",         pki.server().cert,
          "--key",          pki.server().key,
          "--client-ca",    pki.caCert(),
          "--allow-client", CamdxSimProcess::clientId() + "=" + pki.client().cert};
}

SimClient clientWith(const CamdxSimProcess& sim, const TestPki& pki, const TestPki::Pair& cert) {
  SimClient c(sim.url());
  c.setTls({pki.caCert(), cert.cert, cert.key, QString()});
  return c;
}

} // namespace

TEST_CASE("tls mode serves HTTPS without a client certificate", "[sim]") {
  TestPki pki;
  SimFixture f({"--mode", "tls", "--cert", pki.server().cert, "--key", pki.server().key},
               {pki.caCert(), {}, {}, {}});
  CHECK(f.sim.url().startsWith("https://127.0.0.1:"));
  CHECK(f.sendOne(f.records.seal(f.records.next())).value("status").toString() == "accepted");
}

TEST_CASE("mtls mode accepts the client certificate registered for the client id", "[sim]") {
  TestPki pki;
  SimFixture f(mtlsArgs(pki), {pki.caCert(), pki.client().cert, pki.client().key, {}});
  CHECK(f.sendOne(f.records.seal(f.records.next())).value("status").toString() == "accepted");

  SimClient encrypted(f.sim.url());
  encrypted.setTls(
      {pki.caCert(), pki.client().cert, pki.clientKeyEncrypted(), TestPki::passphrase()});
  CHECK(encrypted.get("v1/stats/provinces").status == 200);
}

TEST_CASE("mtls mode refuses a connection without a client certificate", "[sim]") {
  TestPki pki;
  CamdxSimProcess sim(mtlsArgs(pki));
  SimClient anonymous(sim.url());
  anonymous.setTls({pki.caCert(), {}, {}, {}});
  const SimResponse r = anonymous.get("v1/stats/provinces");
  INFO(r.curlError.toStdString());
  CHECK_FALSE(r.ok());
  CHECK(r.status == 0);
  CHECK(sim.summary().value("requests").toInt() == 0);
}

TEST_CASE("mtls mode refuses a client certificate from another CA", "[sim]") {
  TestPki pki;
  CamdxSimProcess sim(mtlsArgs(pki));
  const SimResponse r = clientWith(sim, pki, pki.otherClient()).get("v1/stats/provinces");
  INFO(r.curlError.toStdString());
  CHECK_FALSE(r.ok());
  CHECK(r.status == 0);
  CHECK(sim.summary().value("requests").toInt() == 0);
}

TEST_CASE("mtls mode refuses a certificate not registered for the request's client id", "[sim]") {
  TestPki pki;
  const TestPki::Pair stranger = pki.issueClient("stranger", {"Wing Bank", "WING"});
  CamdxSimProcess sim(mtlsArgs(pki));

  const SimResponse wrongCert = clientWith(sim, pki, stranger).get("v1/stats/provinces");
  CHECK(wrongCert.status == 500);
  CHECK(wrongCert.header("X-Road-Error") == "Server.ClientProxy.SslAuthenticationFailed");

  SimClient wrongClientId = clientWith(sim, pki, pki.client());
  wrongClientId.setClientId("CAMBODIA/COM/WING/KIOSK");
  const SimResponse r = wrongClientId.get("v1/stats/provinces");
  CHECK(r.status == 500);
  CHECK(r.json().value("type").toString() == "Server.ClientProxy.SslAuthenticationFailed");
  CHECK(sim.summary().value("xroadErrors").toInt() == 2);
}

TEST_CASE("the test PKI's expired and wrong-host server certificates fail verification", "[sim]") {
  TestPki pki;
  for (const TestPki::Pair& server : {pki.expiredServer(), pki.wrongHostServer()}) {
    CamdxSimProcess sim({"--mode", "tls", "--cert", server.cert, "--key", server.key});
    SimClient c(sim.url());
    c.setTls({pki.caCert(), {}, {}, {}});
    const SimResponse r = c.get("v1/stats/provinces");
    INFO(r.curlError.toStdString());
    CHECK(r.curlCode == CURLE_PEER_FAILED_VERIFICATION);
  }
  CamdxSimProcess other(
      {"--mode", "tls", "--cert", pki.otherServer().cert, "--key", pki.otherServer().key});
  SimClient c(other.url());
  c.setTls({pki.caCert(), {}, {}, {}});
  CHECK(c.get("v1/stats/provinces").curlCode == CURLE_PEER_FAILED_VERIFICATION);
  CHECK(TestPki::publicKeyPin(pki.server().cert).startsWith("sha256//"));
  CHECK(TestPki::publicKeyPin(pki.server().cert) != TestPki::publicKeyPin(pki.otherServer().cert));
}

TEST_CASE("camdx-sim stops cleanly on SIGTERM after serving HTTPS", "[sim]") {
  TestPki pki;
  SimFixture f(mtlsArgs(pki), {pki.caCert(), pki.client().cert, pki.client().key, {}});
  CHECK(f.sendOne(f.records.seal(f.records.next())).value("status").toString() == "accepted");
  const int status = f.sim.stop();
  INFO(f.sim.log().toStdString());
  CHECK(status == 0);       // in sanitizer builds: no leak either
  CHECK(f.sim.stop() == 0); // idempotent
}
