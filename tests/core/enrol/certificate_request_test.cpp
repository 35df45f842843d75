// The PKCS #10 request: verifies with its own public key (as a CA checks it)
// and carries the CamDX subject.
#include "core/enrol/certificate_request.h"

#include <catch2/catch.hpp>

#include <openssl/objects.h>
#include <openssl/pem.h>

using namespace camie::enrol;

namespace {

const DeviceSubject kSubject{QStringLiteral("ACLEDA Bank Plc."), QStringLiteral("KIOSK"),
                             QStringLiteral("ACLEDA"), QStringLiteral("kiosk-3fa2")};

} // namespace

TEST_CASE("a certificate request verifies with its own key and carries the CamDX subject",
          "[enrol]") {
  for (const KeyType type : {KeyType::Ec, KeyType::Rsa}) {
    auto key = DeviceKey::generate(type);
    REQUIRE(key.ok());
    auto csr = CertificateRequest::create(*key, kSubject);
    REQUIRE(csr.ok());

    // Read back from PEM with OpenSSL alone.
    const QByteArray pem = csr->pem();
    REQUIRE(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509_REQ* req = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    REQUIRE(req);
    EVP_PKEY* publicKey = X509_REQ_get0_pubkey(req);
    CHECK(X509_REQ_verify(req, publicKey) == 1);
    CHECK(EVP_PKEY_eq(publicKey, key->get()) == 1);
    CHECK(X509_REQ_get_signature_nid(req) ==
          (type == KeyType::Ec ? NID_ecdsa_with_SHA256 : NID_sha256WithRSAEncryption));
    const X509_NAME* name = X509_REQ_get_subject_name(req);
    CHECK(nameText(name) == QStringLiteral("C=KH, O=ACLEDA Bank Plc., OU=KIOSK, CN=ACLEDA, "
                                           "serialNumber=kiosk-3fa2"));
    CHECK(nameEntry(name, NID_countryName) == QStringLiteral("KH"));
    CHECK(nameEntry(name, NID_serialNumber) == QStringLiteral("kiosk-3fa2"));
    X509_REQ_free(req);

    CHECK(csr->signatureVerifies());
    CHECK(csr->isFor(*key));
    CHECK(csr->fingerprint().size() == 32 * 3 - 1);
  }
}

TEST_CASE("a Khmer organisation name is kept in UTF-8; the subsystem is optional", "[enrol]") {
  auto key = DeviceKey::generate(KeyType::Ec);
  REQUIRE(key.ok());
  DeviceSubject subject = kSubject;
  subject.organization = QStringLiteral("ធនាគារ អេស៊ីលីដា");
  subject.subsystem.clear();
  auto csr = CertificateRequest::create(*key, subject);
  REQUIRE(csr.ok());
  CHECK(csr->subject() ==
        QStringLiteral("C=KH, O=ធនាគារ អេស៊ីលីដា, CN=ACLEDA, serialNumber=kiosk-3fa2"));
  auto reread = CertificateRequest::fromPem(csr->pem());
  REQUIRE(reread.ok());
  CHECK(reread->subject() == csr->subject());
  CHECK(reread->fingerprint() == csr->fingerprint());
}

TEST_CASE("a subject that does not fit X.509 is refused, naming the part", "[enrol]") {
  auto key = DeviceKey::generate(KeyType::Ec);
  REQUIRE(key.ok());
  const auto refused = [&](DeviceSubject s, const char* says) {
    auto csr = CertificateRequest::create(*key, s);
    REQUIRE_FALSE(csr.ok());
    CHECK(csr.error().code == QStringLiteral("bad_subject"));
    INFO(csr.error().message.toStdString());
    CHECK(csr.error().message.contains(QString::fromLatin1(says)));
  };
  DeviceSubject s = kSubject;
  s.organization.clear();
  refused(s, "organisation");
  s = kSubject;
  s.memberCode = QString(65, u'A');
  refused(s, "member code");
  s = kSubject;
  s.deviceId = QStringLiteral("kiosk_7");
  refused(s, "device id");
  s.deviceId = QStringLiteral("branch/7");
  refused(s, "device id");
}
