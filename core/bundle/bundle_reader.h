// readBundle: checks and opens a bundle file (record_bundle.h) — what
// `camie-kioskctl import` and the technician screen read from the USB stick.
// Nothing of the payload is parsed before the signature and the signer hold.
#pragma once

#include "core/bundle/record_bundle.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/x509.h>

#include <memory>

namespace camie::bundle {

struct OpenedBundle {
  RecordBundle bundle;
  QString signerSubject;     // the certificate's subject, one line
  QString signerFingerprint; // SHA-256 of the certificate, AB:CD:... (as enrol shows it)
};

// Whom an importing kiosk trusts, and until when.
struct TrustPolicy {
  // CAs that sign kiosk certificates (bundles/trusted_ca), parsed once
  // (enrol::readCertificates) for both chain checks of every file.
  QList<std::shared_ptr<X509>> trustedCas;
  qint64 nowMs = 0;                             // this kiosk's clock
  qint64 maxAgeMs = 30LL * 24 * 60 * 60 * 1000; // older bundles are refused
  QStringList revokedDevices;                   // lost or stolen kiosks: their bundles are refused
  // Kiosks that may carry other kiosks' records (bundles/relays); any other
  // signer may carry only records it made itself.
  QStringList relays;
};

// Reads and checks a file (at most kMaxFileBytes): its format, the
// signature, the signer's certificate chain to the trusted CAs, that it is a
// kiosk's client certificate naming a kiosk (subject serialNumber = device
// id) that is not revoked — and only then parses the payload: that the
// certificate names the kiosk the bundle says it comes from, the bundle's
// age, the chain again at the bundle's time, then every record, each made by
// the signer unless the signer is a relay. Nothing is returned unless all
// holds. Errors: "bundle_format", "bundle_untrusted", "bundle_signature",
// "bundle_record", "bundle_origin" — each message names what is wrong.
[[nodiscard]] Result<OpenedBundle> readBundle(QByteArrayView file, const TrustPolicy& trust);

} // namespace camie::bundle
