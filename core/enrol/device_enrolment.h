// DeviceEnrolment: getting a kiosk its CamDX identity, in the files of
// DeviceFiles — request (a new key pair and its certificate request), check
// and install (the certificate the CA returned), and status.
#pragma once

#include "core/enrol/certificate_request.h"
#include "core/enrol/device_certificate.h"
#include "core/enrol/device_files.h"

namespace camie::enrol {

struct RequestOutcome {
  QString keyType;     // "EC P-256"
  QString requestPath; // where the CSR was written
  QString subject;
  QString fingerprint;    // of the CSR
  QString oldKey;         // where --replace put the previous key; empty otherwise
  QString oldCertificate; // and the certificate that belonged to it
};

struct InstallOutcome {
  QString certificatePath;
  QString chainPath;      // empty without a chain
  QString oldCertificate; // the certificate this one replaced, kept aside
};

struct EnrolmentStatus {
  // "no_key", "requested", "installed", or what is wrong with the installed
  // certificate: "unreadable", "wrong_key", "not_yet_valid", "expired",
  // "not_kh", "not_client", "untrusted".
  QString state;
  QString problem; // in words, when the state is a problem
  bool keyPresent = false;
  QString keyType;
  QString keyPin;
  bool requestPresent = false;
  QString requestSubject;
  QString requestFingerprint;
  bool certificatePresent = false;
  QString certificatePath;
  QString subject;
  QString issuer;
  qint64 notBeforeMs = 0;
  qint64 notAfterMs = 0;
  QString fingerprint;
  QString chainPath; // empty when there is none to check against
  bool chainVerified = false;
};

class DeviceEnrolment {
public:
  explicit DeviceEnrolment(DeviceFiles files) : files_(std::move(files)) {}
  const DeviceFiles& files() const { return files_; }

  // Makes the key (refusing to replace one unless `replace`; the old key and
  // its certificate are then kept as *.old-<stamp>) and writes the CSR to
  // `requestPath` (default: files().request). Errors: "key_exists",
  // "bad_subject", "enrol_unwritable", "crypto_failure".
  [[nodiscard]] Result<RequestOutcome> request(const DeviceSubject& subject, KeyType type,
                                               bool replace, const QString& requestPath,
                                               const QString& stamp) const;

  // Every install check against the stored key, and the chain when given
  // (see DeviceCertificate). Nothing is written.
  [[nodiscard]] Result<DeviceCertificate> check(const QByteArray& certificatePem,
                                                const QByteArray& chainPem, qint64 nowMs) const;
  // Writes a checked certificate (and chain) beside the key, mode 0644; an
  // earlier certificate is kept as kiosk.pem.old-<stamp>.
  [[nodiscard]] Result<InstallOutcome> install(const DeviceCertificate& certificate,
                                               const QByteArray& chainPem,
                                               const QString& stamp) const;

  // What is there and whether it is usable. `certificatePath` and `chainPath`
  // are the configured ones (empty: the default files).
  EnrolmentStatus status(const QString& certificatePath, const QString& chainPath,
                         qint64 nowMs) const;

private:
  DeviceFiles files_;
};

} // namespace camie::enrol
