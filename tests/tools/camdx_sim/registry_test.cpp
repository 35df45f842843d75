// camdx-sim as the registry: sealed records opened, validated, numbered once
// per record id and per person, looked up, and kept across restarts.
#include "tests/tools/camdx_sim/sim_fixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using camie::test::CamdxSimProcess;
using camie::test::SimFixture;

namespace {

QString villageIn(const QString& province) {
  const auto& g = camie::test::SealedRecords::gazetteer();
  QString code = province;
  while (code.size() < 8)
    code = g.children(code).first()->code;
  return code;
}

QString seedStatsFile() {
  return QStringLiteral(CAMIE_SOURCE_DIR "/tools/camdx-sim/data/seed-stats.json");
}

} // namespace

TEST_CASE("camdx-sim accepts a sealed record and numbers it IE-{province}-{6 digits}", "[sim]") {
  SimFixture f;
  const auto record = f.records.next();
  const QJsonObject result = f.sendOne(f.records.seal(record));
  CHECK(result.value("id").toString() == record.id);
  REQUIRE(result.value("status").toString() == "accepted");
  const QString number = result.value("registrationNumber").toString();
  const QString province = record.answers.value("village_code").toString().left(2);
  CHECK(QRegularExpression("^IE-[0-9]{2}-[0-9]{6}$").match(number).hasMatch());
  CHECK(number.startsWith("IE-" + province + "-"));
  CHECK(number.endsWith("-000001"));
  const QJsonObject summary = f.sim.summary();
  CHECK(summary.value("accepted").toInt() == 1);
  CHECK(summary.value("batchRequests").toInt() == 1);
}

TEST_CASE("a resent record id gets the same answer and never a second number", "[sim]") {
  SimFixture f;
  const QJsonObject sealed = f.records.seal(f.records.next());
  const QJsonObject first = f.sendOne(sealed);
  const QJsonObject again = f.sendOne(sealed);
  const QJsonArray twiceInOneBatch = f.send({sealed, sealed});
  CHECK(again == first);
  CHECK(twiceInOneBatch.at(0).toObject() == first);
  CHECK(twiceInOneBatch.at(1).toObject() == first);
  const QJsonArray registered = f.sim.registrations();
  REQUIRE(registered.size() == 1);
  CHECK(registered.first().toObject().value("number") == first.value("registrationNumber"));
  CHECK(f.sim.summary().value("resends").toInt() == 3);
}

TEST_CASE("the same person under another record id is a duplicate with the original's number",
          "[sim]") {
  SimFixture f;
  const auto original = f.records.next();
  auto copy = f.records.next();
  copy.answers = original.answers;
  const QJsonObject accepted = f.sendOne(f.records.seal(original));
  const QJsonObject duplicate = f.sendOne(f.records.seal(copy));
  CHECK(duplicate.value("status").toString() == "duplicate");
  CHECK(duplicate.value("id").toString() == copy.id);
  CHECK(duplicate.value("registrationNumber") == accepted.value("registrationNumber"));
  CHECK(f.sendOne(f.records.seal(copy)) == duplicate); // idempotent too
  const QJsonObject summary = f.sim.summary();
  CHECK(summary.value("accepted").toInt() == 1);
  CHECK(summary.value("duplicates").toInt() == 1);
}

TEST_CASE("invalid answers are rejected with field errors, and a new revision is judged again",
          "[sim]") {
  SimFixture f;
  auto record = f.records.next();
  const QJsonObject valid = record.answers;
  record.answers.insert("phone", "12");
  record.answers.remove("name_en");
  const QJsonObject rejected = f.sendOne(f.records.seal(record));
  REQUIRE(rejected.value("status").toString() == "rejected");
  CHECK_FALSE(rejected.contains("registrationNumber"));
  QStringList fields;
  for (const QJsonValue& e : rejected.value("errors").toArray()) {
    fields << e.toObject().value("field").toString();
    CHECK_FALSE(e.toObject().value("code").toString().isEmpty());
    CHECK_FALSE(e.toObject().value("message").toString().isEmpty());
  }
  CHECK(fields.contains("phone"));
  CHECK(fields.contains("name_en"));
  CHECK(f.sendOne(f.records.seal(record)) == rejected); // the same revision again

  record.revision = 2;
  record.answers = valid;
  CHECK(f.sendOne(f.records.seal(record)).value("status").toString() == "accepted");
}

TEST_CASE("a record that does not open is rejected as unreadable", "[sim]") {
  SimFixture f;
  QJsonObject tampered = f.records.seal(f.records.next());
  QByteArray ct = QByteArray::fromBase64(tampered.value("ct").toString().toLatin1());
  ct[5] = static_cast<char>(ct[5] ^ 0x01);
  tampered.insert("ct", QString::fromLatin1(ct.toBase64()));
  QJsonObject unknownKey = f.records.seal(f.records.next());
  unknownKey.insert("keyId", "reg-nobody");
  for (const QJsonValue& v : f.send({tampered, unknownKey})) {
    const QJsonObject result = v.toObject();
    CHECK(result.value("status").toString() == "rejected");
    const QJsonObject error = result.value("errors").toArray().first().toObject();
    CHECK(error.value("field").toString() == "");
    CHECK(error.value("code").toString() == "unreadable");
  }
}

TEST_CASE("POST status answers what the registry knows, and unknown for the rest", "[sim]") {
  SimFixture f;
  const QJsonObject sealed = f.records.seal(f.records.next());
  const QJsonObject accepted = f.sendOne(sealed);
  const QJsonArray results =
      f.status({sealed.value("id").toString(), "0193f4a1-0001-7abc-8def-0123456789ab"});
  REQUIRE(results.size() == 2);
  CHECK(results.at(0).toObject() == accepted);
  CHECK(results.at(1).toObject() ==
        QJsonObject{{"id", "0193f4a1-0001-7abc-8def-0123456789ab"}, {"status", "unknown"}});
}

