// Small X.509 helpers shared by the enrolment types and the USB bundles'
// signer checks: names and times as text and numbers, SHA-256 fingerprints
// (one format, the one `enrol status` shows), PEM in and out of memory.
#pragma once

#include "core/crypto/openssl_ptr.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/bio.h>
#include <openssl/x509.h>

#include <functional>
#include <memory>
#include <optional>

namespace camie::enrol {

using crypto::BioPtr;
using X509Ptr = std::unique_ptr<X509, crypto::OpensslDeleter<&X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, crypto::OpensslDeleter<&X509_REQ_free>>;

// "AB:CD:...": the SHA-256 of `der`, as `openssl x509 -fingerprint -sha256` prints it.
QString sha256Fingerprint(const QByteArray& der);
// The same of a certificate's DER; empty if it cannot be encoded.
QString certificateFingerprint(const X509* certificate);
// "C=KH, O=ACLEDA Bank Plc., CN=ACLEDA, serialNumber=kiosk-7": in the order written, UTF-8.
QString nameText(const X509_NAME* name);
// The value of the first `nid` entry of `name` (e.g. NID_countryName), or empty.
QString nameEntry(const X509_NAME* name, int nid);
// Unix milliseconds; 0 if the time cannot be read.
qint64 unixMs(const ASN1_TIME* time);
// What `write` wrote into a memory BIO (for a `secret`, one that is wiped
// when freed); empty on failure.
QByteArray toPem(const std::function<int(BIO*)>& write, bool secret = false);
BioPtr readBio(const QByteArray& bytes);
// X509_verify_cert of `chain` (leaf first; the rest untrusted intermediates)
// against the trust anchors `anchors`, for TLS client use: at `atMs`, or with
// no time check at all when nullopt. `partialChain`: an intermediate among the
// anchors is enough. Errors: "chain_untrusted" (the message is OpenSSL's
// reason, "certificate has expired"), "crypto_failure".
[[nodiscard]] Result<void> verifyClientChain(const QList<std::shared_ptr<X509>>& chain,
                                             const QList<std::shared_ptr<X509>>& anchors,
                                             std::optional<qint64> atMs, bool partialChain);

} // namespace camie::enrol
