// camdx-sim as the security server: X-Road REST r1 addressing, the headers it
// requires and sets, its errors in both code styles, and the request log.
#include "tests/tools/camdx_sim/sim_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using camie::test::SimClient;
using camie::test::SimFixture;
using camie::test::SimResponse;

TEST_CASE("every answer carries the X-Road headers of the provider side", "[sim]") {
  SimFixture f;
  const QByteArray body = "{\"ids\": []}";
  const SimResponse r = f.client.post("v1/status", body, {{"X-Road-Id", "id-123"}});
  REQUIRE(r.status == 200);
  CHECK(r.header("X-Road-Client") == "CAMBODIA/COM/ACLEDA/KIOSK");
  CHECK(r.header("X-Road-Service") == "CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration");
  CHECK(r.header("X-Road-Id") == "id-123");
  CHECK_FALSE(QUuid::fromString(QString::fromLatin1(r.header("X-Road-Request-Id"))).isNull());
  CHECK(r.header("X-Road-Request-Hash") ==
        QCryptographicHash::hash(body, QCryptographicHash::Sha512).toBase64());
}

TEST_CASE("a request without an X-Road header is refused with Client.InvalidRequest", "[sim]") {
  SimFixture f;
  const SimResponse none = f.client.get("v1/stats/provinces", {}, false);
  CHECK(none.status == 400);
  CHECK(none.header("X-Road-Error") == "Client.InvalidRequest");
  CHECK(none.json().value("type").toString() == "Client.InvalidRequest");
  CHECK_FALSE(none.json().value("detail").toString().isEmpty());
  const SimResponse noUser =
      f.client.get("v1/stats/provinces",
                   {{"X-Road-Client", "CAMBODIA/COM/ACLEDA/KIOSK"}, {"X-Road-Id", "1"}}, false);
  CHECK(noUser.status == 400);
  CHECK(noUser.json().value("message").toString().contains("X-Road-UserId"));
  SimClient badClient(f.sim.url());
  badClient.setClientId("CAMBODIA/COM/ACLEDA");
  CHECK(badClient.get("v1/stats/provinces").header("X-Road-Error") == "Client.InvalidRequest");
  CHECK(f.sim.summary().value("xroadErrors").toInt() == 3);
}

TEST_CASE("X-Road errors come in snake_case with --xroad-error-style snake", "[sim]") {
  SimFixture f({"--xroad-error-style", "snake"});
  const SimResponse r = f.client.get("v1/stats/provinces", {}, false);
  CHECK(r.status == 400);
  CHECK(r.header("X-Road-Error") == "client.invalid_request");
  CHECK(r.json().value("type").toString() == "client.invalid_request");
}

TEST_CASE("identifier parts are percent-decoded and may hold '_'", "[sim]") {
  SimFixture f;
  const SimResponse r = f.client.get(
      "/r1/CAMBODIA/GOV/CAMDX-20201222/CAMDIGIKEY_KYC/ie%2Dregistration%20x/v1/stats/provinces");
  CHECK(r.status == 200);
  CHECK(r.header("X-Road-Service") ==
        "CAMBODIA/GOV/CAMDX-20201222/CAMDIGIKEY_KYC/ie-registration x");
  CHECK(f.client.get("/r1/CAMBODIA/GOV/MISTI/IE%2FREGISTRY/svc/v1/stats/provinces")
            .header("X-Road-Error") == "Client.InvalidRequest");
  CHECK(f.client.get("/r1/CAMBODIA/GOV/v1/stats").header("X-Road-Error") ==
        "Client.InvalidRequest");
  const SimResponse outside = f.client.get("/elsewhere");
  CHECK(outside.status == 404);
  CHECK(f.client.get("v1/nothing-here").status == 404);
}

TEST_CASE(
    "a fixed service (--service) refuses other services with Server.ServerProxy.UnknownService",
    "[sim]") {
  SimFixture f({"--service", "CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration"});
  CHECK(f.client.get("v1/stats/provinces").status == 200);
  const SimResponse r = f.client.get("/r1/CAMBODIA/GOV/MISTI/OTHER/svc/v1/stats/provinces");
  CHECK(r.status == 500);
  CHECK(r.header("X-Road-Error") == "Server.ServerProxy.UnknownService");
}

TEST_CASE("the request log (--record-requests) has each request with its decoded body", "[sim]") {
  QTemporaryDir log;
  REQUIRE(log.isValid());
  SimFixture f({"--record-requests", log.path()});
  const QJsonObject batch = camie::test::SealedRecords::batch({f.records.seal(f.records.next())});
  REQUIRE(f.client.postBatch(batch, true).status == 200);

  const QStringList files = QDir(log.path()).entryList({"*.json"}, QDir::Files, QDir::Name);
  REQUIRE(files.size() == 2); // GET keys (by the fixture), then the batch
  CHECK(files.at(1).endsWith("-POST-batches.json"));
  QFile file(log.filePath(files.at(1)));
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
  CHECK(entry.value("method").toString() == "POST");
  CHECK(entry.value("path").toString().endsWith("/v1/batches"));
  const QJsonObject headers = entry.value("headers").toObject();
  CHECK(headers.value("Content-Encoding").toString() == "gzip");
  CHECK(headers.value("Idempotency-Key") == batch.value("batchId"));
  CHECK(entry.value("body").toObject() == batch);
}
