// CertificateRequest: the PKCS #10 request a kiosk hands its CA. Subject as
// CamDX's information-system TLS profile has it — C=KH, O=<organisation>,
// [OU=<subsystem>,] CN=<member code>, serialNumber=<device id> — signed with
// SHA-256 by the kiosk's key.
#pragma once

#include "core/enrol/device_key.h"
#include "core/enrol/x509_text.h"

#include <memory>

namespace camie::enrol {

struct DeviceSubject {
  QString organization; // O=
  QString subsystem;    // OU=, optional
  QString memberCode;   // CN=
  QString deviceId;     // serialNumber=

  // Each part fits X.509 (64 characters; the device id in PrintableString,
  // without '/'). Errors: "bad_subject", naming the part.
  [[nodiscard]] Result<void> validate() const;
};

class CertificateRequest {
public:
  // Errors: "bad_subject", "crypto_failure".
  [[nodiscard]] static Result<CertificateRequest> create(const DeviceKey& key,
                                                         const DeviceSubject& subject);
  // Errors: "request_unreadable".
  [[nodiscard]] static Result<CertificateRequest> fromPem(const QByteArray& pem);

  QByteArray pem() const;
  QString subject() const;     // "C=KH, O=..., CN=..., serialNumber=..."
  QString fingerprint() const; // SHA-256 of the DER request
  bool signatureVerifies() const;
  bool isFor(const DeviceKey& key) const;
  X509_REQ* get() const { return request_.get(); }

private:
  explicit CertificateRequest(std::shared_ptr<X509_REQ> request) : request_(std::move(request)) {}
  std::shared_ptr<X509_REQ> request_;
};

} // namespace camie::enrol
