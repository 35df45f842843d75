// camdx-sim's scripted faults, one kind at a time: what the client sees and
// what the registry stored.
#include "tests/tools/camdx_sim/sim_fixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryFile>

using camie::test::SealedRecords;
using camie::test::SimFixture;
using camie::test::SimResponse;

namespace {

QStringList fault(const QString& spec) {
  return {"--fault", spec};
}

QString onlyResult(const SimFixture& f, const QString& id) {
  return f.status({id}).first().toObject().value("status").toString();
}

} // namespace

TEST_CASE("reset after commit: the client sees a reset, the records are stored", "[sim]") {
  SimFixture f(fault("reset_after_commit:path=*/batches,count=1"));
  const QJsonObject sealed = f.records.seal(f.records.next());
  const SimResponse r = f.client.postBatch(SealedRecords::batch({sealed}));
  INFO(r.curlError.toStdString());
  CHECK_FALSE(r.ok());
  CHECK(r.status == 0);
  CHECK(f.sim.summary().value("accepted").toInt() == 1);
  const QJsonObject looked = f.status({sealed.value("id").toString()}).first().toObject();
  CHECK(looked.value("status").toString() == "accepted");
  CHECK(f.sendOne(sealed) == looked); // the resend after the lost ack: same number
  CHECK(f.sim.registrations().size() == 1);
  CHECK(f.sim.summary().value("faults").toObject().value("reset_after_commit").toInt() == 1);
}

TEST_CASE("reset before commit: the client sees a reset, nothing is stored", "[sim]") {
  SimFixture f(fault("reset_before_commit:path=*/batches,count=1"));
  const QJsonObject sealed = f.records.seal(f.records.next());
  const SimResponse r = f.client.postBatch(SealedRecords::batch({sealed}));
  CHECK_FALSE(r.ok());
  CHECK(f.sim.summary().value("accepted").toInt() == 0);
  CHECK(onlyResult(f, sealed.value("id").toString()) == "unknown");
  CHECK(f.sendOne(sealed).value("status").toString() == "accepted");
}

TEST_CASE("a batch above --max-batch gets 413", "[sim]") {
  SimFixture f({"--max-batch", "2"});
  QJsonArray three;
  for (int i = 0; i < 3; ++i)
    three.append(f.records.seal(f.records.next()));
  CHECK(f.client.postBatch(SealedRecords::batch(three)).status == 413);
  CHECK(f.sim.summary().value("accepted").toInt() == 0);
  three.removeLast();
  CHECK(f.send(three).size() == 2);
  CHECK(f.sim.summary().value("tooLarge").toInt() == 1);
}

TEST_CASE("429 and 503 carry Retry-After in seconds or as an HTTP date", "[sim]") {
  SimFixture f({"--fault", "too_many_requests:path=*/batches,count=1,retry_after=7", "--fault",
                "unavailable:path=*/batches,count=1,retry_after=120,retry_after_format=date"});
  const QJsonObject batch = SealedRecords::batch({f.records.seal(f.records.next())});
  const SimResponse busy = f.client.postBatch(batch);
  CHECK(busy.status == 429);
  CHECK(busy.header("Retry-After") == "7");
  const SimResponse unavailable = f.client.postBatch(batch);
  CHECK(unavailable.status == 503);
  const QDateTime when = QLocale::c().toDateTime(
      QString::fromLatin1(unavailable.header("Retry-After")), "ddd, dd MMM yyyy hh:mm:ss 'GMT'");
  CHECK(when.isValid());
  CHECK(f.sim.summary().value("accepted").toInt() == 0);
  CHECK(f.client.postBatch(batch).status == 200);
}

TEST_CASE("a truncated answer: Content-Length promises more than is sent", "[sim]") {
  SimFixture f(fault("truncate:path=*/batches,count=1,keep=0.5"));
  const QJsonObject sealed = f.records.seal(f.records.next());
  const SimResponse r = f.client.postBatch(SealedRecords::batch({sealed}));
  INFO(r.curlError.toStdString());
  CHECK(r.curlCode == CURLE_PARTIAL_FILE);
  CHECK(r.status == 200);
  CHECK(QJsonDocument::fromJson(r.body).isNull());
  CHECK(onlyResult(f, sealed.value("id").toString()) == "accepted"); // stored before the cut
}

TEST_CASE("a wrong content type: an HTML page instead of the registry's JSON", "[sim]") {
  SimFixture f(fault("wrong_content_type:path=*/batches,count=1"));
  const QJsonObject sealed = f.records.seal(f.records.next());
  const SimResponse r = f.client.postBatch(SealedRecords::batch({sealed}));
  CHECK(r.status == 200);
  CHECK(r.header("Content-Type").startsWith("text/html"));
  CHECK(r.body.startsWith("<!DOCTYPE html>"));
  CHECK(onlyResult(f, sealed.value("id").toString()) == "unknown");
}

