// The checks before a certificate is installed, on certificates issued at
// test time by the test PKI's CA.
#include "core/enrol/device_certificate.h"
#include "support/test_pki.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>

using namespace camie::enrol;
using camie::test::TestPki;

namespace {

constexpr long kDay = 24 * 3600;

QByteArray readAll(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

DeviceKey newKeyIn(const QString& path) {
  auto k = DeviceKey::generate(KeyType::Ec);
  REQUIRE(k.ok());
  REQUIRE(k->writeNewFile(path).ok());
  return std::move(*k);
}

// A kiosk's key and the test CA that issues certificates for it.
struct Kiosk {
  TestPki pki;
  QString keyPath = pki.dir() + QStringLiteral("/kiosk.key");
  DeviceKey key = newKeyIn(keyPath);
  const TestPki::Subject subject{QStringLiteral("ACLEDA Bank Plc."), QStringLiteral("ACLEDA")};

  DeviceCertificate issue(const char* name, long from, long to,
                          const QString& country = QStringLiteral("KH")) {
    const QString path =
        pki.issueClientForKey(QString::fromLatin1(name), keyPath, subject, from, to, country);
    auto cert = DeviceCertificate::fromPem(readAll(path));
    REQUIRE(cert.ok());
    return *cert;
  }
};

qint64 now() {
  return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

TEST_CASE("a certificate for this kiosk's key, valid now, C=KH, for clients, from the CA passes",
          "[enrol]") {
  Kiosk k;
  const DeviceCertificate cert = k.issue("good", -kDay, 365 * kDay);
  CHECK(cert.checkFor(k.key, now()).ok());
  auto trusted = cert.verifyAgainst(readAll(k.pki.caCert()), now());
  INFO((trusted ? QString() : trusted.error().message).toStdString());
  CHECK(trusted.ok());
  CHECK(cert.subject() == QStringLiteral("C=KH, O=ACLEDA Bank Plc., CN=ACLEDA"));
  CHECK(cert.issuer().contains(QStringLiteral("CN=CAM-IE Test Root CA")));
  CHECK(cert.notAfterMs() > now() + 364 * kDay * 1000);
}

TEST_CASE("each install check names what is wrong", "[enrol]") {
  Kiosk k;
  const auto refused = [&](const DeviceCertificate& cert, const char* code, const char* says) {
    auto r = cert.checkFor(k.key, now());
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(r.error().code == QString::fromLatin1(code));
    CHECK(r.error().message.contains(QString::fromLatin1(says)));
  };
  auto other = DeviceCertificate::fromPem(readAll(k.pki.client().cert));
  REQUIRE(other.ok());
  refused(*other, "certificate_wrong_key", "does not belong to this kiosk's key");
  refused(k.issue("expired", -30 * kDay, -kDay), "certificate_expired", "expired on");
  refused(k.issue("future", kDay, 30 * kDay), "certificate_not_yet_valid", "not valid yet");
  refused(k.issue("not-kh", -kDay, kDay, QString()), "certificate_not_kh", "C=KH");
}

TEST_CASE("a certificate from another CA does not verify against the chain", "[enrol]") {
  Kiosk k;
  const DeviceCertificate cert = k.issue("good", -kDay, 365 * kDay);
  auto untrusted = cert.verifyAgainst(readAll(k.pki.otherCaCert()), now());
  REQUIRE_FALSE(untrusted.ok());
  CHECK(untrusted.error().code == QStringLiteral("certificate_untrusted"));
  // The chain's validity is judged at the kiosk's time too.
  auto later = cert.verifyAgainst(readAll(k.pki.caCert()), now() + 3 * 365 * kDay * 1000);
  CHECK_FALSE(later.ok());
  auto none = cert.verifyAgainst("not a certificate", now());
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().code == QStringLiteral("chain_unreadable"));
}
