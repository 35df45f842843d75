// SignerChain: the certificates of a bundle's signer, leaf first, as the
// file's "certificates" carry them — and the checks that make the signer
// trusted: the chain to a CA this kiosk trusts (bundles/trusted_ca), a client
// certificate (clientAuth) that names a kiosk (subject serialNumber = its
// device id).
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <openssl/x509.h>

#include <memory>
#include <optional>

namespace camie::bundle {

class SignerChain {
public:
  // The kiosk's certificate file (leaf first). Errors: "bundle_signer".
  [[nodiscard]] static Result<SignerChain> fromPem(const QByteArray& pem);
  // The file's "certificates": one to eight PEM certificates of at most
  // kMaxCertificateBytes each. Errors: "bundle_format".
  [[nodiscard]] static Result<SignerChain> fromJson(const QJsonArray& certificates);
  QJsonArray toJson() const;

  X509* leaf() const { return certificates_.first().get(); }
  // The chain from the leaf to one of `trustedCas`, for a client
  // certificate: at `atMs`, or — before the payload gives the bundle's time —
  // at no time at all. Errors: "bundle_untrusted", "crypto_failure".
  [[nodiscard]] Result<void> verify(const QList<std::shared_ptr<X509>>& trustedCas,
                                    std::optional<qint64> atMs) const;
  // The device id the leaf names, if it is a kiosk's client certificate.
  // Errors: "bundle_untrusted".
  [[nodiscard]] Result<QString> kioskId() const;
  QString subject() const;     // one line, as `enrol status` shows a subject
  QString fingerprint() const; // SHA-256, AB:CD:..., as `enrol status` shows it

private:
  QList<std::shared_ptr<X509>> certificates_; // never empty
};

} // namespace camie::bundle
