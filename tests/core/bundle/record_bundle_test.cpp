// Signed USB bundles: what one kiosk writes another reads back exactly; any
// change, another CA, a signer claiming another kiosk, or a bundle from the
// future is refused with its own error.
#include "core/bundle/bundle_reader.h"
#include "core/bundle/bundle_writer.h"
#include "core/enrol/device_certificate.h"
#include "support/test_pki.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace camie;
using camie::test::TestPki;

namespace {

// The test PKI's certificates are valid from yesterday, so the bundles are made now.
const qint64 kNow = QDateTime::currentMSecsSinceEpoch();

QByteArray readAll(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

store::OutgoingRecord record(int n) {
  store::OutgoingRecord r;
  r.id = QStringLiteral("0190f000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
  r.revision = 1 + n % 2;
  r.formId = QStringLiteral("ie-registration");
  r.formVersion = QStringLiteral("2025.1");
  r.operatorId = QStringLiteral("teller1");
  r.capturedAt = kNow - 3600000 + n;
  r.sealed = {QStringLiteral("reg-2026-01"), QStringLiteral("X25519-SHA256-AES128GCM"),
              QByteArray(32, static_cast<char>(n)), QByteArray(80, static_cast<char>(n + 1))};
  if (n == 2)
    r.originDevice = QStringLiteral("kiosk-relay");
  return r;
}

bundle::RecordBundle sample(int count = 3) {
  bundle::RecordBundle b;
  b.bundleId = QStringLiteral("0190f000-0000-7000-8000-00000000beef");
  b.deviceId = QStringLiteral("kiosk-7");
  b.createdAtMs = kNow - 60000;
  for (int i = 0; i < count; ++i)
    b.records.append(record(i));
  return b;
}

// A kiosk's certificate as enrolment makes it: its device id in serialNumber.
TestPki::Pair kioskCert(TestPki& pki, const QString& deviceId) {
  TestPki::Subject subject;
  subject.deviceId = deviceId;
  return pki.issueClient(deviceId, subject);
}

// kiosk-7 relays: its sample bundle carries a record of kiosk-relay (record 2).
bundle::TrustPolicy trusting(const QByteArray& ca) {
  bundle::TrustPolicy trust;
  trust.trustedCas = enrol::readCertificates(ca);
  trust.nowMs = kNow;
  trust.relays = {QStringLiteral("kiosk-7")};
  return trust;
}

bundle::BundleSigner signer(const TestPki::Pair& pair) {
  return {readAll(pair.key), {}, readAll(pair.cert)};
}

QByteArray written(const bundle::RecordBundle& b, const bundle::BundleSigner& s) {
  auto bytes = bundle::writeBundle(b, s);
  INFO((bytes ? QString() : bytes.error().message).toStdString());
  REQUIRE(bytes.ok());
  return *bytes;
}

QByteArray withPayload(const QByteArray& file, const std::function<void(QJsonObject&)>& edit) {
  QJsonObject envelope = QJsonDocument::fromJson(file).object();
  QJsonObject payload =
      QJsonDocument::fromJson(
          QByteArray::fromBase64(envelope.value(u"payload").toString().toLatin1()))
          .object();
  edit(payload);
  envelope.insert(
      QStringLiteral("payload"),
      QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64()));
  return QJsonDocument(envelope).toJson();
}

} // namespace

TEST_CASE("a bundle reads back exactly as written, with its signer named", "[bundle]") {
  TestPki pki;
  const auto b = sample();
  const TestPki::Pair kiosk7 = kioskCert(pki, QStringLiteral("kiosk-7"));
  const QByteArray file = written(b, signer(kiosk7));
  auto opened = bundle::readBundle(file, trusting(readAll(pki.caCert())));
  INFO((opened ? QString() : opened.error().message).toStdString());
  REQUIRE(opened.ok());
  CHECK(opened->bundle.bundleId == b.bundleId);
  CHECK(opened->bundle.deviceId == b.deviceId);
  CHECK(opened->bundle.createdAtMs == b.createdAtMs);
  REQUIRE(opened->bundle.records.size() == 3);
  for (int i = 0; i < 3; ++i) {
    const auto& got = opened->bundle.records.at(i);
    const auto want = record(i);
    CHECK(got.id == want.id);
    CHECK(got.revision == want.revision);
    CHECK(got.capturedAt == want.capturedAt);
    CHECK(got.operatorId == want.operatorId);
    CHECK(got.sealed.keyId == want.sealed.keyId);
    CHECK(got.sealed.enc == want.sealed.enc);
    CHECK(got.sealed.ciphertext == want.sealed.ciphertext);
    CHECK(got.originDevice == want.originDevice);
  }
  CHECK(opened->signerSubject.contains(u"CN=ACLEDA"));
  CHECK(opened->signerSubject.contains(u"kiosk-7"));
  // Named as `camie-kioskctl enrol status` names a certificate.
  auto certificate = enrol::DeviceCertificate::fromPem(readAll(kiosk7.cert));
  REQUIRE(certificate.ok());
  CHECK(opened->signerSubject == certificate->subject());
  CHECK(opened->signerFingerprint == certificate->fingerprint());
  CHECK(opened->signerFingerprint.size() == 32 * 3 - 1);
  auto named = b;
  named.createdAtMs = 1790000000000;
  CHECK(bundle::bundleFileName(named) ==
        QStringLiteral("camie-kiosk-7-20260921T141320Z-0000beef.camie-bundle"));
}

TEST_CASE("a changed, foreign, mislabelled, old, future or revoked bundle is refused, each for "
          "its reason",
          "[bundle]") {
  TestPki pki;
  const QByteArray ca = readAll(pki.caCert());
  const auto kiosk7 = signer(kioskCert(pki, QStringLiteral("kiosk-7")));
  const QByteArray file = written(sample(), kiosk7);
  const auto refusal = [&](const QByteArray& bytes, bundle::TrustPolicy trust) {
    auto opened = bundle::readBundle(bytes, trust);
    REQUIRE_FALSE(opened.ok());
    CHECK_FALSE(opened.error().message.isEmpty());
    return opened.error();
  };
  const auto code = [&](const QByteArray& bytes) { return refusal(bytes, trusting(ca)).code; };
  REQUIRE(bundle::readBundle(file, trusting(ca)).ok());

  CHECK(code(withPayload(file, [](QJsonObject& p) {
          p.insert(QStringLiteral("deviceId"), QStringLiteral("kiosk-8"));
        })) == QStringLiteral("bundle_signature"));
  CHECK(code(withPayload(file, [](QJsonObject& p) {
          QJsonArray records = p.value(u"records").toArray();
          records.removeAt(1);
          p.insert(QStringLiteral("records"), records);
        })) == QStringLiteral("bundle_signature"));
  CHECK(refusal(file, trusting(readAll(pki.otherCaCert()))).code ==
        QStringLiteral("bundle_untrusted"));
  CHECK(code(written(sample(), signer(pki.otherClient()))) == QStringLiteral("bundle_untrusted"));
  CHECK(code(file.left(100)) == QStringLiteral("bundle_format"));
  CHECK(refusal(QByteArray(bundle::kMaxFileBytes + 1, ' '), trusting(ca))
            .message.contains(u"64 MiB"));
  CHECK(code("{\"format\": \"camie-bundle/2\"}") == QStringLiteral("bundle_format"));

  auto future = sample();
  future.createdAtMs = kNow + 3LL * 24 * 3600 * 1000;
  CHECK(refusal(written(future, kiosk7), trusting(ca)).message.contains(u"later than now"));
  // A stolen key cannot sign bundles dated back into its certificate's life
  // forever: old bundles are refused.
  auto old = sample();
  old.createdAtMs = kNow - 31LL * 24 * 3600 * 1000;
  CHECK(refusal(written(old, kiosk7), trusting(ca)).message.contains(u"max_age_days"));
  // Not a relay: it may carry only records it made.
  auto notRelay = trusting(ca);
  notRelay.relays.clear();
  const auto origin = refusal(file, notRelay);
  CHECK(origin.code == QStringLiteral("bundle_origin"));
  CHECK(origin.message.contains(u"kiosk-relay"));
  auto own = sample(2);
  CHECK(bundle::readBundle(written(own, kiosk7), notRelay).ok());
  own.records[1].originDevice = QStringLiteral("kiosk-7"); // its own id, said outright
  CHECK(bundle::readBundle(written(own, kiosk7), notRelay).ok());

  auto revoked = trusting(ca);
  revoked.revokedDevices = {QStringLiteral("kiosk-7")};
  CHECK(refusal(file, revoked).message.contains(u"revoked"));

  // The certificate names the kiosk; a bundle may not claim another, and a
  // certificate that names none (or is not a client certificate) signs none.
  CHECK(refusal(written(sample(), signer(kioskCert(pki, QStringLiteral("kiosk-9")))), trusting(ca))
            .message.contains(u"signed by kiosk kiosk-9"));
  CHECK(refusal(written(sample(), signer(pki.client())), trusting(ca))
            .message.contains(u"names no kiosk"));
  CHECK(refusal(written(sample(), signer(pki.server())), trusting(ca)).code ==
        QStringLiteral("bundle_untrusted"));

  // A record the kiosk's own code would never write is refused after the signature holds.
  auto repeated = sample();
  repeated.records.append(record(1));
  CHECK(code(written(repeated, kiosk7)) == QStringLiteral("bundle_record"));
  auto badSuite = sample();
  badSuite.records[0].sealed.suite = QStringLiteral("ROT13");
  CHECK(code(written(badSuite, kiosk7)) == QStringLiteral("bundle_record"));
}

TEST_CASE("a kiosk without a matching key and certificate cannot sign", "[bundle]") {
  TestPki pki;
  auto mismatched = signer(pki.client());
  mismatched.keyPem = readAll(pki.server().key);
  auto written1 = bundle::writeBundle(sample(), mismatched);
  REQUIRE_FALSE(written1.ok());
  CHECK(written1.error().code == QStringLiteral("bundle_signer"));
  auto noKey =
      bundle::writeBundle(sample(), {QByteArray("not a key"), {}, readAll(pki.client().cert)});
  REQUIRE_FALSE(noKey.ok());
  CHECK(noKey.error().code == QStringLiteral("bundle_signer"));
  // An encrypted key opens with its passphrase.
  bundle::BundleSigner encrypted{readAll(pki.clientKeyEncrypted()), TestPki::passphrase().toUtf8(),
                                 readAll(pki.client().cert)};
  CHECK(bundle::writeBundle(sample(), encrypted).ok());
}

TEST_CASE("the trusted CAs are read once and serve both chain checks: before the payload and at "
          "the bundle's time",
          "[bundle]") {
  TestPki pki;
  const QByteArray ca = readAll(pki.caCert());
  const auto kiosk7 = kioskCert(pki, QStringLiteral("kiosk-7"));
  const QByteArray file = written(sample(), signer(kiosk7));

  // Several CAs: the one that signed the kiosk may come second.
  auto both = trusting(readAll(pki.otherCaCert()) + ca);
  auto opened = bundle::readBundle(file, both);
  INFO((opened ? QString() : opened.error().message).toStdString());
  CHECK(opened.ok());

  // None configured, or nothing readable: refused, naming the setting.
  for (const QByteArray& none : {QByteArray(), QByteArray("not a certificate")}) {
    auto refused = bundle::readBundle(file, trusting(none));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("bundle_untrusted"));
    CHECK(refused.error().message.contains(u"bundles/trusted_ca"));
  }

  // A certificate made an hour ago passes the first check (no time) but not
  // the second, at a bundle time two hours ago: the same CAs, checked again.
  TestPki::Subject subject;
  subject.deviceId = QStringLiteral("kiosk-7");
  const QString young =
      pki.issueClientForKey(QStringLiteral("young"), kiosk7.key, subject, -3600, 86400);
  auto early = sample();
  early.createdAtMs = kNow - 2 * 3600000;
  auto refused =
      bundle::readBundle(written(early, {readAll(kiosk7.key), {}, readAll(young)}), trusting(ca));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("bundle_untrusted"));
  CHECK(refused.error().message.contains(u"not yet valid"));
  early.createdAtMs = kNow - 60000;
  CHECK(bundle::readBundle(written(early, {readAll(kiosk7.key), {}, readAll(young)}), trusting(ca))
            .ok());
}
