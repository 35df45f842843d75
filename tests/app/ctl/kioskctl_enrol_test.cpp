// camie-kioskctl enrol: the kiosk makes its own key and request, the test CA
// signs it with camdx-sim sign-csr, install checks and installs the
// certificate, and the kiosk then syncs with it over real mutual TLS.
#include "support/camdx_sim_process.h"
#include "support/kioskctl_runner.h"
#include "support/test_pins.h"
#include "support/test_pki.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>

#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

using camie::test::CamdxSimProcess;
using camie::test::CtlRun;
using camie::test::KioskctlRunner;
using camie::test::TestPki;

namespace {

const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);

mode_t modeOf(const QString& path) {
  struct stat info {};
  REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
  return info.st_mode & 07777;
}

CtlRun request(const KioskctlRunner& ctl, QStringList extra = {}) {
  return ctl.run(QStringList{QStringLiteral("enrol"), QStringLiteral("request"),
                             QStringLiteral("--org"), QStringLiteral("ACLEDA Bank Plc."),
                             QStringLiteral("--member-code"), QStringLiteral("ACLEDA"),
                             QStringLiteral("--subsystem"), QStringLiteral("KIOSK")} +
                 extra);
}

// camdx-sim sign-csr with the test PKI's CA; returns the certificate's path.
QString signWithSim(const TestPki& pki, const QString& csr, const QString& out,
                    QStringList extra = {}) {
  QProcess p;
  p.start(QStringLiteral(CAMDX_SIM_PATH),
          QStringList{QStringLiteral("sign-csr"), QStringLiteral("--ca-cert"), pki.caCert(),
                      QStringLiteral("--ca-key"), pki.caKey(), QStringLiteral("--csr"), csr,
                      QStringLiteral("--out"), out} +
              extra);
  REQUIRE(p.waitForFinished(60000));
  INFO(p.readAllStandardError().constData());
  REQUIRE(p.exitCode() == 0);
  return out;
}

QString errorCode(const CtlRun& run) {
  return run.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
}

QString deviceFile(const KioskctlRunner& ctl, const char* name) {
  return ctl.file(QStringLiteral("device/") + QLatin1String(name));
}

} // namespace

TEST_CASE("enrol request makes an owner-only key and a CSR that verifies with its own key",
          "[ctl][enrol]") {
  KioskctlRunner ctl;
  const CtlRun made = request(ctl, {QStringLiteral("--device-id"), QStringLiteral("kiosk-7")});
  INFO(made.out.constData() << made.err.constData());
  REQUIRE(made.exitCode == 0);
  const QJsonObject json = made.json();
  const QString csrPath = json.value(QStringLiteral("csr")).toString();
  CHECK(csrPath == deviceFile(ctl, "kiosk.csr"));
  CHECK(json.value(QStringLiteral("key")).toString() == deviceFile(ctl, "kiosk.key"));
  CHECK(json.value(QStringLiteral("keyType")).toString() == QStringLiteral("EC P-256"));
  CHECK(modeOf(deviceFile(ctl, "kiosk.key")) == 0600);
  CHECK(modeOf(ctl.file(QStringLiteral("device"))) == 0700);

  // The CSR, read with OpenSSL alone: signed by the key it carries, SHA-256,
  // and the CamDX subject.
  QFile file(csrPath);
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QByteArray pem = file.readAll();
  BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
  X509_REQ* csr = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  REQUIRE(csr);
  CHECK(X509_REQ_verify(csr, X509_REQ_get0_pubkey(csr)) == 1);
  CHECK(X509_REQ_get_signature_nid(csr) == NID_ecdsa_with_SHA256);
  char subject[256] = {};
  X509_NAME_oneline(X509_REQ_get_subject_name(csr), subject, sizeof subject);
  CHECK(QString::fromLatin1(subject) ==
        QStringLiteral("/C=KH/O=ACLEDA Bank Plc./OU=KIOSK/CN=ACLEDA/serialNumber=kiosk-7"));
  unsigned char* der = nullptr;
  const int size = i2d_X509_REQ(csr, &der);
  const QByteArray derBytes(reinterpret_cast<const char*>(der), size);
  OPENSSL_free(der);
  X509_REQ_free(csr);
  CHECK(json.value(QStringLiteral("fingerprint")).toString() ==
        QString::fromLatin1(
            QCryptographicHash::hash(derBytes, QCryptographicHash::Sha256).toHex(':').toUpper()));

  // --device-id went into the configuration.
  CHECK(ctl.run({QStringLiteral("config")})
            .json()[QStringLiteral("device")][QStringLiteral("id")]
            .toString() == QStringLiteral("kiosk-7"));

  // The key is never overwritten unasked; --replace keeps the old one aside.
  QFile key(deviceFile(ctl, "kiosk.key"));
  REQUIRE(key.open(QIODevice::ReadOnly));
  const QByteArray firstKey = key.readAll();
  const CtlRun again = request(ctl);
  CHECK(again.exitCode == 1);
  CHECK(errorCode(again) == QStringLiteral("key_exists"));
  const CtlRun replaced =
      request(ctl, {QStringLiteral("--replace"), QStringLiteral("--key-type"),
                    QStringLiteral("rsa"), QStringLiteral("--now"), QStringLiteral("1768464000")});
  REQUIRE(replaced.exitCode == 0);
  CHECK(replaced.json().value(QStringLiteral("keyType")).toString() == QStringLiteral("RSA 3072"));
  const QString old = replaced.json().value(QStringLiteral("oldKey")).toString();
  CHECK(old == deviceFile(ctl, "kiosk.key.old-20260115T080000Z"));
  QFile oldKey(old);
  REQUIRE(oldKey.open(QIODevice::ReadOnly));
  CHECK(oldKey.readAll() == firstKey);
  CHECK(modeOf(old) == 0600);
  CHECK(modeOf(deviceFile(ctl, "kiosk.key")) == 0600);
}

