// camdx-sim's signatures checked by a second implementation: Python's
// `cryptography` (OpenSSL underneath, but its own Ed25519 API and encoding
// paths) verifies the keys envelope and a receipt the simulator made, and a
// receipt signed in Python verifies in the kiosk's verifier.
#include "core/trust/receipt.h"
#include "tests/tools/camdx_sim/sim_fixture.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>

using namespace camie;
using camie::test::SimFixture;

namespace {

// Runs python3 with `script`; its stdout, REQUIRing exit 0.
QByteArray python(const QString& script, const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
  REQUIRE(p.waitForFinished(30000));
  INFO(p.readAllStandardError().constData());
  REQUIRE(p.exitStatus() == QProcess::NormalExit);
  REQUIRE(p.exitCode() == 0);
  return p.readAllStandardOutput().trimmed();
}

const QString kVerify = QStringLiteral(R"PY(
import base64, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.exceptions import InvalidSignature
key = Ed25519PublicKey.from_public_bytes(base64.b64decode(sys.argv[1]))
try:
    key.verify(base64.b64decode(sys.argv[3]), base64.b64decode(sys.argv[2]))
    print("valid")
except InvalidSignature:
    print("invalid")
)PY");

QString b64(const QByteArray& bytes) {
  return QString::fromLatin1(bytes.toBase64());
}

} // namespace

TEST_CASE("Python's cryptography verifies the simulator's keys envelope and receipts", "[sim]") {
  SimFixture f;
  QFile rootsFile(f.sim.rootsFile());
  REQUIRE(rootsFile.open(QIODevice::ReadOnly));
  const QJsonObject root =
      QJsonDocument::fromJson(rootsFile.readAll()).object()["roots"].toArray().first().toObject();
  const QString pub = root.value("public").toString();

  const QJsonObject envelope = f.client.get(QStringLiteral("v1/reference/keys")).json();
  const QJsonObject signature = envelope["signatures"].toArray().first().toObject();
  CHECK(signature.value("kid") == root.value("kid"));
  CHECK(python(kVerify, {pub, envelope.value("document").toString(),
                         signature.value("sig").toString()}) == "valid");
  // One changed byte of the document and it no longer verifies.
  QByteArray altered = QByteArray::fromBase64(envelope.value("document").toString().toLatin1());
  altered[0] = altered[0] == '{' ? ' ' : '{';
  CHECK(python(kVerify, {pub, b64(altered), signature.value("sig").toString()}) == "invalid");

  const QJsonObject result = f.sendOne(f.records.seal(f.records.next()));
  REQUIRE(result.value("status") == "accepted");
  const QJsonObject receipt = result.value("receipt").toObject();
  CHECK(receipt.value("kid") == root.value("kid"));
  const QByteArray message = trust::Receipt::message(
      result.value("id").toString(), result.value("revision").toInt(),
      result.value("status").toString(), result.value("registrationNumber").toString());
  CHECK(python(kVerify, {pub, b64(message), receipt.value("sig").toString()}) == "valid");
  CHECK(python(kVerify, {pub, b64(message + "0"), receipt.value("sig").toString()}) == "invalid");
}

TEST_CASE("a receipt signed with Python's cryptography verifies in the kiosk", "[trust]") {
  const QByteArray out =
      python(QStringLiteral(R"PY(
import base64, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
key = Ed25519PrivateKey.generate()
message = "camie-receipt/v1 %s %s %s %s" % tuple(sys.argv[1:5])
print(base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode())
print(base64.b64encode(key.sign(message.encode("utf-8"))).decode())
)PY"),
             {"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "2", "duplicate", "IE-02-000394"});
  const QList<QByteArray> lines = out.split('\n');
  REQUIRE(lines.size() == 2);
  auto roots = trust::RegistryRoots::fromJson(
      trust::RegistryRoots::toJson(
          {{"root-py", QByteArray::fromBase64(lines[0]), 1704067200, 2082758400, {}}}),
      "python");
  REQUIRE(roots.ok());
  auto receipt = trust::Receipt::fromJson(
      QJsonObject{{"kid", "root-py"}, {"sig", QString::fromLatin1(lines[1])}});
  REQUIRE(receipt.has_value());
  CHECK(receipt
            ->verify(*roots, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", 2, "duplicate", "IE-02-000394",
                     1780000000)
            .ok());
  CHECK_FALSE(receipt
                  ->verify(*roots, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", 2, "accepted",
                           "IE-02-000394", 1780000000)
                  .ok());
}

TEST_CASE("receipt faults spoil only the answers they match; /_sim/roots is the roots file",
          "[sim]") {
  SimFixture f({"--fault", "missing_receipt:path=*/v1/batches,count=1", "--fault",
                "forged_receipt:path=*/v1/status,count=1"});
  auto roots = trust::RegistryRoots::load({f.sim.rootsFile()});
  REQUIRE(roots.ok());
  const QJsonObject first = f.sendOne(f.records.seal(f.records.next()));
  REQUIRE(first.value("status") == "accepted");
  CHECK_FALSE(first.contains("receipt"));
  const QString id = first.value("id").toString();
  const QJsonObject forged = f.status({id}).first().toObject();
  auto receipt = trust::Receipt::fromJson(forged.value("receipt"));
  REQUIRE(receipt.has_value());
  auto verified = receipt->verify(*roots, id, forged.value("revision").toInt(), "accepted",
                                  forged.value("registrationNumber").toString(),
                                  QDateTime::currentSecsSinceEpoch());
  REQUIRE_FALSE(verified.ok());
  CHECK(verified.error().code == "receipt_bad_signature");
  // The faults are spent: the real receipt verifies.
  const QJsonObject real = f.status({id}).first().toObject();
  auto good = trust::Receipt::fromJson(real.value("receipt"));
  REQUIRE(good.has_value());
  CHECK(good->verify(*roots, id, real.value("revision").toInt(), "accepted",
                     real.value("registrationNumber").toString(),
                     QDateTime::currentSecsSinceEpoch())
            .ok());

  QFile file(f.sim.rootsFile());
  REQUIRE(file.open(QIODevice::ReadOnly));
  CHECK(QJsonDocument(f.sim.admin("GET", "/_sim/roots").toObject()) ==
        QJsonDocument::fromJson(file.readAll()));
}
