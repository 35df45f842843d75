#include "core/domain/khmer_text.h"

namespace camie::domain {

namespace {

constexpr char16_t kZeroWidthSpace = 0x200B;
constexpr char16_t kVowelSignE = 0x17C1;  // េ
constexpr char16_t kVowelSignAa = 0x17B6; // ា
constexpr char16_t kVowelSignOo = 0x17C4; // ោ = េ + ា
constexpr char16_t kVowelSignIi = 0x17B8; // ី
constexpr char16_t kVowelSignOe = 0x17BE; // ើ = េ + ី

// Consonants, independent vowels, dependent vowels, signs and the subscript
// mark (U+1780–U+17D3), and the two signs after the punctuation (U+17DC–U+17DD).
// Not punctuation (។ ៕ ...), the riel sign, digits or lunar-date symbols.
bool isKhmerNameCharacter(QChar c) {
  const char16_t u = c.unicode();
  return (u >= 0x1780 && u <= 0x17D3) || u == 0x17DC || u == 0x17DD;
}

// Consonants and independent vowels (U+1780–U+17B3), and the letter U+17DC.
bool isKhmerBase(QChar c) {
  const char16_t u = c.unicode();
  return (u >= 0x1780 && u <= 0x17B3) || u == 0x17DC;
}

} // namespace

QString KhmerText::normalizeName(QStringView typed) {
  QString text = typed.toString().normalized(QString::NormalizationForm_C);
  text.remove(QChar(kZeroWidthSpace));
  QString joined;
  joined.reserve(text.size());
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (c == QChar(kVowelSignE) && next == QChar(kVowelSignAa)) {
      joined.append(QChar(kVowelSignOo));
      ++i;
    } else if (c == QChar(kVowelSignE) && next == QChar(kVowelSignIi)) {
      joined.append(QChar(kVowelSignOe));
      ++i;
    } else {
      joined.append(c);
    }
  }
  return joined.simplified();
}

bool KhmerText::isKhmerNameText(QStringView name) {
  if (name.isEmpty() || name.front() == u' ' || name.back() == u' ')
    return false;
  QChar previous;
  for (const QChar c : name) {
    if (c == u' ' ? previous == u' ' : !isKhmerNameCharacter(c))
      return false;
    previous = c;
  }
  return true;
}

bool KhmerText::wordsStartWithBase(QStringView name) {
  bool atWordStart = true;
  for (const QChar c : name) {
    if (c == u' ') {
      atWordStart = true;
      continue;
    }
    if (atWordStart && !isKhmerBase(c))
      return false;
    atWordStart = false;
  }
  return true;
}

QString KhmerText::toAsciiDigits(QStringView text) {
  QString out = text.toString();
  for (QChar& c : out) {
    if (c.unicode() >= 0x17E0 && c.unicode() <= 0x17E9)
      c = QChar(u'0' + (c.unicode() - 0x17E0));
  }
  return out;
}

} // namespace camie::domain