TEST_CASE("a scripted X-Road error, in snake_case", "[sim]") {
  SimFixture f({"--xroad-error-style", "snake", "--fault", "xroad_error:path=*/batches,count=1"});
  const SimResponse r =
      f.client.postBatch(SealedRecords::batch({f.records.seal(f.records.next())}));
  CHECK(r.status == 500);
  CHECK(r.header("X-Road-Error") == "server.serverproxy.network_error");
  CHECK(r.json().value("type").toString() == "server.serverproxy.network_error");
}

TEST_CASE("a trickled or delayed answer still arrives whole", "[sim]") {
  SimFixture f({"--fault", "trickle:path=*/batches,count=1,chunk_bytes=7,interval_ms=1", "--fault",
                "latency:path=*/status,ms=50"});
  const QJsonObject sealed = f.records.seal(f.records.next());
  const QJsonObject accepted = f.sendOne(sealed);
  CHECK(accepted.value("status").toString() == "accepted");
  CHECK(f.status({sealed.value("id").toString()}).first().toObject() == accepted);
  CHECK(f.sim.summary().value("faults").toObject().value("trickle").toInt() == 1);
}

TEST_CASE("retry_records answers records 'retry' and stores none of them", "[sim]") {
  SimFixture f(fault("retry_records:path=*/batches,count=1"));
  const QJsonObject sealed = f.records.seal(f.records.next());
  CHECK(f.sendOne(sealed).value("status").toString() == "retry");
  CHECK(onlyResult(f, sealed.value("id").toString()) == "unknown");
  CHECK(f.sendOne(sealed).value("status").toString() == "accepted");
}

TEST_CASE("retry_records with a record id fails that record every time and only it", "[sim]") {
  SimFixture f;
  const QJsonObject failing = f.records.seal(f.records.next());
  const QJsonObject other = f.records.seal(f.records.next());
  const QString id = failing.value("id").toString();
  f.sim.admin("PUT", "/_sim/scenario",
              QStringLiteral(R"({"faults": [{"kind": "retry_records", "path": "*/batches", )"
                             R"("record": "%1"}]})")
                  .arg(id)
                  .toUtf8());
  for (int i = 0; i < 3; ++i) {
    const QJsonArray results = f.send(QJsonArray{failing, other});
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).toObject().value("status").toString() == "retry");
    CHECK(results.at(1).toObject().value("status").toString() == "accepted");
  }
  CHECK(onlyResult(f, id) == "unknown");
  CHECK(f.sim.registrations().size() == 1);
}

TEST_CASE("a scenario file picks requests by path, after, count and probability", "[sim]") {
  QTemporaryFile scenario;
  REQUIRE(scenario.open());
  scenario.write(R"({"seed": 7, "faults": [
      {"kind": "unavailable", "path": "*/stats/provinces", "after": 1, "count": 2},
      {"kind": "xroad_error", "path": "*/status", "probability": 0},
      {"kind": "too_many_requests", "method": "GET", "path": "*/reference/*", "probability": 1}]})");
  scenario.close();
  camie::test::CamdxSimProcess sim({"--scenario", scenario.fileName()});
  const camie::test::SimClient client(sim.url());
  QList<long> statuses;
  for (int i = 0; i < 4; ++i)
    statuses << client.get("v1/stats/provinces").status;
  CHECK(statuses == QList<long>{200, 503, 503, 200});
  CHECK(client.post("v1/status", "{\"ids\": []}").status == 200);
  CHECK(client.get("v1/reference/form").status == 429);
  CHECK(client.get("v1/reference/keys").status == 429);
}

TEST_CASE("PUT /_sim/scenario replaces the faults at run time", "[sim]") {
  SimFixture f;
  CHECK(f.client.get("v1/stats/provinces").status == 200);
  f.sim.admin("PUT", "/_sim/scenario",
              R"({"faults": [{"kind": "unavailable", "path": "*"}], "max_batch": 5})");
  CHECK(f.client.get("v1/stats/provinces").status == 503);
  const QJsonObject cleared = f.sim.admin("DELETE", "/_sim/scenario").toObject();
  CHECK(cleared.value("faults").toArray().isEmpty());
  CHECK(cleared.value("max_batch").toInt() == 5);
  CHECK(f.client.get("v1/stats/provinces").status == 200);
}

TEST_CASE("a rate limit (--max-rps) answers 429 with Retry-After beyond the rate", "[sim]") {
  SimFixture f({"--max-rps", "2"});
  SimResponse limited;
  for (int i = 0; i < 50 && limited.status != 429; ++i)
    limited = f.client.get("v1/stats/provinces");
  REQUIRE(limited.status == 429);
  CHECK(limited.header("Retry-After").toInt() >= 1);
  CHECK(f.sim.summary().value("rateLimited").toInt() >= 1);
}
