// DeviceCertificate: the kiosk's client certificate as the CA returned it
// (leaf first; any further certificates in the file are its chain), and the
// checks made before it is installed: it is for this kiosk's key, valid now,
// issued to C=KH, usable for TLS client authentication, and — given the CA —
// trusted.
#pragma once

#include "core/enrol/device_key.h"
#include "core/enrol/x509_text.h"

#include <QList>

#include <memory>

namespace camie::enrol {

class DeviceCertificate {
public:
  // Errors: "certificate_unreadable".
  [[nodiscard]] static Result<DeviceCertificate> fromPem(const QByteArray& pem);

  // The install checks, the first that fails named in words. Errors:
  // "certificate_wrong_key", "certificate_not_yet_valid", "certificate_expired",
  // "certificate_not_kh", "certificate_not_client".
  [[nodiscard]] Result<void> checkFor(const DeviceKey& key, qint64 nowMs) const;
  // X509_verify_cert against the CA certificates in `caPem` (the trust anchors;
  // an intermediate alone is enough), for TLS client use, at `nowMs`.
  // Errors: "certificate_untrusted", "chain_unreadable".
  [[nodiscard]] Result<void> verifyAgainst(const QByteArray& caPem, qint64 nowMs) const;

  QByteArray pem() const; // the leaf and the certificates after it
  QString subject() const;
  QString issuer() const;
  qint64 notBeforeMs() const;
  qint64 notAfterMs() const;
  QString fingerprint() const; // SHA-256 of the leaf's DER
  bool matches(const DeviceKey& key) const;

private:
  QList<std::shared_ptr<X509>> certificates_; // leaf first
  X509* leaf() const { return certificates_.first().get(); }
};

// All the certificates in a PEM file, in order (empty if none).
QList<std::shared_ptr<X509>> readCertificates(const QByteArray& pem);

} // namespace camie::enrol
