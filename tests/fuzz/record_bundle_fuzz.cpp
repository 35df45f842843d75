// Fuzzes USB bundle files through readBundle(), the reader camie-kioskctl
// import and the technician screen use. The first byte says what the rest is:
//   even: a whole bundle file, checked against two fixed trusted CAs;
//   odd:  a payload, signed here as "camie-bundle/1\n" + payload by a kiosk
//         certificate of the second CA (its key is below, for this target
//         only), so the payload checks behind a good signature and a trusted
//         chain are reached too. With bit 1 set the signer is a relay.
#include "core/bundle/bundle_reader.h"
#include "core/bundle/record_bundle.h"
#include "core/crypto/ed25519.h"
#include "core/enrol/device_certificate.h"

#include <openssl/evp.h>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace camie;

namespace {

// The self-signed EC P-256 CA (its key was thrown away) that signed the kiosk
// certificate of the corpus's valid.camie-bundle; then an Ed25519 CA (its key
// thrown away too) that signed kKioskCert, valid 2026-2046.
const QByteArray kTrustedCas =
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
                      "-----END CERTIFICATE-----\n"
                      "-----BEGIN CERTIFICATE-----\n"
                      "MIIBJjCB2aADAgECAgEBMAUGAytlcDAbMRkwFwYDVQQDDBBDQU0tSUUgZnV6eiBD\n"
                      "QSAyMB4XDTI2MDEwMTAwMDAwMFoXDTQ2MDEwMTAwMDAwMFowGzEZMBcGA1UEAwwQ\n"
                      "Q0FNLUlFIGZ1enogQ0EgMjAqMAUGAytlcAMhAJqJkAxszLU7vJwal9WB0RJfW8AQ\n"
                      "FWkDWEl3hIDtl56bo0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIC\n"
                      "BDAdBgNVHQ4EFgQUH/TQ6Hj0mJCfwBivaiNgVO9BtxswBQYDK2VwA0EAWtUAMq6K\n"
                      "Is6XgBhlcKTKqH7D9JCZB5lDdhvKG9+VexNGHYqH2CjhueNH/CVkSo4Qzs8qnfKA\n"
                      "AXnVckyIg8uaDA==\n"
                      "-----END CERTIFICATE-----\n");

// C=KH, O=ACLEDA Bank Plc., CN=ACLEDA, serialNumber=kiosk-fuzz-1; clientAuth.
const char kKioskCert[] = "-----BEGIN CERTIFICATE-----\\n"
                          "MIIBjzCCAUGgAwIBAgIBAjAFBgMrZXAwGzEZMBcGA1UEAwwQQ0FNLUlFIGZ1enog\\n"
                          "Q0EgMjAeFw0yNjAxMDEwMDAwMDBaFw00NjAxMDEwMDAwMDBaMFAxDzANBgNVBAMM\\n"
                          "BkFDTEVEQTEVMBMGA1UEBRMMa2lvc2stZnV6ei0xMRkwFwYDVQQKDBBBQ0xFREEg\\n"
                          "QmFuayBQbGMuMQswCQYDVQQGEwJLSDAqMAUGAytlcAMhABuCYfBE5toqSjB5HHBn\\n"
                          "eSbRy4Bl13FevftQ5EwrBNImo3UwczAMBgNVHRMBAf8EAjAAMA4GA1UdDwEB/wQE\\n"
                          "AwIHgDATBgNVHSUEDDAKBggrBgEFBQcDAjAfBgNVHSMEGDAWgBQf9NDoePSYkJ/A\\n"
                          "GK9qI2BU70G3GzAdBgNVHQ4EFgQUwHc21fF2Uos8IuBg8M9/4kEZZskwBQYDK2Vw\\n"
                          "A0EAfRAgXd/5iJmxDmZApT0i4DL7yuYacgvzJ98qAQByBxTaRAPhMSNxcl2exExy\\n"
                          "s8Kv6SBa4g2oKUruLd9Ksf60Cw==\\n"
                          "-----END CERTIFICATE-----\\n";

