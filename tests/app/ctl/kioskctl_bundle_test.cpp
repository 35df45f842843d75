// USB bundles for drives with no network: camie-kioskctl export on one kiosk,
// import on another that syncs to camdx-sim over mutual TLS. Every record is
// accepted once; a tampered, damaged or foreign bundle is refused with a clear
// error and nothing imported; importing twice changes nothing; the exporting
// kiosk learns its records' fate through the status look-up.
#include "core/util/result.h"
#include "support/camdx_sim_process.h"
#include "support/kioskctl_runner.h"
#include "support/openapi_contract.h"
#include "support/test_pins.h"
#include "support/test_pki.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QSet>

using camie::test::CamdxSimProcess;
using camie::test::CtlRun;
using camie::test::KioskctlRunner;
using camie::test::TestPki;

namespace {

const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);

// `trust`: "bundles" sets bundles/trusted_ca; "device" only the enrolment
// chain (device/ca_file), which imports trust by default.
void writeConfig(const KioskctlRunner& ctl, const QString& deviceId, const TestPki& pki,
                 const TestPki::Pair& cert, const CamdxSimProcess& sim, const QString& trust) {
  QByteArray conf = "[store]\ndatabase=kiosk.db\n[device]\nid=" + deviceId.toUtf8() + '\n';
  if (trust == u"device")
    conf += "ca_file=" + pki.caCert().toUtf8() + '\n';
  conf += "[sync]\nendpoint=" + sim.url().toUtf8() +
          "\nconnection=mtls\nclient=" + CamdxSimProcess::clientId().toUtf8() +
          "\nca_file=" + pki.caCert().toUtf8() + "\ncert_file=" + cert.cert.toUtf8() +
          "\nkey_file=" + cert.key.toUtf8() +
          "\nbatch_records=50\n[trust]\nregistry_roots=" + sim.rootsFile().toUtf8() + '\n';
  if (trust == u"bundles")
    conf += "[bundles]\ntrusted_ca=" + pki.caCert().toUtf8() + '\n';
  ctl.writeFile(QStringLiteral("kiosk.conf"), conf);
}

void prepareKiosk(const KioskctlRunner& ctl, int records) {
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun refdata = ctl.run({QStringLiteral("sync"), QStringLiteral("--once"),
                                  QStringLiteral("--max-wait"), QStringLiteral("5")});
  INFO(refdata.out.constData() << refdata.err.constData());
  REQUIRE(refdata.exitCode == 0);
  const CtlRun fill = ctl.run({QStringLiteral("demo-fill"), QString::number(records),
                               QStringLiteral("--operator"), QStringLiteral("tech1")},
                              kPin);
  INFO(fill.err.constData());
  REQUIRE(fill.exitCode == 0);
}

// One registration with values the test knows, finalised on that kiosk.
const QByteArray kKnownPerson = R"({"category": "seasonal_worker", "name_km": "ស្រីមុំ ចាន់ថា",
    "name_en": "Srey Mom Chantha", "sex": "female", "dob": "1991-03-08", "nationality": "KH",
    "id_type": "national_id", "id_number": "987650123", "phone": "097 864 2531",
    "village_code": "02010101", "occupation": "Market vendor", "consent": true})";

void registerKnownPerson(const KioskctlRunner& ctl) {
  ctl.writeFile(QStringLiteral("known.json"), kKnownPerson);
  const CtlRun run =
      ctl.run({QStringLiteral("register"), QStringLiteral("--operator"), QStringLiteral("tech1"),
               QStringLiteral("--answers"), ctl.file(QStringLiteral("known.json"))},
              kPin);
  INFO(run.out.constData() << run.err.constData());
  REQUIRE(run.exitCode == 0);
  REQUIRE(run.json().value(QStringLiteral("finalised")).toInt() == 1);
}

// Every layer of a file: the bytes, and for JSON each string value and what
// it decodes to as base64, recursively (the bundle's payload is base64 JSON
// whose records hold base64 `enc` and `ct`).
void collectLayers(const QByteArray& bytes, QList<QByteArray>& layers, int depth = 0) {
  layers << bytes;
  if (depth > 4)
    return;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes);
  QList<QJsonValue> pending;
  if (doc.isObject())
    pending << doc.object();
  if (doc.isArray())
    pending << doc.array();
  while (!pending.isEmpty()) {
    const QJsonValue v = pending.takeLast();
    if (v.isObject()) {
      for (const QJsonValue& child : v.toObject())
        pending << child;
    } else if (v.isArray()) {
      for (const QJsonValue& child : v.toArray())
        pending << child;
    } else if (v.isString()) {
      const QByteArray text = v.toString().toUtf8();
      layers << text;
      auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
      if (decoded && !decoded.decoded.isEmpty())
        collectLayers(decoded.decoded, layers, depth + 1);
    }
  }
}

