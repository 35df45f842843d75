// Fuzzes USB bundle files (camie-kioskctl import): the signed envelope, with a
// fixed trusted CA, and the payload parser behind the signature check.
#include "core/bundle/record_bundle.h"

#include <cstddef>
#include <cstdint>

namespace {

// The self-signed EC P-256 CA (its key was thrown away) that signed the kiosk
// certificate of the corpus's valid.camie-bundle: the success path is fuzzed too.
const QByteArray kTrustedCa =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBhzCCAS2gAwIBAgIUJ72Ene9GWSCFdQD0qFZ+9uj67iEwCgYIKoZIzj0EAwIw\n"
                      "GTEXMBUGA1UEAwwOQ0FNLUlFIGZ1enogQ0EwHhcNMjYxMTI1MTM0MTUzWhcNMzYx\n"
                      "MTIyMTM0MTUzWjAZMRcwFQYDVQQDDA5DQU0tSUUgZnV6eiBDQTBZMBMGByqGSM49\n"
                      "AgEGCCqGSM49AwEHA0IABPzFN2hQqCCMYWvCJR1DEHja+6JMD2otooT+W1hrpIZM\n"
                      "xW3KrNaf9XPz2NjDrVnXCRuVtC/sxJoT9COJgZK4ft+jUzBRMB0GA1UdDgQWBBSB\n"
                      "FUPxDXs56lB6LM9HyKTZbLw6cDAfBgNVHSMEGDAWgBSBFUPxDXs56lB6LM9HyKTZ\n"
                      "bLw6cDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDwJIRyRpYN\n"
                      "AHUFvrvfDFXsWdoVHVP/8AAGs22a1cEftAIgbmlYyUgHp059WRWkQ8Mdp6hWo2hi\n"
                      "s/G4zTo2j2vWrTo=\n"
                      "-----END CERTIFICATE-----\n");

void check(const camie::Error& e) {
  if (e.code.isEmpty() || e.message.isEmpty())
    __builtin_trap(); // every refusal names its problem
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArrayView bytes(data, static_cast<qsizetype>(size));
  camie::bundle::TrustPolicy trust;
  trust.trustedCasPem = kTrustedCa;
  trust.nowMs = 1767225600000 + 330LL * 86400000; // 2026-11-27, within the corpus's max age
  auto opened = camie::bundle::readBundle(bytes, trust);
  if (opened.ok()) {
    if (opened->signerFingerprint.size() != 64 || opened->bundle.deviceId.isEmpty())
      __builtin_trap();
  } else {
    check(opened.error());
  }
  auto payload = camie::bundle::parseBundlePayload(bytes);
  if (payload.ok()) {
    for (const auto& r : payload->records) {
      if (r.id.size() != 36 || r.revision < 1 || r.sealed.enc.size() != 32)
        __builtin_trap(); // the parser promised these
    }
  } else {
    check(payload.error());
  }
  return 0;
}
