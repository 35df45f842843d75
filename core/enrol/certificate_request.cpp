#include "core/enrol/certificate_request.h"

#include "core/crypto/openssl_error.h"

#include <openssl/pem.h>

namespace camie::enrol {
namespace {

constexpr qsizetype kMaxLength = 64; // ub-common-name, ub-organization-name, ...

Error badSubject(const QString& why) {
  return makeError(QStringLiteral("bad_subject"), why);
}

bool printable(QChar c) {
  // X.520 PrintableString, less '/' (an X-Road id separator).
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
         QStringView(u" '()+,-.:=?").contains(c);
}

bool addEntry(X509_NAME* name, const char* field, const QString& value) {
  const QByteArray utf8 = value.toUtf8();
  return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char*>(utf8.constData()),
                                    static_cast<int>(utf8.size()), -1, 0) == 1;
}

QByteArray derOf(X509_REQ* request) {
  unsigned char* der = nullptr;
  const int size = i2d_X509_REQ(request, &der);
  if (size <= 0)
    return {};
  QByteArray bytes(reinterpret_cast<const char*>(der), size);
  OPENSSL_free(der);
  return bytes;
}

} // namespace

Result<void> DeviceSubject::validate() const {
  const auto fits = [](const QString& value, const char* what, bool required) -> Result<void> {
    if (required && value.trimmed().isEmpty())
      return badSubject(QStringLiteral("the %1 is missing").arg(QLatin1String(what)));
    if (value.size() > kMaxLength)
      return badSubject(QStringLiteral("the %1 is longer than %2 characters")
                            .arg(QLatin1String(what))
                            .arg(kMaxLength));
    return {};
  };
  for (const auto& r :
       {fits(organization, "organisation (O)", true), fits(subsystem, "subsystem (OU)", false),
        fits(memberCode, "member code (CN)", true),
        fits(deviceId, "device id (serialNumber)", true)}) {
    if (!r)
      return r.error();
  }
  for (const QChar c : deviceId) {
    if (!printable(c))
      return badSubject(QStringLiteral("the device id \"%1\" may hold only letters, digits, "
                                       "spaces and ' ( ) + , - . : = ?")
                            .arg(deviceId));
  }
  return {};
}

Result<CertificateRequest> CertificateRequest::create(const DeviceKey& key,
                                                      const DeviceSubject& subject) {
  if (auto valid = subject.validate(); !valid)
    return valid.error();
  std::shared_ptr<X509_REQ> request(X509_REQ_new(), X509_REQ_free);
  const auto failed = [] {
    return crypto::opensslError(QStringLiteral("crypto_failure"),
                                QStringLiteral("making the certificate request"));
  };
  if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1)
    return failed();
  X509_NAME* name = X509_REQ_get_subject_name(request.get());
  if (!addEntry(name, "C", QStringLiteral("KH")) ||
      !addEntry(name, "O", subject.organization.trimmed()) ||
      (!subject.subsystem.trimmed().isEmpty() &&
       !addEntry(name, "OU", subject.subsystem.trimmed())) ||
      !addEntry(name, "CN", subject.memberCode.trimmed()) ||
      !addEntry(name, "serialNumber", subject.deviceId))
    return failed();
  if (X509_REQ_set_pubkey(request.get(), key.get()) != 1 ||
      X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0)
    return failed();
  return CertificateRequest(std::move(request));
}

Result<CertificateRequest> CertificateRequest::fromPem(const QByteArray& pem) {
  const BioPtr bio = readBio(pem);
  std::shared_ptr<X509_REQ> request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr),
                                    X509_REQ_free);
  if (!request) {
    crypto::clearOpensslErrors();
    return makeError(QStringLiteral("request_unreadable"),
                     QStringLiteral("Not a certificate request (PKCS #10) in PEM."));
  }
  return CertificateRequest(std::move(request));
}

QByteArray CertificateRequest::pem() const {
  return toPem([this](BIO* b) { return PEM_write_bio_X509_REQ(b, request_.get()); });
}

QString CertificateRequest::subject() const {
  return nameText(X509_REQ_get_subject_name(request_.get()));
}

QString CertificateRequest::fingerprint() const {
  return sha256Fingerprint(derOf(request_.get()));
}

bool CertificateRequest::signatureVerifies() const {
  EVP_PKEY* key = X509_REQ_get0_pubkey(request_.get());
  const bool ok = key && X509_REQ_verify(request_.get(), key) == 1;
  crypto::clearOpensslErrors();
  return ok;
}

bool CertificateRequest::isFor(const DeviceKey& key) const {
  return key.matches(X509_REQ_get0_pubkey(request_.get()));
}

} // namespace camie::enrol
