// Ie1Envelope: the signed bytes inside an IE1 pre-registration code
// (PREREG-QR.md): key id, JSON body, and an Ed25519 signature over both.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace camie::scan {

struct Ie1Envelope {
  static constexpr qsizetype kSignatureSize = 64;

  QString kid;            // the portal key's id (printable ASCII)
  QByteArray body;        // UTF-8 JSON, not yet parsed
  QByteArray signedBytes; // every byte before the signature
  QByteArray signature;   // 64 bytes

  // Errors: "bad_envelope" — lengths that do not add up, no room for the
  // signature, bytes left over, or a key id that is not printable ASCII.
  [[nodiscard]] static Result<Ie1Envelope> parse(QByteArrayView bytes);
  // The part to sign: k, kid, n (big-endian), body. Errors: "bad_envelope"
  // (a key id longer than 255 bytes or not printable ASCII, a body over 65535).
  [[nodiscard]] static Result<QByteArray> signedPart(QStringView kid, QByteArrayView body);
};

} // namespace camie::scan
