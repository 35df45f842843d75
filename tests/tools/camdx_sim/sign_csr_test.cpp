// camdx-sim sign-csr: its test CA signs a kiosk's certificate request into a
// client certificate that the simulator in mtls mode accepts; bad requests,
// a CA key that is not the CA's, and bad command lines are refused.
#include "core/enrol/certificate_request.h"
#include "tests/support/test_pki.h"
#include "tests/tools/camdx_sim/sim_fixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

using camie::enrol::CertificateRequest;
using camie::enrol::DeviceKey;
using camie::enrol::DeviceSubject;
using camie::enrol::KeyType;
using camie::test::CamdxSimProcess;
using camie::test::SimClient;
using camie::test::TestPki;

namespace {

struct Run {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
};

Run signCsr(const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral(CAMDX_SIM_PATH), QStringList{QStringLiteral("sign-csr")} + args);
  REQUIRE(p.waitForStarted());
  REQUIRE(p.waitForFinished(60000));
  return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly));
  REQUIRE(f.write(bytes) == bytes.size());
}

// A kiosk key (written to <dir>/kiosk.key) and its request (<dir>/kiosk.csr).
DeviceKey makeRequest(const QTemporaryDir& dir) {
  auto key = DeviceKey::generate(KeyType::Ec);
  REQUIRE(key.ok());
  REQUIRE(key->writeNewFile(dir.filePath(QStringLiteral("kiosk.key"))).ok());
  auto csr = CertificateRequest::create(
      *key, DeviceSubject{QStringLiteral("ACLEDA Bank Plc."), QStringLiteral("KIOSK"),
                          QStringLiteral("ACLEDA"), QStringLiteral("kiosk-7")});
  REQUIRE(csr.ok());
  writeFile(dir.filePath(QStringLiteral("kiosk.csr")), csr->pem());
  return std::move(*key);
}

X509* readCert(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  const QByteArray pem = f.readAll();
  BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
  X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  REQUIRE(cert);
  return cert;
}

} // namespace

TEST_CASE("sign-csr issues a client certificate from the CA that mtls mode accepts", "[sim]") {
  TestPki pki;
  QTemporaryDir dir;
  const DeviceKey key = makeRequest(dir);
  const QString out = dir.filePath(QStringLiteral("kiosk.pem"));
  const Run run =
      signCsr({QStringLiteral("--ca-cert"), pki.caCert(), QStringLiteral("--ca-key"), pki.caKey(),
               QStringLiteral("--csr"), dir.filePath(QStringLiteral("kiosk.csr")),
               QStringLiteral("--out"), out, QStringLiteral("--days"), QStringLiteral("90")});
  INFO(run.err.constData());
  REQUIRE(run.exitCode == 0);
  const QJsonObject issued = QJsonDocument::fromJson(run.out).object();
  CHECK(issued.value(QStringLiteral("cert")).toString() == out);
  CHECK(issued.value(QStringLiteral("subject")).toString() ==
        QStringLiteral("C=KH, O=ACLEDA Bank Plc., OU=KIOSK, CN=ACLEDA, serialNumber=kiosk-7"));
  CHECK(issued.value(QStringLiteral("issuer")).toString().contains(u"CAM-IE Test Root CA"));

  X509* cert = readCert(out);
  CHECK(EVP_PKEY_eq(X509_get0_pubkey(cert), key.get()) == 1);
  CHECK(X509_check_purpose(cert, X509_PURPOSE_SSL_CLIENT, 0) == 1);
  CHECK((X509_get_extended_key_usage(cert) & XKU_SSL_CLIENT) != 0);
  CHECK(X509_check_ca(cert) == 0);
  int days = 0;
  int seconds = 0;
  REQUIRE(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert), X509_get0_notAfter(cert)));
  CHECK(days == 90);
  X509_free(cert);

  // The simulator, trusting that CA, takes the kiosk's connection.
  CamdxSimProcess sim({QStringLiteral("--mode"), QStringLiteral("mtls"), QStringLiteral("--cert"),
                       pki.server().cert, QStringLiteral("--key"), pki.server().key,
                       QStringLiteral("--client-ca"), pki.caCert(),
                       QStringLiteral("--allow-client"), CamdxSimProcess::clientId() + u'=' + out});
  SimClient client(sim.url());
  client.setTls({pki.caCert(), out, dir.filePath(QStringLiteral("kiosk.key")), {}});
  const auto answer = client.get(QStringLiteral("v1/stats/provinces"));
  INFO(answer.curlError.toStdString());
  CHECK(answer.status == 200);
}

