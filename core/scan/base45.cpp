#include "core/scan/base45.h"

#include <algorithm>

namespace camie::scan {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
constexpr int kBase = 45;

int valueOf(QChar c) {
  for (int i = 0; i < kBase; ++i) {
    if (c == QLatin1Char(kAlphabet[i]))
      return i;
  }
  return -1;
}

Error bad(const QString& why) {
  return makeError(QStringLiteral("bad_base45"), QStringLiteral("Not base45: %1.").arg(why));
}

} // namespace

QString Base45::encode(QByteArrayView bytes) {
  QString text;
  text.reserve(bytes.size() / 2 * 3 + 2);
  qsizetype i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    int n = static_cast<uchar>(bytes[i]) * 256 + static_cast<uchar>(bytes[i + 1]);
    for (int digit = 0; digit < 3; ++digit, n /= kBase)
      text += QLatin1Char(kAlphabet[n % kBase]);
  }
  if (i < bytes.size()) {
    const int n = static_cast<uchar>(bytes[i]);
    text += QLatin1Char(kAlphabet[n % kBase]);
    text += QLatin1Char(kAlphabet[n / kBase]);
  }
  return text;
}

Result<QByteArray> Base45::decode(QStringView text) {
  if (text.size() % 3 == 1)
    return bad(QStringLiteral("%1 characters leave one over").arg(text.size()));
  QByteArray bytes;
  bytes.reserve(text.size() / 3 * 2 + 1);
  for (qsizetype i = 0; i < text.size(); i += 3) {
    const qsizetype group = std::min<qsizetype>(3, text.size() - i);
    int n = 0;
    int weight = 1;
    for (qsizetype j = 0; j < group; ++j, weight *= kBase) {
      const int value = valueOf(text[i + j]);
      if (value < 0)
        return bad(QStringLiteral("a character outside the alphabet at %1").arg(i + j));
      n += value * weight;
    }
    if (group == 3) {
      if (n > 0xFFFF)
        return bad(QStringLiteral("the group at %1 is above 65535").arg(i));
      bytes.append(static_cast<char>(n >> 8));
    } else if (n > 0xFF) {
      return bad(QStringLiteral("the last pair is above 255"));
    }
    bytes.append(static_cast<char>(n & 0xFF));
  }
  return bytes;
}

} // namespace camie::scan
