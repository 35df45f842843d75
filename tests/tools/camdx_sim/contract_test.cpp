// The OpenAPI contract (docs/api/registry.yaml): its own examples are valid,
// and camdx-sim answers as it says.
#include "tests/support/openapi_contract.h"
#include "tests/tools/camdx_sim/sim_fixture.h"

#include <QJsonDocument>

using camie::test::OpenApiContract;
using camie::test::SealedRecords;
using camie::test::SimFixture;
using camie::test::SimResponse;

namespace {

const OpenApiContract& contract() {
  static const OpenApiContract loaded = [] {
    auto c = OpenApiContract::load(QStringLiteral(CAMIE_SOURCE_DIR "/docs/api/registry.yaml"));
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    return *c;
  }();
  return loaded;
}

QJsonValue bodyOf(const SimResponse& r) {
  if (r.body.isEmpty())
    return QJsonValue::Undefined;
  const QJsonDocument doc = QJsonDocument::fromJson(r.body);
  return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void requireAnswered(const char* method, const QString& path, const SimResponse& r) {
  INFO(method << " " << path.toStdString() << " → " << r.status << " " << r.body.toStdString());
  const auto valid =
      contract().validateResponse(method, path, static_cast<int>(r.status), bodyOf(r));
  INFO((valid ? QString() : valid.error().message).toStdString());
  REQUIRE(valid.ok());
}

} // namespace

TEST_CASE("the YAML reader gives core-schema scalars, flow collections and aliases", "[sim]") {
  auto v = OpenApiContract::parseYaml("a: 1\nb: \"1\"\nc: [x, 2.5, true, null]\nd: &anchor {e: f}\n"
                                      "g: *anchor\nh: |\n  two\n  lines\n'200': ok\n");
  REQUIRE(v.ok());
  const QJsonObject o = v->toObject();
  CHECK(o.value("a") == QJsonValue(1));
  CHECK(o.value("b") == QJsonValue("1"));
  CHECK(o.value("c").toArray() == QJsonArray{"x", 2.5, true, QJsonValue::Null});
  CHECK(o.value("g") == o.value("d"));
  CHECK(o.value("h").toString() == "two\nlines\n");
  CHECK(o.value("200").toString() == "ok");
  CHECK_FALSE(OpenApiContract::parseYaml("a: [1, 2\n").ok());
}

TEST_CASE("every example in the OpenAPI contract is valid against its schema", "[sim]") {
  const auto examples = contract().examples();
  CHECK(examples.size() >= 8);
  int bodies = 0;
  for (const OpenApiContract::Example& e : examples) {
    INFO(e.pointer.toStdString() << " " << e.name.toStdString());
    const auto valid = contract().validate(e.value, e.schema);
    INFO((valid ? QString() : valid.error().message).toStdString());
    CHECK(valid.ok());
    if (!e.path.isEmpty()) {
      ++bodies;
      const auto again = e.status == 0
                             ? (e.pointer.contains("/parameters/")
                                    ? camie::Result<void>()
                                    : contract().validateRequest(e.method, e.path, e.value))
                             : contract().validateResponse(e.method, e.path, e.status, e.value);
      CHECK(again.ok());
    }
  }
  CHECK(bodies >= 5);
}

TEST_CASE("the contract catches bodies that break it", "[sim]") {
  const OpenApiContract& c = contract();
  const QJsonObject result{
      {"id", "x"}, {"status", "accepted"}, {"registrationNumber", "IE-02-000394"}};
  const auto ok =
      c.validateResponse("POST", "/v1/status", 200, QJsonObject{{"results", QJsonArray{result}}});
  CHECK(ok.ok());
  QJsonObject badNumber = result;
  badNumber.insert("registrationNumber", "IE-2-394");
  QJsonObject badStatus = result;
  badStatus.insert("status", "maybe");
  QJsonObject noId = result;
  noId.remove("id");
  for (const QJsonObject& bad : {badNumber, badStatus, noId}) {
    const auto r =
        c.validateResponse("POST", "/v1/status", 200, QJsonObject{{"results", QJsonArray{bad}}});
    CHECK(r.error().code == "schema_mismatch");
  }
  CHECK(c.validateRequest("POST", "/v1/batches", QJsonObject{{"batchId", "b"}}).error().code ==
        "schema_mismatch");
  CHECK(c.validateResponse("POST", "/v1/batches", 299, QJsonObject{}).error().code ==
        "undocumented_status");
  CHECK(c.validateRequest("DELETE", "/v1/batches", {}).error().code == "no_operation");
  CHECK(c.pathTemplate("/r1/CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration/v1/reference/keys") ==
        QStringLiteral("/v1/reference/{name}"));
}

TEST_CASE("camdx-sim's answers follow the contract", "[sim]") {
  SimFixture f({"--max-batch", "3"});
  const auto original = f.records.next();
  auto duplicate = f.records.next();
  duplicate.answers = original.answers;
  auto invalid = f.records.next();
  invalid.answers.insert("phone", "12");
  const QJsonObject batch = SealedRecords::batch(
      {f.records.seal(original), f.records.seal(duplicate), f.records.seal(invalid)});
  CHECK(contract().validateRequest("POST", "/v1/batches", batch).ok());
  const SimResponse answered = f.client.postBatch(batch);
  requireAnswered("POST", "/v1/batches", answered);
  // The acceptance and the duplicate carry the registry's receipt (Receipt).
  const QJsonObject schemas = contract().document()["components"]["schemas"].toObject();
  const QJsonArray results = answered.json().value("results").toArray();
  for (int i : {0, 1}) {
    const QJsonValue receipt = results.at(i).toObject().value("receipt");
    REQUIRE(receipt.isObject());
    CHECK(contract().validate(receipt, schemas.value("Receipt")).ok());
  }
  CHECK_FALSE(results.at(2).toObject().contains("receipt")); // rejected: nothing to sign
  // The keys document is the signed envelope.
  const auto envelope =
      contract().validate(f.client.get("v1/reference/keys").json(), schemas.value("KeysEnvelope"));
  INFO((envelope.ok() ? QString() : envelope.error().message).toStdString());
  CHECK(envelope.ok());
  CHECK_FALSE(contract()
                  .validate(QJsonObject{{"registry", QJsonArray{}}}, schemas.value("KeysEnvelope"))
                  .ok());

  QJsonArray four;
  for (int i = 0; i < 4; ++i)
    four.append(f.records.seal(f.records.next()));
  const SimResponse tooLarge = f.client.postBatch(SealedRecords::batch(four));
  CHECK(tooLarge.status == 413);
  requireAnswered("POST", "/v1/batches", tooLarge);

  const QByteArray status = R"({"ids": ["0193f4a1-0000-7abc-8def-0123456789ab"]})";
  requireAnswered("POST", "/v1/status", f.client.post("v1/status", status));
  for (const char* name : {"form", "gazetteer", "keys", "occupations", "nothing"}) {
    const QString path = QStringLiteral("v1/reference/") + QLatin1String(name);
    const SimResponse r = f.client.get(path);
    requireAnswered("GET", "/" + path, r);
    if (r.status == 200)
      requireAnswered("GET", "/" + path, f.client.get(path, {{"If-None-Match", r.header("ETag")}}));
  }
  requireAnswered("GET", "/v1/stats/provinces", f.client.get("v1/stats/provinces"));
  const SimResponse xroad = f.client.get("v1/stats/provinces", {}, false);
  CHECK(xroad.status == 400);
  requireAnswered("GET", "/v1/stats/provinces", xroad);

  // A kiosk whose audit log went back: a lower seq, or another hash for a seq seen.
  const QJsonObject sent = SealedRecords::batch({f.records.seal(f.records.next())});
  REQUIRE(f.client.postBatch(sent).status == 200);
  const QJsonObject anchor = sent.value("audit").toObject();
  QJsonObject lower = SealedRecords::batch({f.records.seal(f.records.next())});
  lower.insert("audit", QJsonObject{{"seq", anchor.value("seq").toInteger() - 1},
                                    {"hash", anchor.value("hash")}});
  QJsonObject rewritten = SealedRecords::batch({f.records.seal(f.records.next())});
  rewritten.insert("audit", QJsonObject{{"seq", anchor.value("seq")}, {"hash", QString(64, u'0')}});
  for (const QJsonObject& regressed : {lower, rewritten}) {
    CHECK(contract().validateRequest("POST", "/v1/batches", regressed).ok());
    const SimResponse refused = f.client.postBatch(regressed);
    CHECK(refused.status == 409);
    CHECK(refused.json().value("type").toString() == QStringLiteral("audit_regressed"));
    requireAnswered("POST", "/v1/batches", refused);
  }
  CHECK(f.client.postBatch(sent).status == 200); // the same batch again is no regression
  QJsonObject noAnchor = SealedRecords::batch({f.records.seal(f.records.next())});
  noAnchor.remove("audit");
  CHECK(!contract().validateRequest("POST", "/v1/batches", noAnchor).ok());
  CHECK(f.client.postBatch(noAnchor).status == 400);
}

TEST_CASE("the contract's request examples, posted to camdx-sim, are answered per the contract",
          "[sim]") {
  SimFixture f;
  int posted = 0;
  QStringList rejectedIds; // the batch example's records, sealed to a key the sim lacks
  for (const OpenApiContract::Example& e : contract().examples()) {
    if (e.status != 0 || e.method != "POST" || !e.value.isObject())
      continue;
    const QString path = e.path.mid(1); // "v1/batches"
    const QJsonObject body = e.value.toObject();
    const SimResponse r =
        path == "v1/batches"
            ? f.client.postBatch(body)
            : f.client.post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    REQUIRE(r.status == 200);
    requireAnswered("POST", e.path, r);
    const QJsonArray results = r.json().value("results").toArray();
    if (path == "v1/batches") {
      // Sealed to a key this registry does not hold: rejected as unreadable, never lost.
      REQUIRE(results.size() == body.value("records").toArray().size());
      CHECK(results.first().toObject().value("status").toString() == "rejected");
      CHECK(results.first().toObject().value("errors").toArray().first().toObject().value("code") ==
            QJsonValue("unreadable"));
      for (const QJsonValue& result : results)
        rejectedIds << result.toObject().value("id").toString();
    } else {
      REQUIRE(results.size() == body.value("ids").toArray().size());
      for (const QJsonValue& result : results) {
        const QString id = result.toObject().value("id").toString();
        CHECK(result.toObject().value("status").toString().toStdString() ==
              (rejectedIds.contains(id) ? "rejected" : "unknown"));
      }
    }
    ++posted;
  }
  CHECK(posted == 2);
}
