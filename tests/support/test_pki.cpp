#include "tests/support/test_pki.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <functional>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace camie::test {
namespace {

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* p) const noexcept {
    Free(p);
  }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<&X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free>>;

constexpr long kDay = 24 * 60 * 60;

std::string opensslReason() {
  char text[256] = {};
  ERR_error_string_n(ERR_get_error(), text, sizeof text);
  ERR_clear_error();
  return text;
}

KeyPtr newKey() {
  KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  INFO(opensslReason());
  REQUIRE(key);
  return key;
}

void addName(X509_NAME* name, const char* field, const QString& value) {
  const QByteArray utf8 = value.toUtf8();
  REQUIRE(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>(utf8.constData()),
                                     static_cast<int>(utf8.size()), -1, 0) == 1);
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  INFO("extension " << value << ": " << opensslReason());
  REQUIRE(ext);
  const int added = X509_add_ext(cert, ext, -1);
  X509_EXTENSION_free(ext);
  REQUIRE(added == 1);
}

void writePem(const QString& path, const std::function<int(BIO*)>& write) {
  const BioPtr bio(BIO_new(BIO_s_mem()));
  REQUIRE(bio);
  REQUIRE(write(bio.get()) == 1);
  QByteArray pem(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), '\0');
  REQUIRE(BIO_read(bio.get(), pem.data(), static_cast<int>(pem.size())) == pem.size());
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
  REQUIRE(file.write(pem) == pem.size());
}

void writeKey(const QString& path, EVP_PKEY* key) {
  writePem(path, [key](BIO* b) {
    return PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
  });
}

void writeCert(const QString& path, X509* cert) {
  writePem(path, [cert](BIO* b) { return PEM_write_bio_X509(b, cert); });
}

enum class Kind { Ca, Server, Client };

struct Spec {
  Kind kind = Kind::Server;
  QString commonName;
  QString organization;
  QString country;
  QString serialNumber; // the device id of a kiosk certificate
  const char* subjectAltName = nullptr;
  long notBeforeOffset = -kDay; // seconds from now
  long notAfterOffset = 365 * kDay;
};

} // namespace

// A CA's certificate and key, issuing end-entity certificates.
struct TestPki::Authority {
  KeyPtr key;
  CertPtr cert;
  long serial = 1;

