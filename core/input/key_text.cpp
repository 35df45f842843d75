#include "core/input/key_text.h"

#include <QChar>

namespace camie::input {
namespace {

constexpr char16_t kDottedCircle = 0x25CC;

// The Compose file's "Khmer digraphs" (/usr/share/X11/locale/en_US.UTF-8/Compose).
QString digraph(char32_t symbol) {
  switch (symbol) {
  case 0x17FB:
    return QString::fromUtf16(u"\u17BB\u17C7"); // ុះ
  case 0x17FC:
    return QString::fromUtf16(u"\u17BB\u17C6"); // ុំ
  case 0x17FD:
    return QString::fromUtf16(u"\u17C1\u17C7"); // េះ
  case 0x17FE:
    return QString::fromUtf16(u"\u17C4\u17C7"); // ោះ
  case 0x17FF:
    return QString::fromUtf16(u"\u17B6\u17C6"); // ាំ
  default:
    return {};
  }
}

bool attachesToLetter(char32_t c) {
  switch (QChar::category(c)) {
  case QChar::Mark_NonSpacing:
  case QChar::Mark_SpacingCombining:
  case QChar::Mark_Enclosing:
    return true;
  default:
    return false;
  }
}

} // namespace

QString KeyText::typed(char32_t symbol) {
  if (QString pair = digraph(symbol); !pair.isEmpty())
    return pair;
  if (symbol == 0 || symbol > QChar::LastValidCodePoint ||
      QChar::category(symbol) == QChar::Other_NotAssigned ||
      QChar::category(symbol) == QChar::Other_Surrogate)
    return {};
  return QString::fromUcs4(&symbol, 1);
}

QString KeyText::label(char32_t symbol) {
  const QString text = typed(symbol);
  if (text.isEmpty())
    return {};
  const char32_t first = text.at(0).unicode();
  if (first == 0x200D)
    return QStringLiteral("ZWJ");
  if (first == 0x200C)
    return QStringLiteral("ZWNJ");
  if (attachesToLetter(first))
    return QChar(kDottedCircle) + text;
  return text;
}

} // namespace camie::input