TEST_CASE("enrol install refuses a certificate of another key, an expired one and an untrusted "
          "one, and writes nothing",
          "[ctl][enrol]") {
  TestPki pki;
  KioskctlRunner ctl;
  REQUIRE(request(ctl).exitCode == 0);
  const QString csr = deviceFile(ctl, "kiosk.csr");
  const auto install = [&](const QString& cert, const QString& chain) {
    return ctl.run({QStringLiteral("enrol"), QStringLiteral("install"), QStringLiteral("--cert"),
                    cert, QStringLiteral("--chain"), chain});
  };

  const CtlRun otherKey = install(pki.client().cert, pki.caCert());
  CHECK(otherKey.exitCode == 1);
  CHECK(errorCode(otherKey) == QStringLiteral("certificate_wrong_key"));
  CHECK(otherKey.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
      QStringLiteral("does not belong to this kiosk's key")));

  const QString expired =
      signWithSim(pki, csr, ctl.file(QStringLiteral("expired.pem")),
                  {QStringLiteral("--now"), QStringLiteral("2024-01-01T00:00:00Z"),
                   QStringLiteral("--days"), QStringLiteral("30")});
  const CtlRun old = install(expired, pki.caCert());
  CHECK(old.exitCode == 1);
  CHECK(errorCode(old) == QStringLiteral("certificate_expired"));
  CHECK(old.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
      QStringLiteral("expired on 2024-01-31")));

  const QString good = signWithSim(pki, csr, ctl.file(QStringLiteral("good.pem")));
  const CtlRun untrusted = install(good, pki.otherCaCert());
  CHECK(untrusted.exitCode == 1);
  CHECK(errorCode(untrusted) == QStringLiteral("certificate_untrusted"));
  // The kiosk's clock decides: the same certificate, two years on.
  const CtlRun later = ctl.run({QStringLiteral("enrol"), QStringLiteral("install"),
                                QStringLiteral("--cert"), good, QStringLiteral("--now"),
                                QString::number(QDateTime::currentSecsSinceEpoch() + 730 * 86400)});
  CHECK(errorCode(later) == QStringLiteral("certificate_expired"));

  CHECK_FALSE(QFileInfo::exists(deviceFile(ctl, "kiosk.pem")));
  CHECK_FALSE(QFileInfo::exists(deviceFile(ctl, "ca.pem")));
  const QJsonObject config = ctl.run({QStringLiteral("config")}).json();
  CHECK(config.value(QStringLiteral("device"))[QStringLiteral("ca_file")].toString().isEmpty());
  CHECK(ctl.run({QStringLiteral("enrol"), QStringLiteral("status")})
            .json()
            .value(QStringLiteral("state"))
            .toString() == QStringLiteral("requested"));
}