  CertPtr issue(const Spec& spec, EVP_PKEY* subjectKey) {
    CertPtr made(X509_new());
    REQUIRE(made);
    REQUIRE(X509_set_version(made.get(), X509_VERSION_3) == 1);
    // Random serials: two TestPki instances never issue the same issuer and serial.
    unsigned char random[8] = {};
    REQUIRE(RAND_bytes(random, sizeof random) == 1);
    BIGNUM* bn = BN_bin2bn(random, sizeof random, nullptr);
    REQUIRE(bn);
    REQUIRE(BN_add_word(bn, static_cast<BN_ULONG>(serial++)) == 1);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(made.get()));
    BN_free(bn);
    REQUIRE(X509_gmtime_adj(X509_getm_notBefore(made.get()), spec.notBeforeOffset));
    REQUIRE(X509_gmtime_adj(X509_getm_notAfter(made.get()), spec.notAfterOffset));
    REQUIRE(X509_set_pubkey(made.get(), subjectKey) == 1);
    X509_NAME* name = X509_get_subject_name(made.get());
    if (!spec.country.isEmpty())
      addName(name, "C", spec.country);
    if (!spec.organization.isEmpty())
      addName(name, "O", spec.organization);
    addName(name, "CN", spec.commonName);
    if (!spec.serialNumber.isEmpty())
      addName(name, "serialNumber", spec.serialNumber);
    const bool selfSigned = spec.kind == Kind::Ca;
    X509* issuer = selfSigned ? made.get() : cert.get();
    REQUIRE(X509_set_issuer_name(made.get(), X509_get_subject_name(issuer)) == 1);
    addExtension(made.get(), issuer, NID_subject_key_identifier, "hash");
    addExtension(made.get(), issuer, NID_authority_key_identifier, "keyid:always");
    switch (spec.kind) {
    case Kind::Ca:
      addExtension(made.get(), issuer, NID_basic_constraints, "critical,CA:TRUE");
      addExtension(made.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
      break;
    case Kind::Server:
      addExtension(made.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
      addExtension(made.get(), issuer, NID_key_usage, "critical,digitalSignature");
      addExtension(made.get(), issuer, NID_ext_key_usage, "serverAuth");
      break;
    case Kind::Client:
      addExtension(made.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
      addExtension(made.get(), issuer, NID_key_usage, "critical,digitalSignature");
      addExtension(made.get(), issuer, NID_ext_key_usage, "clientAuth");
      break;
    }
    if (spec.subjectAltName)
      addExtension(made.get(), issuer, NID_subject_alt_name, spec.subjectAltName);
    EVP_PKEY* signer = selfSigned ? subjectKey : key.get();
    INFO(opensslReason());
    REQUIRE(X509_sign(made.get(), signer, EVP_sha256()) > 0);
    return made;
  }

  static std::unique_ptr<Authority> create(const QString& name) {
    auto ca = std::make_unique<Authority>();
    ca->key = newKey();
    Spec spec;
    spec.kind = Kind::Ca;
    spec.commonName = name;
    spec.organization = QStringLiteral("CAM-IE test PKI");
    spec.country = QStringLiteral("KH");
    spec.notAfterOffset = 2 * 365 * kDay;
    ca->cert = ca->issue(spec, ca->key.get());
    return ca;
  }

  // Issues a certificate for a fresh key and writes <name>.pem and <name>.key.
  KeyPtr issueTo(const QString& dir, const QString& name, const Spec& spec) {
    KeyPtr subjectKey = newKey();
    const CertPtr issued = issue(spec, subjectKey.get());
    writeCert(dir + u'/' + name + QStringLiteral(".pem"), issued.get());
    writeKey(dir + u'/' + name + QStringLiteral(".key"), subjectKey.get());
    return subjectKey;
  }
};

namespace {

Spec serverSpec(const char* host = "localhost") {
  Spec s;
  s.kind = Kind::Server;
  s.commonName = QString::fromLatin1(host);
  s.subjectAltName = "DNS:localhost,IP:127.0.0.1";
  return s;
}

Spec clientSpec(const TestPki::Subject& subject) {
  Spec s;
  s.kind = Kind::Client;
  s.country = QStringLiteral("KH");
  s.organization = subject.organization;
  s.commonName = subject.memberCode;
  s.serialNumber = subject.deviceId;
  return s;
}

} // namespace

TestPki::TestPki() : TestPki(Subject{}) {}

TestPki::TestPki(const Subject& client) {
  REQUIRE(dir_.isValid());
  const QString d = dir_.path();
  ca_ = Authority::create(QStringLiteral("CAM-IE Test Root CA"));
  writeCert(caCert(), ca_->cert.get());
  writeKey(caKey(), ca_->key.get());
  ca_->issueTo(d, QStringLiteral("server"), serverSpec());
  const KeyPtr clientKey = ca_->issueTo(d, QStringLiteral("client"), clientSpec(client));
  const QByteArray pass = passphrase().toUtf8();
  writePem(clientKeyEncrypted(), [&](BIO* b) {
    return PEM_write_bio_PKCS8PrivateKey(b, clientKey.get(), EVP_aes_256_cbc(), pass.constData(),
                                         static_cast<int>(pass.size()), nullptr, nullptr);
  });
  Spec expired = serverSpec();
  expired.notBeforeOffset = -31 * kDay;
  expired.notAfterOffset = -kDay;
  ca_->issueTo(d, QStringLiteral("expired-server"), expired);
  Spec wrongHost = serverSpec("wrong-host.example");
  wrongHost.subjectAltName = "DNS:wrong-host.example";
  ca_->issueTo(d, QStringLiteral("wrong-host-server"), wrongHost);

  const auto other = Authority::create(QStringLiteral("Some Other CA"));
  writeCert(otherCaCert(), other->cert.get());
  other->issueTo(d, QStringLiteral("other-server"), serverSpec());
  other->issueTo(d, QStringLiteral("other-client"), clientSpec(client));
}

TestPki::~TestPki() = default;

TestPki::Pair TestPki::issueClient(const QString& name, const Subject& subject) {
  ca_->issueTo(dir_.path(), name, clientSpec(subject));
  return pair(name);
}

QString TestPki::issueClientForKey(const QString& name, const QString& keyPath,
                                   const Subject& subject, long notBeforeOffset,
                                   long notAfterOffset, const QString& country) {
  QFile file(keyPath);
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QByteArray pem = file.readAll();
  const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
  const KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  REQUIRE(key);
  Spec spec = clientSpec(subject);
  spec.country = country;
  spec.notBeforeOffset = notBeforeOffset;
  spec.notAfterOffset = notAfterOffset;
  const CertPtr issued = ca_->issue(spec, key.get());
  const QString out = path(name + QStringLiteral(".pem"));
  writeCert(out, issued.get());
  return out;
}

QString TestPki::publicKeyPin(const QString& certPath) {
  QFile file(certPath);
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QByteArray pem = file.readAll();
  const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
  const CertPtr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  REQUIRE(cert);
  unsigned char* der = nullptr;
  const int size = i2d_PUBKEY(X509_get0_pubkey(cert.get()), &der);
  REQUIRE(size > 0);
  const QByteArray spki(reinterpret_cast<const char*>(der), size);
  OPENSSL_free(der);
  return QStringLiteral("sha256//") +
         QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

} // namespace camie::test
