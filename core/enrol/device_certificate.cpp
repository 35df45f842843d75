#include "core/enrol/device_certificate.h"

#include "core/crypto/openssl_error.h"

#include <QDateTime>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace camie::enrol {
namespace {

QString day(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
      .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QList<std::shared_ptr<X509>> readCertificates(const QByteArray& pem) {
  QList<std::shared_ptr<X509>> list;
  const BioPtr bio = readBio(pem);
  while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
    list.append(std::shared_ptr<X509>(cert, X509_free));
  crypto::clearOpensslErrors(); // the end of the file reads as an error
  return list;
}

Result<DeviceCertificate> DeviceCertificate::fromPem(const QByteArray& pem) {
  DeviceCertificate c;
  c.certificates_ = readCertificates(pem);
  if (c.certificates_.isEmpty())
    return makeError(QStringLiteral("certificate_unreadable"),
                     QStringLiteral("No certificate in PEM could be read."));
  return c;
}

Result<void> DeviceCertificate::checkFor(const DeviceKey& key, qint64 nowMs) const {
  if (!matches(key))
    return makeError(QStringLiteral("certificate_wrong_key"),
                     QStringLiteral("The certificate does not belong to this kiosk's key: it was "
                                    "issued for another key pair (subject %1). Send the CA this "
                                    "kiosk's request (enrol status shows it).")
                         .arg(subject()));
  if (nowMs < notBeforeMs())
    return makeError(QStringLiteral("certificate_not_yet_valid"),
                     QStringLiteral("The certificate is not valid yet: it starts on %1 (is the "
                                    "kiosk's clock right?).")
                         .arg(day(notBeforeMs())));
  if (nowMs > notAfterMs())
    return makeError(QStringLiteral("certificate_expired"),
                     QStringLiteral("The certificate expired on %1.").arg(day(notAfterMs())));
  const QString country = nameEntry(X509_get_subject_name(leaf()), NID_countryName);
  if (country != u"KH")
    return makeError(QStringLiteral("certificate_not_kh"),
                     QStringLiteral("The certificate's subject (%1) has no C=KH; CamDX wants "
                                    "C=KH, O=<organisation>, CN=<member code>.")
                         .arg(subject()));
  const bool client = X509_check_purpose(leaf(), X509_PURPOSE_SSL_CLIENT, 0) == 1;
  crypto::clearOpensslErrors();
  if (!client)
    return makeError(QStringLiteral("certificate_not_client"),
                     QStringLiteral("The certificate is not for TLS client authentication (its "
                                    "key usage or extended key usage leaves out clientAuth)."));
  return {};
}

Result<void> DeviceCertificate::verifyAgainst(const QByteArray& caPem, qint64 nowMs) const {
  const auto anchors = readCertificates(caPem);
  if (anchors.isEmpty())
    return makeError(QStringLiteral("chain_unreadable"),
                     QStringLiteral("No CA certificate in PEM could be read from the chain."));
  auto verified = verifyClientChain(certificates_, anchors, nowMs, true);
  if (!verified && verified.error().kind == ErrorKind::ChainUntrusted)
    return makeError(QStringLiteral("certificate_untrusted"),
                     QStringLiteral("The certificate does not verify against the CA chain: %1.")
                         .arg(verified.error().message));
  return verified;
}

QByteArray DeviceCertificate::pem() const {
  QByteArray all;
  for (const auto& cert : certificates_)
    all += toPem([&cert](BIO* b) { return PEM_write_bio_X509(b, cert.get()); });
  return all;
}

QString DeviceCertificate::subject() const {
  return nameText(X509_get_subject_name(leaf()));
}

QString DeviceCertificate::issuer() const {
  return nameText(X509_get_issuer_name(leaf()));
}

qint64 DeviceCertificate::notBeforeMs() const {
  return unixMs(X509_get0_notBefore(leaf()));
}

qint64 DeviceCertificate::notAfterMs() const {
  return unixMs(X509_get0_notAfter(leaf()));
}

QString DeviceCertificate::fingerprint() const {
  return certificateFingerprint(leaf());
}

bool DeviceCertificate::matches(const DeviceKey& key) const {
  return key.matches(X509_get0_pubkey(leaf()));
}

} // namespace camie::enrol
