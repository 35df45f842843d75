// Ie1Encoder: mints the text of a signed pre-registration code (IE1,
// PREREG-QR.md) — what the portal does; the kiosk uses it for demos
// (camie-kioskctl make-prereg) and tests.
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace camie::scan {

class Ie1Encoder {
public:
  // The body JSON: {"v":1,"prn":...,"iat":...,"exp":...,"fields":{...}}.
  static QByteArray body(const QString& prn, qint64 iat, qint64 exp, const QJsonObject& fields);
  // "IE1:" + base45(zlib(envelope)), the envelope signed with the raw 32-byte
  // Ed25519 `privateKey`. Errors: "bad_envelope", "bad_zlib", "bad_key_size",
  // "crypto_failure".
  [[nodiscard]] static Result<QString> encode(QStringView kid, QByteArrayView body,
                                              const crypto::SecureBytes& privateKey);
};

} // namespace camie::scan
