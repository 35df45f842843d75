#include "core/domain/receipt_code.h"

#include <QCryptographicHash>

namespace camie::domain {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford, no I L O U
constexpr int kDataSymbols = 9;

int symbolValue(QChar c) {
  char16_t u = c.unicode();
  if (u >= 0x17E0 && u <= 0x17E9) // Khmer digits
    u = static_cast<char16_t>(u'0' + (u - 0x17E0));
  if (u >= 'a' && u <= 'z')
    u = static_cast<char16_t>(u - 'a' + 'A');
  if (u == 'O')
    u = '0';
  if (u == 'I' || u == 'L')
    u = '1';
  for (int i = 0; i < 32; ++i)
    if (kAlphabet[i] == u)
      return i;
  return -1;
}

bool isSeparator(QChar c) {
  return c == u'-' || c == u' ' || c == QChar(0x200B);
}

// Luhn mod N over the values, N = 32: doubling every second value from the
// right, folding the carry back in.
int checkValue(const int* values, int count) {
  int factor = 2;
  int sum = 0;
  for (int i = count - 1; i >= 0; --i) {
    int addend = factor * values[i];
    factor = factor == 2 ? 1 : 2;
    addend = addend / 32 + addend % 32;
    sum += addend;
  }
  return (32 - sum % 32) % 32;
}

QString grouped(const int* values) {
  QString code;
  for (int i = 0; i <= kDataSymbols; ++i) {
    if (i == 5)
      code += u'-';
    code += QLatin1Char(kAlphabet[values[i]]);
  }
  return code;
}

} // namespace

QString ReceiptCode::forRecordId(QStringView recordId) {
  const QByteArray digest = QCryptographicHash::hash(
      QByteArray("camie-receipt-code/v1 ") + recordId.toUtf8(), QCryptographicHash::Sha256);
  // The first 45 bits of the digest, five bits a symbol.
  quint64 bits = 0;
  for (int i = 0; i < 8; ++i)
    bits = (bits << 8) | static_cast<quint8>(digest[i]);
  int values[kDataSymbols + 1];
  for (int i = 0; i < kDataSymbols; ++i)
    values[i] = static_cast<int>((bits >> (64 - 5 * (i + 1))) & 31U);
  values[kDataSymbols] = checkValue(values, kDataSymbols);
  return grouped(values);
}

std::optional<QString> ReceiptCode::normalize(QStringView typed) {
  int values[kDataSymbols + 1];
  int count = 0;
  for (const QChar c : typed) {
    if (isSeparator(c))
      continue;
    const int v = symbolValue(c);
    if (v < 0 || count > kDataSymbols)
      return std::nullopt;
    values[count++] = v;
  }
  if (count != kDataSymbols + 1 || checkValue(values, kDataSymbols) != values[kDataSymbols])
    return std::nullopt;
  return grouped(values);
}

bool ReceiptCode::looksLikeCode(QStringView typed) {
  int symbols = 0;
  for (const QChar c : typed) {
    if (isSeparator(c))
      continue;
    if (symbolValue(c) < 0)
      return false;
    ++symbols;
  }
  return symbols >= 4 && symbols <= kDataSymbols + 1;
}

} // namespace camie::domain
