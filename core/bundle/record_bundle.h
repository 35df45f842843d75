// RecordBundle: sealed registrations carried on a USB stick from a kiosk with
// no network to one that has it (`camie-kioskctl export` / `import`).
//
// The file is JSON: {"format": "camie-bundle/1", "payload": base64,
// "certificates": [PEM, ...], "signature": base64}. The payload is the JSON
// {bundleId, deviceId, createdAt, records: [...]} with records in the shape of
// an upload batch (API.md); every record stays sealed to the registry, so the
// file holds no personal data a finder could read. The signature is by the
// exporting kiosk's enrolled key over "camie-bundle/1\n" + payload; its
// certificate (leaf first) must chain to a CA the importing kiosk trusts, at
// the time the bundle was made. A record carries "originDeviceId" when the
// kiosk that made it is not the one that signed the bundle (a relay).
#pragma once

#include "core/store/outgoing_queue.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace camie::bundle {

inline constexpr const char* kFormat = "camie-bundle/1";
// A bundle file is at most 64 MiB (about 20,000 records); an export of more
// writes several files. A larger file is refused before it is read.
inline constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
// One certificate of the signer's chain, in PEM.
inline constexpr qsizetype kMaxCertificateBytes = 16 * 1024;
inline constexpr int kMaxRecords = 50000;

struct RecordBundle {
  QString bundleId; // UUIDv7
  QString deviceId; // the kiosk that wrote it
  qint64 createdAtMs = 0;
  QList<store::OutgoingRecord> records;
};

struct OpenedBundle {
  RecordBundle bundle;
  QString signerSubject;     // the certificate's subject, one line
  QString signerFingerprint; // SHA-256 of the certificate, hex
};

// The signing identity: the kiosk's private key (PEM, possibly encrypted
// under `passphrase`) and its certificate, chain after it.
struct BundleSigner {
  QByteArray keyPem;
  QByteArray passphrase;
  QByteArray certificatesPem;
};

// The file's bytes. Errors: "bundle_signer" (no usable key or certificate, or
// they do not match), "crypto_failure".
[[nodiscard]] Result<QByteArray> writeBundle(const RecordBundle& bundle,
                                             const BundleSigner& signer);

// Whom an importing kiosk trusts, and until when.
struct TrustPolicy {
  QByteArray trustedCasPem;                     // CAs that sign kiosk certificates
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

// One sealed record in the shape of an upload batch (API.md) — the same in a
// bundle, so an imported record goes up exactly as its kiosk would send it.
QJsonObject sealedRecordJson(const store::OutgoingRecord& record);

// A file name for a bundle: camie-<device>-<UTC time>-<end of its id>.camie-bundle.
QString bundleFileName(const RecordBundle& bundle);

} // namespace camie::bundle