QJsonObject counts(const KioskctlRunner& ctl) {
  return ctl.run({QStringLiteral("status")}).json().value(QStringLiteral("counts")).toObject();
}

CtlRun syncOnce(const KioskctlRunner& ctl) {
  return ctl.run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-wait"),
                  QStringLiteral("30"), QStringLiteral("--no-refdata")});
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

// The bundle with one byte of one record's ciphertext changed, and the
// envelope otherwise intact (as someone editing the file would leave it).
QByteArray tampered(const QByteArray& bundle) {
  QJsonObject envelope = QJsonDocument::fromJson(bundle).object();
  QJsonObject payload =
      QJsonDocument::fromJson(
          QByteArray::fromBase64(envelope.value(u"payload").toString().toLatin1()))
          .object();
  QJsonArray records = payload.value(u"records").toArray();
  QJsonObject first = records.at(0).toObject();
  QByteArray ct = QByteArray::fromBase64(first.value(u"ct").toString().toLatin1());
  ct[5] = static_cast<char>(ct[5] ^ 0x01);
  first.insert(QStringLiteral("ct"), QString::fromLatin1(ct.toBase64()));
  records.replace(0, first);
  payload.insert(QStringLiteral("records"), records);
  envelope.insert(
      QStringLiteral("payload"),
      QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64()));
  return QJsonDocument(envelope).toJson();
}

camie::Error errorOf(const CtlRun& run) {
  const QJsonObject error = run.json().value(u"error").toObject();
  return {error.value(u"code").toString(), error.value(u"message").toString()};
}

CtlRun importBundle(const KioskctlRunner& ctl, const QString& file, QStringList extra = {}) {
  return ctl.run(QStringList{QStringLiteral("import"), file} + extra);
}

} // namespace

