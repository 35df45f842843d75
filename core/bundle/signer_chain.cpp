#include "core/bundle/signer_chain.h"

#include "core/bundle/record_bundle.h"
#include "core/enrol/device_certificate.h"
#include "core/enrol/x509_text.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace camie::bundle {

Result<SignerChain> SignerChain::fromPem(const QByteArray& pem) {
  SignerChain chain;
  chain.certificates_ = enrol::readCertificates(pem);
  if (chain.certificates_.isEmpty())
    return makeError(ErrorKind::BundleSigner,
                     QStringLiteral("This kiosk cannot sign a bundle: it has no certificate (run "
                                    "camie-kioskctl enrol)."));
  return chain;
}

Result<SignerChain> SignerChain::fromJson(const QJsonArray& certificates) {
  if (certificates.isEmpty() || certificates.size() > 8)
    return bundleFormatError(QStringLiteral("it does not name its signer's certificate"));
  SignerChain chain;
  for (const QJsonValue& c : certificates) {
    if (c.toString().size() > kMaxCertificateBytes)
      return bundleFormatError(QStringLiteral("one of its certificates is longer than %1 bytes")
                                   .arg(kMaxCertificateBytes));
    const auto read = enrol::readCertificates(c.toString().toLatin1());
    if (read.size() != 1)
      return bundleFormatError(QStringLiteral("one of its certificates cannot be read"));
    chain.certificates_.append(read.first());
  }
  return chain;
}

QJsonArray SignerChain::toJson() const {
  QJsonArray pems;
  for (const auto& cert : certificates_)
    pems.append(QString::fromLatin1(
        enrol::toPem([&cert](BIO* bio) { return PEM_write_bio_X509(bio, cert.get()); })));
  return pems;
}

Result<void> SignerChain::verify(const QList<std::shared_ptr<X509>>& trustedCas,
                                 std::optional<qint64> atMs) const {
  const auto untrusted = [](const QString& why) {
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("The bundle's signer is not trusted: %1.").arg(why));
  };
  if (trustedCas.isEmpty())
    return untrusted(
        QStringLiteral("no trusted CA certificate is configured (bundles/trusted_ca)"));
  auto verified = enrol::verifyClientChain(certificates_, trustedCas, atMs, false);
  if (!verified && verified.error().kind == ErrorKind::ChainUntrusted)
    return untrusted(verified.error().message);
  return verified;
}

Result<QString> SignerChain::kioskId() const {
  if (!(X509_get_extension_flags(leaf()) & EXFLAG_XKUSAGE) ||
      !(X509_get_extended_key_usage(leaf()) & XKU_SSL_CLIENT))
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("The bundle's signer is not trusted: its certificate is not "
                                    "a kiosk's client certificate (no clientAuth usage)."));
  const QString serial = enrol::nameEntry(X509_get_subject_name(leaf()), NID_serialNumber);
  if (serial.isEmpty())
    return makeError(ErrorKind::BundleUntrusted,
                     QStringLiteral("The bundle's signer is not trusted: its certificate names "
                                    "no kiosk (no serialNumber in its subject)."));
  return serial;
}

QString SignerChain::subject() const {
  return enrol::nameText(X509_get_subject_name(leaf()));
}

QString SignerChain::fingerprint() const {
  return enrol::certificateFingerprint(leaf());
}

} // namespace camie::bundle