// kKioskCert's key (Ed25519), made once from its seed: rebuilding it for
// every input (as crypto::Ed25519::sign does from a raw key) cost more than
// the signature itself.
EVP_PKEY* kioskKey() {
  static const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key = [] {
    static const unsigned char seed[32] = {0x1e, 0x1c, 0xcd, 0xe6, 0x0f, 0x82, 0xde, 0xf7,
                                           0x4d, 0xb1, 0x79, 0xe3, 0xf1, 0xa1, 0xb3, 0x0a,
                                           0xe6, 0x48, 0x7b, 0x4f, 0x61, 0x19, 0x4c, 0xf0,
                                           0x46, 0xf4, 0x4c, 0xd1, 0x6c, 0x65, 0xf8, 0xc1};
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> made(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed, sizeof seed), &EVP_PKEY_free);
    if (!made)
      __builtin_trap();
    return made;
  }();
  return key.get();
}

// The Ed25519 signature of `message` by kioskKey().
QByteArray sign(const QByteArray& message) {
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
  QByteArray signature(64, '\0');
  size_t length = 64;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, kioskKey()) != 1 ||
      EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     reinterpret_cast<const unsigned char*>(message.constData()),
                     static_cast<size_t>(message.size())) != 1 ||
      length != 64)
    __builtin_trap();
  return signature;
}

// A bundle file around `payload`, signed by the fuzz kiosk.
QByteArray signedFile(QByteArrayView payload) {
  static const QByteArray head =
      QByteArray("{\"format\": \"") + bundle::kFormat + "\", \"payload\": \"";
  static const QByteArray middle =
      QByteArray("\", \"certificates\": [\"") + kKioskCert + "\"], \"signature\": \"";
  const QByteArray message = QByteArray(bundle::kFormat) + '\n' + payload.toByteArray();
  return head + payload.toByteArray().toBase64() + middle + sign(message).toBase64() + "\"}";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1)
    return 0;
  const uint8_t mode = data[0];
  const QByteArrayView rest(data + 1, static_cast<qsizetype>(size - 1));
  // The CAs are parsed once, as an import parses them once for all its checks.
  static const auto trustedCas = enrol::readCertificates(kTrustedCas);
  bundle::TrustPolicy trust;
  trust.trustedCas = trustedCas;
  trust.nowMs = 1767225600000 + 330LL * 86400000; // 2026-11-27, within the corpus's max age
  trust.maxAgeMs = 3650LL * 86400000;             // so that more made-up dates pass
  if (mode & 2)
    trust.relays = {QStringLiteral("kiosk-fuzz-1")};
  const QByteArray file = (mode & 1) ? signedFile(rest) : rest.toByteArray();
  auto opened = bundle::readBundle(file, trust);
  if (opened.ok()) {
    const auto& b = opened->bundle;
    if (opened->signerFingerprint.size() != 95 || b.deviceId.isEmpty() ||
        b.createdAtMs > trust.nowMs + 86400000 || b.records.size() > bundle::kMaxRecords)
      __builtin_trap(); // the reader promised these
    for (const auto& r : b.records) {
      if (r.id.size() != 36 || r.revision < 1 || r.sealed.enc.size() != 32 ||
          r.sealed.ciphertext.size() < 17)
        __builtin_trap();
      // Only a relay carries records another kiosk made.
      if (!(mode & 2) && !r.originDevice.isEmpty() && r.originDevice != b.deviceId)
        __builtin_trap();
    }
  } else if (opened.error().code.isEmpty() || opened.error().message.isEmpty()) {
    __builtin_trap(); // every refusal names its problem
  } else if ((mode & 1) && opened.error().code == u"bundle_signature") {
    __builtin_trap(); // the target signed it
  }
  return 0;
}