TEST_CASE("a gzip-compressed batch is accepted like an identity one", "[sim]") {
  SimFixture f;
  const QJsonArray results =
      f.send({f.records.seal(f.records.next()), f.records.seal(f.records.next())}, true);
  CHECK(results.at(0).toObject().value("status").toString() == "accepted");
  CHECK(results.at(1).toObject().value("status").toString() == "accepted");
  const camie::test::SimResponse broken = f.client.post(
      "v1/batches", "not gzip", {{"Content-Encoding", "gzip"}, {"Idempotency-Key", "b"}});
  CHECK(broken.status == 400);
}

TEST_CASE("after a key rotation, records sealed to the old key still open", "[sim]") {
  SimFixture f;
  const QString oldKid = f.records.newestKid();
  CHECK(oldKid == "reg-sim-01");
  const QJsonObject sealedToOld = f.records.seal(f.records.next());
  const QString newKid = f.sim.rotateKey();
  CHECK(newKid == "reg-sim-02");

  camie::test::SealedRecords rotated(f.keys(), 2);
  CHECK(rotated.newestKid() == newKid);
  const QJsonObject sealedToNew = rotated.seal(rotated.next());
  const QJsonArray results = f.send({sealedToOld, sealedToNew});
  CHECK(results.at(0).toObject().value("status").toString() == "accepted");
  CHECK(results.at(1).toObject().value("status").toString() == "accepted");
  CHECK(f.keys().value("registry").toArray().size() == 2);
}

TEST_CASE("the flags --rotate-key and --suite choose the keys published", "[sim]") {
  SimFixture f({"--suite", "CHACHA20POLY1305", "--rotate-key"});
  const QJsonArray keys = f.keys().value("registry").toArray();
  REQUIRE(keys.size() == 2);
  for (const QJsonValue& k : keys)
    CHECK(k.toObject().value("suite").toString() == "X25519-SHA256-CHACHA20POLY1305");
  CHECK(f.records.newestKid() == "reg-sim-02");
  CHECK(f.sendOne(f.records.seal(f.records.next())).value("status").toString() == "accepted");
  const QJsonArray portal = f.keys().value("portal").toArray();
  REQUIRE(portal.size() == 1);
  CHECK(portal.first().toObject().value("alg").toString() == "Ed25519");
}

TEST_CASE("statistics rank the provinces, seeded counts included", "[sim]") {
  SimFixture f({"--seed-stats", seedStatsFile()});
  auto record = f.records.next();
  record.answers.insert("village_code", villageIn("02"));
  const QJsonObject accepted = f.sendOne(f.records.seal(record));
  CHECK(accepted.value("registrationNumber").toString() == "IE-02-000395");

  const QJsonObject stats = f.client.get("v1/stats/provinces").json();
  CHECK(stats.value("total").toInt() == 18523);
  const QJsonArray provinces = stats.value("provinces").toArray();
  CHECK(provinces.size() == 25);
  const QJsonObject first = provinces.first().toObject();
  CHECK(first.value("code").toString() == "12");
  CHECK(first.value("rank").toInt() == 1);
  const QJsonObject eleventh = provinces.at(10).toObject();
  CHECK(eleventh.value("code").toString() == "02");
  CHECK(eleventh.value("registrations").toInt() == 395);
  CHECK(eleventh.value("rank").toInt() == 11);
  CHECK(eleventh.value("name_en").toString() == "Battambang Province");
  CHECK(eleventh.value("name_km").toString() == "ខេត្តបាត់ដំបង");
}

TEST_CASE("the registry's state survives a restart", "[sim]") {
  QTemporaryDir state;
  REQUIRE(state.isValid());
  const QStringList args{"--state-dir", state.path()};
  QJsonObject sealed;
  QJsonObject first;
  QJsonObject keys;
  {
    SimFixture f(args);
    keys = f.keys();
    sealed = f.records.seal(f.records.next());
    first = f.sendOne(sealed);
    QJsonObject anchored = camie::test::SealedRecords::batch({f.records.seal(f.records.next())});
    anchored.insert("deviceId", "kiosk-anchored");
    anchored.insert("audit", QJsonObject{{"seq", 1000000}, {"hash", QString(64, u'a')}});
    REQUIRE(f.client.postBatch(anchored).status == 200);
  }
  SimFixture f(args);
  // The same keys and root (the document is signed anew, with a new issued_at).
  QJsonObject again = f.keys();
  again.remove("issued_at");
  keys.remove("issued_at");
  CHECK(again == keys);
  CHECK(f.sendOne(sealed) == first); // the same answer, its receipt signed by the same root
  CHECK(f.sim.registrations().size() == 2);
  // The audit anchors are remembered too: a lower one is still refused.
  QJsonObject regressed = camie::test::SealedRecords::batch({f.records.seal(f.records.next())});
  regressed.insert("deviceId", "kiosk-anchored");
  regressed.insert("audit", QJsonObject{{"seq", 999990}, {"hash", QString(64, u'b')}});
  CHECK(f.client.postBatch(regressed).status == 409);
  const auto permissions = QFile::permissions(state.filePath("registry.key"));
  CHECK(permissions.testFlag(QFileDevice::ReadOwner));
  CHECK((permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
  const auto root = QFile::permissions(state.filePath("registry-root.pem"));
  CHECK((root & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}
