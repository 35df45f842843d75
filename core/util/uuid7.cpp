#include "core/util/uuid7.h"

#include <QRegularExpression>

#include <openssl/rand.h>

#include <array>
#include <cstdlib>

namespace camie {

QString Uuid7::generate(qint64 unixMs) {
  std::array<unsigned char, 16> b{};
  if (RAND_bytes(b.data() + 6, 10) != 1)
    std::abort(); // no randomness means no safe ids: stop rather than collide
  const auto ms = static_cast<quint64>(unixMs);
  for (int i = 0; i < 6; ++i)
    b[static_cast<size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
  b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
  b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // variant 10
  const QByteArray hex =
      QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size())).toHex();
  return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                             hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

bool Uuid7::isValid(QStringView text) {
  static const QRegularExpression re(
      QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
  return re.match(text.toString()).hasMatch();
}

qint64 Uuid7::timestampMs(QStringView text) {
  const QString hex = text.left(8).toString() + text.mid(9, 4).toString();
  return hex.toLongLong(nullptr, 16);
}

} // namespace camie
