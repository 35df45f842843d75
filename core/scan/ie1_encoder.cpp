#include "core/scan/ie1_encoder.h"

#include "core/crypto/ed25519.h"
#include "core/scan/base45.h"
#include "core/scan/ie1_envelope.h"
#include "core/scan/zlib_codec.h"

#include <QJsonDocument>

namespace camie::scan {

QByteArray Ie1Encoder::body(const QString& prn, qint64 iat, qint64 exp, const QJsonObject& fields) {
  const QJsonObject body{{QStringLiteral("v"), 1},
                         {QStringLiteral("prn"), prn},
                         {QStringLiteral("iat"), iat},
                         {QStringLiteral("exp"), exp},
                         {QStringLiteral("fields"), fields}};
  return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<QString> Ie1Encoder::encode(QStringView kid, QByteArrayView body,
                                   const crypto::SecureBytes& privateKey) {
  auto envelope = Ie1Envelope::signedPart(kid, body);
  if (!envelope)
    return envelope.error();
  auto signature = crypto::Ed25519::sign(privateKey, *envelope);
  if (!signature)
    return signature.error();
  envelope->append(*signature);
  auto compressed = ZlibCodec::deflate(*envelope);
  if (!compressed)
    return compressed.error();
  return QStringLiteral("IE1:") + Base45::encode(*compressed);
}

} // namespace camie::scan