TEST_CASE("records exported by a kiosk with no network reach the registry through another "
          "kiosk, each once",
          "[bundle][e2e]") {
  TestPki pki;
  // Each kiosk's certificate names it (serialNumber), as enrolment makes it.
  TestPki::Subject fieldSubject;
  fieldSubject.deviceId = QStringLiteral("kiosk-field-7");
  const TestPki::Pair fieldCert = pki.issueClient(QStringLiteral("field"), fieldSubject);
  TestPki::Subject branchSubject;
  branchSubject.deviceId = QStringLiteral("kiosk-branch-2");
  const TestPki::Pair branchCert = pki.issueClient(QStringLiteral("branch"), branchSubject);
  KioskctlRunner field;  // the village drive: no network after it got its reference data
  KioskctlRunner branch; // the bank branch: online
  const QString requests = branch.file(QStringLiteral("requests"));
  CamdxSimProcess sim(
      {QStringLiteral("--mode"), QStringLiteral("mtls"), QStringLiteral("--cert"),
       pki.server().cert, QStringLiteral("--key"), pki.server().key, QStringLiteral("--client-ca"),
       pki.caCert(), QStringLiteral("--allow-client"),
       CamdxSimProcess::clientId() + u'=' + fieldCert.cert, QStringLiteral("--allow-client"),
       CamdxSimProcess::clientId() + u'=' + branchCert.cert, QStringLiteral("--record-requests"),
       requests, QStringLiteral("--quiet")});
  writeConfig(field, QStringLiteral("kiosk-field-7"), pki, fieldCert, sim,
              QStringLiteral("bundles"));
  writeConfig(branch, QStringLiteral("kiosk-branch-2"), pki, branchCert, sim,
              QStringLiteral("device"));
  prepareKiosk(field, 39);
  registerKnownPerson(field);
  prepareKiosk(branch, 5);
  const QString stick = field.file(QStringLiteral("usb"));
  REQUIRE(QDir().mkpath(stick));

  const CtlRun exported = field.run({QStringLiteral("export"), QStringLiteral("--to"), stick});
  INFO(exported.out.constData() << exported.err.constData());
  REQUIRE(exported.exitCode == 0);
  const QJsonObject exportJson = exported.json();
  CHECK(exportJson.value(u"records").toInt() == 40);
  const QString bundle = exportJson.value(u"file").toString();
  CHECK(QFileInfo(bundle).dir() == QDir(stick));
  CHECK(QFileInfo(bundle).fileName().startsWith(u"camie-kiosk-field-7-"));
  CHECK(counts(field).value(u"exported").toInt() == 40);
  CHECK(counts(field).value(u"sealed").toInt() == 0);
  // Nothing in the file can be read without the registry's key: at no layer
  // of it (payload, records, their enc and ct) does the known person's data
  // or a field name of the form appear.
  const QByteArray bytes = readAll(bundle);
  QList<QByteArray> layers;
  collectLayers(bytes, layers);
  CHECK(layers.size() > 3 * 40); // the payload and each record's enc and ct were decoded
  const QJsonObject known = QJsonDocument::fromJson(kKnownPerson).object();
  QList<QByteArray> secrets = {"name_en", "name_km", "id_number", "seasonal_worker",
                               "Market vendor"};
  for (const char* key : {"name_km", "name_en", "id_number", "phone", "dob"})
    secrets << known.value(QLatin1String(key)).toString().toUtf8();
  secrets << QByteArray("ស្រីមុំ") << QByteArray("\\u179f"); // the name, also JSON-escaped
  for (const QByteArray& layer : std::as_const(layers)) {
    for (const QByteArray& secret : std::as_const(secrets)) {
      INFO(secret.constData());
      CHECK_FALSE(layer.contains(secret));
    }
  }

  // Nothing left to export: no second file.
  const CtlRun again = field.run({QStringLiteral("export"), QStringLiteral("--to"), stick});
  REQUIRE(again.exitCode == 0);
  CHECK(again.json().value(u"records").toInt() == 0);
  CHECK(QDir(stick).entryList(QDir::Files).size() == 1);

  SECTION("a tampered, damaged or foreign bundle is refused and nothing is imported") {
    branch.writeFile(QStringLiteral("tampered.camie-bundle"), tampered(bytes));
    const CtlRun t = importBundle(branch, branch.file(QStringLiteral("tampered.camie-bundle")));
    CHECK(t.exitCode == 1);
    CHECK(errorOf(t).code == QStringLiteral("bundle_signature"));
    CHECK(errorOf(t).message.contains(u"changed or damaged"));

    branch.writeFile(QStringLiteral("cut.camie-bundle"), bytes.left(bytes.size() / 2));
    const CtlRun cut = importBundle(branch, branch.file(QStringLiteral("cut.camie-bundle")));
    CHECK(cut.exitCode == 1);
    CHECK(errorOf(cut).code == QStringLiteral("bundle_format"));

    const CtlRun foreign =
        importBundle(branch, bundle, {QStringLiteral("--trusted-ca"), pki.otherCaCert()});
    CHECK(foreign.exitCode == 1);
    CHECK(errorOf(foreign).code == QStringLiteral("bundle_untrusted"));

    const QJsonObject c = counts(branch);
    CHECK(c.value(u"sealed").toInt() == 5);
    CHECK(c.value(u"accepted").toInt() == 0);
  }

  SECTION("imported once, sent once; the exporting kiosk learns the registry numbers") {
    const CtlRun in = importBundle(branch, bundle);
    INFO(in.out.constData() << in.err.constData());
    REQUIRE(in.exitCode == 0);
    CHECK(in.json().value(u"imported").toInt() == 40);
    CHECK(in.json().value(u"alreadyPresent").toInt() == 0);
    CHECK(in.json().value(u"refused").toInt() == 0);
    CHECK(in.json().value(u"fromDevice").toString() == QStringLiteral("kiosk-field-7"));
    CHECK(counts(branch).value(u"sealed").toInt() == 45);

    const CtlRun twice = importBundle(branch, bundle);
    REQUIRE(twice.exitCode == 0);
    CHECK(twice.json().value(u"imported").toInt() == 0);
    CHECK(twice.json().value(u"alreadyPresent").toInt() == 40);
    CHECK(counts(branch).value(u"sealed").toInt() == 45);

    const CtlRun sent = syncOnce(branch);
    INFO(sent.out.constData() << sent.err.constData());
    REQUIRE(sent.exitCode == 0);
    CHECK(counts(branch).value(u"accepted").toInt() == 45);
    const QJsonArray registered = sim.registrations(true);
    QSet<QString> ids;
    for (const QJsonValue& r : registered)
      ids.insert(r[QStringLiteral("id")].toString());
    CHECK(registered.size() == 45);
    CHECK(ids.size() == 45);

    // The imported records went up with their origin, as the contract allows.
    auto contract = camie::test::OpenApiContract::load(
        QStringLiteral(CAMIE_SOURCE_DIR "/docs/api/registry.yaml"));
    REQUIRE(contract.ok());
    int withOrigin = 0;
    for (const QString& name :
         QDir(requests).entryList({QStringLiteral("*-POST-batches.json")}, QDir::Files)) {
      const QJsonObject logged =
          QJsonDocument::fromJson(readAll(QDir(requests).filePath(name))).object();
      auto valid = contract->validateRequest(
          QStringLiteral("POST"), logged.value(u"path").toString(), logged.value(u"body"));
      INFO((valid.ok() ? QString() : valid.error().message).toStdString());
      CHECK(valid.ok());
      for (const QJsonValue& r :
           logged[QStringLiteral("body")][QStringLiteral("records")].toArray()) {
        if (r[QStringLiteral("originDeviceId")].toString() == u"kiosk-field-7")
          ++withOrigin;
      }
    }
    CHECK(withOrigin == 40);

    // Back at the branch with the field kiosk: a look-up, no second upload.
    const int batchesBefore = sim.summary().value(u"batchRequests").toInt();
    const CtlRun learn = syncOnce(field);
    INFO(learn.out.constData() << learn.err.constData());
    REQUIRE(learn.exitCode == 0);
    CHECK(learn.json().value(u"lookups").toInt() >= 1);
    const QJsonObject fieldCounts = counts(field);
    CHECK(fieldCounts.value(u"accepted").toInt() == 40);
    CHECK(fieldCounts.value(u"exported").toInt() == 0);
    CHECK(sim.summary().value(u"batchRequests").toInt() == batchesBefore);
    CHECK(sim.summary().value(u"distinctIds").toInt() == 45);
  }

  SECTION("records whose bundle is not at the registry stay exported until put back") {
    const CtlRun look = syncOnce(field);
    INFO(look.out.constData() << look.err.constData());
    REQUIRE(look.exitCode == 0);
    CHECK(counts(field).value(u"exported").toInt() == 40);
    CHECK(sim.summary().value(u"distinctIds").toInt() == 0);

    const CtlRun requeue = field.run({QStringLiteral("export"), QStringLiteral("--requeue")});
    REQUIRE(requeue.exitCode == 0);
    CHECK(requeue.json().value(u"requeued").toInt() == 40);
    REQUIRE(syncOnce(field).exitCode == 0);
    CHECK(counts(field).value(u"accepted").toInt() == 40);
    CHECK(sim.summary().value(u"distinctIds").toInt() == 40);
  }
}

TEST_CASE("export needs the kiosk's enrolled key and a folder, and says so", "[bundle]") {
  KioskctlRunner ctl;
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun noKey =
      ctl.run({QStringLiteral("export"), QStringLiteral("--to"), ctl.file(QString())});
  CHECK(noKey.exitCode == 1);
  CHECK(errorOf(noKey).code == QStringLiteral("bundle_signer"));
  CHECK(errorOf(noKey).message.contains(u"enrol"));

  const CtlRun noFolder = ctl.run(
      {QStringLiteral("export"), QStringLiteral("--to"), ctl.file(QStringLiteral("not-there"))});
  CHECK(noFolder.exitCode == 1);
  CHECK(errorOf(noFolder).code == QStringLiteral("no_such_folder"));

  const CtlRun noCa = ctl.run({QStringLiteral("import"), ctl.file(QStringLiteral("x"))});
  CHECK(noCa.exitCode == 1);
  CHECK(errorOf(noCa).code == QStringLiteral("bundle_untrusted"));
  CHECK(errorOf(noCa).message.contains(u"bundles/trusted_ca"));

  const CtlRun usage = ctl.run({QStringLiteral("export")});
  CHECK(usage.exitCode == 2);
}
