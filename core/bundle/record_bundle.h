// RecordBundle: sealed registrations carried on a USB stick from a kiosk with
// no network to one that has it (`camie-kioskctl export` / `import`).
//
// The file is JSON: {"format": "camie-bundle/1", "payload": base64,
// "certificates": [PEM, ...], "signature": base64}. The payload
// (BundlePayload) is the JSON {bundleId, deviceId, createdAt, records: [...]}
// with records in the shape of an upload batch (wire::SealedRecord); every
// record stays sealed to the registry, so the file holds no personal data a
// finder could read. The signature (BundleSignature) is by the exporting
// kiosk's enrolled key over "camie-bundle/1\n" + payload; its certificate
// (leaf first, SignerChain) must chain to a CA the importing kiosk trusts, at
// the time the bundle was made. A record carries "originDeviceId" when the
// kiosk that made it is not the one that signed the bundle (a relay).
// writeBundle (bundle_writer.h) makes a file, readBundle (bundle_reader.h)
// checks and opens one.
#pragma once

#include "core/store/outgoing_queue.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

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

// A file name for a bundle: camie-<device>-<UTC time>-<end of its id>.camie-bundle.
QString bundleFileName(const RecordBundle& bundle);

// "This is not a readable record bundle: {what}." (error "bundle_format").
Error bundleFormatError(const QString& what);

} // namespace camie::bundle
