#include "tools/camdx-sim/csr_signer.h"

#include "core/crypto/openssl_error.h"
#include "core/enrol/device_certificate.h"
#include "core/enrol/x509_text.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace camie::sim {
namespace {

using enrol::BioPtr;
using enrol::X509Ptr;
using enrol::X509ReqPtr;

constexpr int kSerialBytes = 16;

// Never asks for a passphrase (OpenSSL's default would prompt on the terminal).
int noPassphrase(char*, int, int, void*) {
  return 0;
}

Result<QByteArray> readFile(const QString& path, const char* code) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QString::fromLatin1(code), QStringLiteral("Cannot read %1.").arg(path));
  return file.readAll();
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  if (!ext)
    return false;
  const bool added = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return added;
}

bool setRandomSerial(X509* cert) {
  unsigned char random[kSerialBytes] = {};
  if (RAND_bytes(random, sizeof random) != 1)
    return false;
  random[0] &= 0x7f; // positive
  random[0] |= 0x01; // and never zero
  BIGNUM* bn = BN_bin2bn(random, sizeof random, nullptr);
  const bool ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
  BN_free(bn);
  return ok;
}

QString serialText(X509* cert) {
  BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
  char* hex = bn ? BN_bn2hex(bn) : nullptr;
  const QString text = hex ? QString::fromLatin1(hex) : QString();
  OPENSSL_free(hex);
  BN_free(bn);
  return text;
}

QString iso(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<QJsonObject> CsrSigner::sign(const SignCsrOptions& o, qint64 nowMs) {
  const auto badCa = [](const QString& why) { return makeError(QStringLiteral("bad_ca"), why); };
  auto caPem = readFile(o.caCertFile, "bad_ca");
  if (!caPem)
    return caPem.error();
  const auto caCerts = enrol::readCertificates(*caPem);
  if (caCerts.isEmpty())
    return badCa(QStringLiteral("No PEM certificate in %1.").arg(o.caCertFile));
  X509* ca = caCerts.first().get();
  auto keyPem = readFile(o.caKeyFile, "bad_ca");
  if (!keyPem)
    return keyPem.error();
  const BioPtr keyBio = enrol::readBio(*keyPem);
  const crypto::EvpPkeyPtr caKey(
      PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
  crypto::clearOpensslErrors();
  if (!caKey)
    return badCa(QStringLiteral("%1 is not an unencrypted private key in PEM.").arg(o.caKeyFile));
  if (X509_check_private_key(ca, caKey.get()) != 1) {
    crypto::clearOpensslErrors();
    return badCa(QStringLiteral("%1 is not the key of %2.").arg(o.caKeyFile, o.caCertFile));
  }
  if (X509_check_ca(ca) == 0)
    return badCa(QStringLiteral("%1 is not a CA certificate (no basicConstraints CA:TRUE).")
                     .arg(o.caCertFile));

  auto csrPem = readFile(o.csrFile, "bad_csr");
  if (!csrPem)
    return csrPem.error();
  const BioPtr csrBio = enrol::readBio(*csrPem);
  const X509ReqPtr csr(PEM_read_bio_X509_REQ(csrBio.get(), nullptr, nullptr, nullptr));
  crypto::clearOpensslErrors();
  if (!csr)
    return makeError(
        QStringLiteral("bad_csr"),
        QStringLiteral("%1 is not a certificate request (PKCS #10) in PEM.").arg(o.csrFile));
  EVP_PKEY* subjectKey = X509_REQ_get0_pubkey(csr.get());
  const bool signedBySubject = subjectKey && X509_REQ_verify(csr.get(), subjectKey) == 1;
  crypto::clearOpensslErrors();
  if (!signedBySubject)
    return makeError(QStringLiteral("bad_csr"),
                     QStringLiteral("The signature of %1 does not verify: the request was damaged "
                                    "or altered.")
                         .arg(o.csrFile));

  // What the request asks for beyond its subject and key (extensions) is
  // ignored: a CA decides what a client certificate may do.
  const X509Ptr cert(X509_new());
  const time_t start = static_cast<time_t>(nowMs / 1000);
  time_t startCopy = start;
  const bool built =
      cert && X509_set_version(cert.get(), X509_VERSION_3) == 1 && setRandomSerial(cert.get()) &&
      X509_set_issuer_name(cert.get(), X509_get_subject_name(ca)) == 1 &&
      X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(csr.get())) == 1 &&
      X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, 0, &startCopy) &&
      X509_time_adj_ex(X509_getm_notAfter(cert.get()), o.days, 0, &startCopy) &&
      X509_set_pubkey(cert.get(), subjectKey) == 1 &&
      addExtension(cert.get(), ca, NID_basic_constraints, "critical,CA:FALSE") &&
      addExtension(cert.get(), ca, NID_key_usage,
                   EVP_PKEY_is_a(subjectKey, "RSA") ? "critical,digitalSignature,keyEncipherment"
                                                    : "critical,digitalSignature") &&
      addExtension(cert.get(), ca, NID_ext_key_usage, "clientAuth") &&
      addExtension(cert.get(), ca, NID_subject_key_identifier, "hash") &&
      addExtension(cert.get(), ca, NID_authority_key_identifier, "keyid:always");
  const bool pure = EVP_PKEY_is_a(caKey.get(), "ED25519") || EVP_PKEY_is_a(caKey.get(), "ED448");
  if (!built || X509_sign(cert.get(), caKey.get(), pure ? nullptr : EVP_sha256()) <= 0)
    return crypto::opensslError(QStringLiteral("sign_failed"),
                                QStringLiteral("signing the certificate"));

  const QByteArray pem =
      enrol::toPem([&cert](BIO* b) { return PEM_write_bio_X509(b, cert.get()); });
  QSaveFile file(o.outFile);
  if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
    return makeError(QStringLiteral("unwritable"),
                     QStringLiteral("Cannot write %1: %2.").arg(o.outFile, file.errorString()));

  unsigned char* der = nullptr;
  const int size = i2d_X509(cert.get(), &der);
  const QByteArray derBytes(reinterpret_cast<const char*>(der), size > 0 ? size : 0);
  OPENSSL_free(der);
  return QJsonObject{
      {QStringLiteral("cert"), o.outFile},
      {QStringLiteral("subject"), enrol::nameText(X509_get_subject_name(cert.get()))},
      {QStringLiteral("issuer"), enrol::nameText(X509_get_issuer_name(cert.get()))},
      {QStringLiteral("serial"), serialText(cert.get())},
      {QStringLiteral("notBefore"), iso(enrol::unixMs(X509_get0_notBefore(cert.get())))},
      {QStringLiteral("notAfter"), iso(enrol::unixMs(X509_get0_notAfter(cert.get())))},
      {QStringLiteral("fingerprint"), enrol::sha256Fingerprint(derBytes)}};
}

} // namespace camie::sim
