#include "core/domain/khmer_text.h"

#include <algorithm>
#include <iterator>

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

// The five keys of the NiDA layout that send a code point Unicode leaves
// unassigned, and the two characters xkb's Compose table makes of each.
struct Digraph {
  char16_t sent;
  char16_t first;
  char16_t second;
};
constexpr Digraph kDigraphs[] = {
    {0x17FB, 0x17BB, 0x17C7}, // ុះ
    {0x17FC, 0x17BB, 0x17C6}, // ុំ
    {0x17FD, 0x17C1, 0x17C7}, // េះ
    {0x17FE, 0x17C4, 0x17C7}, // ោះ
    {0x17FF, 0x17B6, 0x17C6}, // ាំ
};

} // namespace

QString KhmerText::expandDigraphs(QStringView text) {
  QString out;
  out.reserve(text.size() + 4);
  for (const QChar c : text) {
    const auto* digraph = std::find_if(std::begin(kDigraphs), std::end(kDigraphs),
                                       [c](const Digraph& d) { return d.sent == c.unicode(); });
    if (digraph != std::end(kDigraphs)) {
      out.append(QChar(digraph->first));
      out.append(QChar(digraph->second));
    } else {
      out.append(c);
    }
  }
  return out.normalized(QString::NormalizationForm_C);
}

QString KhmerText::normalizeName(QStringView typed) {
  QString text = expandDigraphs(typed);
  text.replace(QChar(kZeroWidthSpace), QChar(u' ')); // the Khmer layout's Space key
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

bool KhmerText::isNumberSeparator(QChar c) {
  switch (c.unicode()) {
  case kZeroWidthSpace:
  case u'.':
  case u'/':
  case u'-':
  case u',':
  case 0x2010: // hyphen
  case 0x2212: // minus sign
  case 0x17A5: // ឥ: the '-' key of the Khmer layout
  case 0x17D4: // ។: its '.' key
  case 0x17CA: // ៊: its '/' key
    return true;
  default:
    return c.isSpace();
  }
}

QString KhmerText::compactNumber(QStringView typed) {
  QString out;
  for (const QChar c : toAsciiDigits(typed)) {
    if (!isNumberSeparator(c))
      out.append(c);
  }
  return out;
}

QStringList KhmerText::numberGroups(QStringView typed) {
  QStringList groups;
  QString group;
  for (const QChar c : toAsciiDigits(typed)) {
    if (!isNumberSeparator(c)) {
      group.append(c);
    } else if (!group.isEmpty()) {
      groups.append(group);
      group.clear();
    }
  }
  if (!group.isEmpty())
    groups.append(group);
  return groups;
}

QString KhmerText::normalizeSecret(QStringView typed) {
  const QString ascii = toAsciiDigits(typed);
  const bool pin = !ascii.isEmpty() && std::all_of(ascii.begin(), ascii.end(),
                                                   [](QChar c) { return c >= u'0' && c <= u'9'; });
  return pin ? ascii : typed.toString();
}

bool KhmerText::hasLatinLetters(QStringView text) {
  return std::any_of(text.begin(), text.end(),
                     [](QChar c) { return c.isLetter() && c.script() == QChar::Script_Latin; });
}

bool KhmerText::hasKhmerLetters(QStringView text) {
  return std::any_of(text.begin(), text.end(), [](QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x1780 && u <= 0x17D3) || u == 0x17DC || u == 0x17DD ||
           (u >= 0x17FB && u <= 0x17FF);
  });
}

} // namespace camie::domain