TEST_CASE("a kiosk enrolled through its own request syncs to camdx-sim over mutual TLS",
          "[ctl][enrol][e2e]") {
  TestPki pki;
  KioskctlRunner ctl;
  camie::test::TestRegistry registry;
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  // The device id made at init goes into the request.
  const CtlRun made = request(ctl);
  REQUIRE(made.exitCode == 0);
  CHECK(made.json()
            .value(QStringLiteral("subject"))
            .toString()
            .endsWith(QStringLiteral("serialNumber=kiosk-test")));

  // The training CA signs; the security server registers the certificate.
  const QString cert = signWithSim(pki, made.json().value(QStringLiteral("csr")).toString(),
                                   ctl.file(QStringLiteral("issued.pem")));
  CamdxSimProcess sim({QStringLiteral("--mode"), QStringLiteral("mtls"), QStringLiteral("--cert"),
                       pki.server().cert, QStringLiteral("--key"), pki.server().key,
                       QStringLiteral("--client-ca"), pki.caCert(),
                       QStringLiteral("--allow-client"), CamdxSimProcess::clientId() + u'=' + cert,
                       QStringLiteral("--quiet")});
  ctl.writeFile(QStringLiteral("kiosk.conf"),
                "[store]\ndatabase=kiosk.db\n[device]\nid=kiosk-test\n[sync]\nendpoint=" +
                    sim.url().toUtf8() + "\nconnection=mtls\nclient=" +
                    CamdxSimProcess::clientId().toUtf8() + "\nca_file=" + pki.caCert().toUtf8() +
                    "\n[trust]\nregistry_roots=" + sim.rootsFile().toUtf8() + ',' +
                    ctl.file(QStringLiteral("test-roots.json")).toUtf8() + "\n");
  // Without a certificate the kiosk cannot sync yet.
  CHECK(ctl.run({QStringLiteral("sync"), QStringLiteral("check")}).exitCode == 1);

  ctl.writeFile(QStringLiteral("keys.json"), registry.signedKeysJson());
  const CtlRun installed =
      ctl.run({QStringLiteral("enrol"), QStringLiteral("install"), QStringLiteral("--cert"), cert,
               QStringLiteral("--chain"), pki.caCert(), QStringLiteral("--keys"),
               ctl.file(QStringLiteral("keys.json"))});
  INFO(installed.out.constData() << installed.err.constData());
  REQUIRE(installed.exitCode == 0);
  CHECK(installed.json().value(QStringLiteral("chainVerified")).toBool());
  CHECK(installed.json().value(QStringLiteral("keysLoaded")).toString().startsWith(u"\"local-"));
  CHECK(installed.json().value(QStringLiteral("config")).toString() == ctl.configPath());
  CHECK(modeOf(deviceFile(ctl, "kiosk.pem")) == 0644);

  const QJsonObject config = ctl.run({QStringLiteral("config")}).json();
  CHECK(config[QStringLiteral("device")][QStringLiteral("ca_file")].toString() ==
        deviceFile(ctl, "ca.pem"));
  const QJsonObject status = ctl.run({QStringLiteral("enrol"), QStringLiteral("status")}).json();
  CHECK(status.value(QStringLiteral("state")).toString() == QStringLiteral("installed"));
  CHECK(status[QStringLiteral("certificate")][QStringLiteral("chainVerified")].toBool());
  CHECK(status[QStringLiteral("certificate")][QStringLiteral("daysLeft")].toInt() >= 364);

  const CtlRun check = ctl.run({QStringLiteral("sync"), QStringLiteral("check")});
  INFO(check.out.constData() << check.err.constData());
  REQUIRE(check.exitCode == 0);
  // Reference data from the registry (its own keys replace the loaded ones),
  // then registrations, then the upload.
  const CtlRun refdata = ctl.run({QStringLiteral("sync"), QStringLiteral("--once"),
                                  QStringLiteral("--max-wait"), QStringLiteral("5")});
  REQUIRE(refdata.exitCode == 0);
  REQUIRE(ctl.run({QStringLiteral("demo-fill"), QStringLiteral("5"), QStringLiteral("--operator"),
                   QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const CtlRun synced =
      ctl.run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-wait"),
               QStringLiteral("30"), QStringLiteral("--no-refdata")});
  INFO(synced.out.constData() << synced.err.constData());
  REQUIRE(synced.exitCode == 0);
  CHECK(synced.json().value(QStringLiteral("accepted")).toInt() == 5);
  CHECK(sim.summary().value(QStringLiteral("accepted")).toInt() == 5);
}
