// Request, install and status over the files beside a kiosk database.
#include "core/enrol/device_enrolment.h"
#include "support/test_pki.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace camie::enrol;
using camie::test::TestPki;

namespace {

constexpr long kDay = 24 * 3600;
const DeviceSubject kSubject{QStringLiteral("ACLEDA Bank Plc."), QStringLiteral("KIOSK"),
                             QStringLiteral("ACLEDA"), QStringLiteral("kiosk-test")};

mode_t modeOf(const QString& path) {
  struct stat info {};
  REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
  return info.st_mode & 07777;
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

qint64 now() {
  return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

TEST_CASE("a request makes device/ (0700), the key (0600) and the CSR, and never replaces a "
          "key unasked",
          "[enrol]") {
  QTemporaryDir dir;
  const DeviceEnrolment enrolment(DeviceFiles::beside(dir.filePath(QStringLiteral("kiosk.db"))));
  const DeviceFiles& f = enrolment.files();
  CHECK(f.key == dir.filePath(QStringLiteral("device/kiosk.key")));

  auto made = enrolment.request(kSubject, KeyType::Ec, false, {}, QStringLiteral("T1"));
  REQUIRE(made.ok());
  CHECK(made->requestPath == f.request);
  CHECK(made->keyType == QStringLiteral("EC P-256"));
  CHECK(modeOf(f.dir) == 0700);
  CHECK(modeOf(f.key) == 0600);
  CHECK(modeOf(f.request) == 0644);
  const QByteArray firstKey = readAll(f.key);

  auto again = enrolment.request(kSubject, KeyType::Ec, false, {}, QStringLiteral("T2"));
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().code == QStringLiteral("key_exists"));
  CHECK(readAll(f.key) == firstKey);

  QFile cert(f.certificate);
  REQUIRE(cert.open(QIODevice::WriteOnly));
  cert.write("an old certificate");
  cert.close();
  auto replaced = enrolment.request(kSubject, KeyType::Rsa, true, {}, QStringLiteral("T3"));
  REQUIRE(replaced.ok());
  CHECK(replaced->keyType == QStringLiteral("RSA 3072"));
  CHECK(replaced->oldKey == f.key + QStringLiteral(".old-T3"));
  CHECK(readAll(replaced->oldKey) == firstKey);
  CHECK(modeOf(replaced->oldKey) == 0600);
  CHECK(modeOf(f.key) == 0600);
  CHECK(readAll(f.key) != firstKey);
  CHECK(replaced->oldCertificate == f.certificate + QStringLiteral(".old-T3"));
  CHECK_FALSE(QFileInfo::exists(f.certificate));
  CHECK_FALSE(QFileInfo::exists(f.key + QStringLiteral(".new")));
}

TEST_CASE("status follows a kiosk from no key to an installed, then expired, certificate",
          "[enrol]") {
  TestPki pki;
  QTemporaryDir dir;
  const DeviceEnrolment enrolment(DeviceFiles::beside(dir.filePath(QStringLiteral("kiosk.db"))));
  const DeviceFiles& f = enrolment.files();
  CHECK(enrolment.status({}, {}, now()).state == QStringLiteral("no_key"));

  REQUIRE(enrolment.request(kSubject, KeyType::Ec, false, {}, QStringLiteral("T")).ok());
  EnrolmentStatus s = enrolment.status({}, {}, now());
  CHECK(s.state == QStringLiteral("requested"));
  CHECK(s.requestPresent);
  CHECK(s.requestSubject.endsWith(QStringLiteral("serialNumber=kiosk-test")));

  // A certificate for another key is refused and nothing is written.
  auto wrong = enrolment.check(readAll(pki.client().cert), {}, now());
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().code == QStringLiteral("certificate_wrong_key"));
  CHECK_FALSE(QFileInfo::exists(f.certificate));

  const QString issued = pki.issueClientForKey(
      QStringLiteral("kiosk"), f.key,
      {QStringLiteral("ACLEDA Bank Plc."), QStringLiteral("ACLEDA")}, -kDay, 30 * kDay);
  const QByteArray chain = readAll(pki.caCert());
  auto checked = enrolment.check(readAll(issued), chain, now());
  REQUIRE(checked.ok());
  auto installed = enrolment.install(*checked, chain, QStringLiteral("T"));
  REQUIRE(installed.ok());
  CHECK(installed->certificatePath == f.certificate);
  CHECK(installed->chainPath == f.chain);
  CHECK(modeOf(f.certificate) == 0644);

  s = enrolment.status({}, {}, now());
  CHECK(s.state == QStringLiteral("installed"));
  CHECK(s.chainVerified);
  CHECK(s.subject == QStringLiteral("C=KH, O=ACLEDA Bank Plc., CN=ACLEDA"));
  CHECK(s.notAfterMs > now());
  s = enrolment.status({}, {}, now() + 60 * kDay * 1000);
  CHECK(s.state == QStringLiteral("expired"));
  CHECK(s.problem.contains(QStringLiteral("expired on")));
}