TEST_CASE("sign-csr --now starts the certificate in the past, to make an expired one", "[sim]") {
  TestPki pki;
  QTemporaryDir dir;
  makeRequest(dir);
  const QString out = dir.filePath(QStringLiteral("old.pem"));
  const Run run =
      signCsr({QStringLiteral("--ca-cert"), pki.caCert(), QStringLiteral("--ca-key"), pki.caKey(),
               QStringLiteral("--csr"), dir.filePath(QStringLiteral("kiosk.csr")),
               QStringLiteral("--out"), out, QStringLiteral("--days"), QStringLiteral("30"),
               QStringLiteral("--now"), QStringLiteral("2024-01-01T00:00:00Z")});
  INFO(run.err.constData());
  REQUIRE(run.exitCode == 0);
  CHECK(QDateTime::fromString(
            QJsonDocument::fromJson(run.out)[QStringLiteral("notAfter")].toString(), Qt::ISODate)
            .toMSecsSinceEpoch() ==
        QDateTime::fromString(QStringLiteral("2024-01-31T00:00:00Z"), Qt::ISODate)
            .toMSecsSinceEpoch());
}

TEST_CASE("sign-csr refuses a bad request, a key that is not the CA's, a CA that is none, and a "
          "bad command line",
          "[sim]") {
  TestPki pki;
  QTemporaryDir dir;
  makeRequest(dir);
  const QString csr = dir.filePath(QStringLiteral("kiosk.csr"));
  const QString out = dir.filePath(QStringLiteral("out.pem"));
  const auto args = [&](const QString& caCert, const QString& caKey, const QString& request) {
    return QStringList{QStringLiteral("--ca-cert"), caCert,  QStringLiteral("--ca-key"), caKey,
                       QStringLiteral("--csr"),     request, QStringLiteral("--out"),    out};
  };

  // A request whose key was swapped after it was signed.
  {
    QFile f(csr);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray pem = f.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509_REQ* req = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    REQUIRE(req);
    auto other = DeviceKey::generate(KeyType::Ec);
    REQUIRE(other.ok());
    REQUIRE(X509_REQ_set_pubkey(req, other->get()) == 1);
    BIO* outBio = BIO_new(BIO_s_mem());
    REQUIRE(PEM_write_bio_X509_REQ(outBio, req) == 1);
    char* data = nullptr;
    const long size = BIO_get_mem_data(outBio, &data);
    writeFile(dir.filePath(QStringLiteral("altered.csr")), QByteArray(data, size));
    BIO_free(outBio);
    X509_REQ_free(req);
  }
  Run run = signCsr(args(pki.caCert(), pki.caKey(), dir.filePath(QStringLiteral("altered.csr"))));
  CHECK(run.exitCode == 1);
  CHECK(run.err.contains("does not verify"));

  writeFile(dir.filePath(QStringLiteral("junk.csr")), "not a request");
  run = signCsr(args(pki.caCert(), pki.caKey(), dir.filePath(QStringLiteral("junk.csr"))));
  CHECK(run.exitCode == 1);
  CHECK(run.err.contains("is not a certificate request"));

  run = signCsr(args(pki.caCert(), pki.client().key, csr));
  CHECK(run.exitCode == 1);
  CHECK(run.err.contains("is not the key of"));

  run = signCsr(args(pki.client().cert, pki.client().key, csr));
  CHECK(run.exitCode == 1);
  CHECK(run.err.contains("is not a CA certificate"));
  CHECK_FALSE(QFile::exists(out));

  run = signCsr({QStringLiteral("--csr"), csr});
  CHECK(run.exitCode == 2);
  CHECK(run.err.contains("needs --ca-cert"));
  run = signCsr(args(pki.caCert(), pki.caKey(), csr) +
                QStringList{QStringLiteral("--days"), QStringLiteral("0")});
  CHECK(run.exitCode == 2);
}
