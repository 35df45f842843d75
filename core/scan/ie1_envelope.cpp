#include "core/scan/ie1_envelope.h"

#include <algorithm>

namespace camie::scan {

namespace {

Error bad(const QString& why) {
  return makeError(QStringLiteral("bad_envelope"),
                   QStringLiteral("The IE1 envelope is malformed: %1.").arg(why));
}

bool printableAscii(QByteArrayView bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

} // namespace

Result<Ie1Envelope> Ie1Envelope::parse(QByteArrayView bytes) {
  if (bytes.isEmpty())
    return bad(QStringLiteral("no bytes"));
  const qsizetype k = static_cast<uchar>(bytes[0]);
  if (bytes.size() < 1 + k + 2)
    return bad(QStringLiteral("the key id or the body length is cut short"));
  const qsizetype n = static_cast<uchar>(bytes[1 + k]) * 256 + static_cast<uchar>(bytes[2 + k]);
  const qsizetype signedSize = 1 + k + 2 + n;
  if (bytes.size() < signedSize + kSignatureSize)
    return bad(QStringLiteral("no room for the body and the signature"));
  if (bytes.size() > signedSize + kSignatureSize)
    return bad(QStringLiteral("bytes after the signature"));
  const QByteArrayView kid = bytes.sliced(1, k);
  if (!printableAscii(kid))
    return bad(QStringLiteral("the key id is not printable ASCII"));
  Ie1Envelope envelope;
  envelope.kid = QString::fromLatin1(kid);
  envelope.body = bytes.sliced(3 + k, n).toByteArray();
  envelope.signedBytes = bytes.first(signedSize).toByteArray();
  envelope.signature = bytes.sliced(signedSize).toByteArray();
  return envelope;
}

Result<QByteArray> Ie1Envelope::signedPart(QStringView kid, QByteArrayView body) {
  const bool ascii = std::all_of(kid.begin(), kid.end(),
                                 [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
  const QByteArray kidBytes = kid.toLatin1();
  if (kid.isEmpty() || kid.size() > 255 || !ascii)
    return bad(QStringLiteral("the key id must be 1 to 255 printable ASCII characters"));
  if (body.size() > 0xFFFF)
    return bad(QStringLiteral("the body is longer than 65535 bytes"));
  QByteArray out;
  out.append(static_cast<char>(kidBytes.size()));
  out.append(kidBytes);
  out.append(static_cast<char>(body.size() >> 8));
  out.append(static_cast<char>(body.size() & 0xFF));
  out.append(body.data(), body.size());
  return out;
}

} // namespace camie::scan
