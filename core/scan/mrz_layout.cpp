#include "core/scan/mrz_layout.h"

#include <iterator>

namespace camie::scan {

namespace {

// What may stand in a span: OCR look-alikes are fixed only where one kind of
// character is allowed (digits in dates, letters in country codes and names).
enum class Kind { Alpha, Numeric, AlphaNumeric, Sex, Names };

struct Span {
  const char* field;
  int line;
  int start;
  int length;
  Kind kind;
};

// ICAO 9303 part 5 (TD1) and part 4 (TD3); check digits belong to their field.
constexpr Span kTd1[] = {{"document_type", 0, 0, 2, Kind::Alpha},
                         {"issuer", 0, 2, 3, Kind::Alpha},
                         {"document_number", 0, 5, 9, Kind::AlphaNumeric},
                         {"document_number", 0, 14, 1, Kind::Numeric},
                         {"optional", 0, 15, 15, Kind::AlphaNumeric},
                         {"birth_date", 1, 0, 7, Kind::Numeric},
                         {"sex", 1, 7, 1, Kind::Sex},
                         {"expiry_date", 1, 8, 7, Kind::Numeric},
                         {"nationality", 1, 15, 3, Kind::Alpha},
                         {"optional", 1, 18, 11, Kind::AlphaNumeric},
                         {"composite", 1, 29, 1, Kind::Numeric},
                         {"names", 2, 0, 30, Kind::Names}};
constexpr Span kTd3[] = {{"document_type", 0, 0, 2, Kind::Alpha},
                         {"issuer", 0, 2, 3, Kind::Alpha},
                         {"names", 0, 5, 39, Kind::Names},
                         {"document_number", 1, 0, 9, Kind::AlphaNumeric},
                         {"document_number", 1, 9, 1, Kind::Numeric},
                         {"nationality", 1, 10, 3, Kind::Alpha},
                         {"birth_date", 1, 13, 7, Kind::Numeric},
                         {"sex", 1, 20, 1, Kind::Sex},
                         {"expiry_date", 1, 21, 7, Kind::Numeric},
                         {"optional", 1, 28, 14, Kind::AlphaNumeric},
                         {"optional", 1, 42, 1, Kind::Numeric},
                         {"composite", 1, 43, 1, Kind::Numeric}};

QChar asDigit(QChar c) {
  switch (c.unicode()) {
  case u'O':
  case u'Q':
  case u'D':
    return u'0';
  case u'I':
  case u'L':
    return u'1';
  case u'Z':
    return u'2';
  case u'S':
    return u'5';
  case u'G':
    return u'6';
  case u'B':
    return u'8';
  default:
    return {};
  }
}

QChar asLetter(QChar c) {
  switch (c.unicode()) {
  case u'0':
    return u'O';
  case u'1':
    return u'I';
  case u'2':
    return u'Z';
  case u'5':
    return u'S';
  case u'6':
    return u'G';
  case u'8':
    return u'B';
  default:
    return {};
  }
}

} // namespace

bool MrzLayout::isMrzChar(QChar c) {
  return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<';
}

QStringList MrzLayout::normalizedLines(QStringView text) {
  QString upper = text.toString();
  for (QChar& c : upper) {
    if (c >= u'a' && c <= u'z')
      c = QChar(c.unicode() - (u'a' - u'A'));
  }
  upper.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
  QStringList lines;
  for (const QString& line : upper.split(u'\n')) {
    const QString trimmed = line.trimmed();
    if (!trimmed.isEmpty())
      lines.append(trimmed);
  }
  if (lines.size() == 1 &&
      (lines[0].size() == kTd1Lines * kTd1Width || lines[0].size() == kTd3Lines * kTd3Width)) {
    const int width = lines[0].size() == kTd1Lines * kTd1Width ? kTd1Width : kTd3Width;
    const QString whole = lines.takeFirst();
    for (qsizetype i = 0; i < whole.size(); i += width)
      lines.append(whole.mid(i, width));
  }
  return lines;
}

QString MrzLayout::fixCharacters(QStringList& lines, bool td1, QStringList& corrected) {
  const Span* begin = td1 ? std::begin(kTd1) : std::begin(kTd3);
  const Span* end = td1 ? std::end(kTd1) : std::end(kTd3);
  for (const Span* s = begin; s != end; ++s) {
    Kind kind = s->kind;
    if (td1 && s->line == 0 && s->start == 5 && lines[0].mid(2, 3) == u"KHM")
      kind = Kind::Numeric;
    QString& line = lines[s->line];
    bool fixed = false;
    for (int i = s->start; i < s->start + s->length; ++i) {
      const QChar c = line.at(i);
      if (!isMrzChar(c))
        return QString::fromLatin1(s->field);
      if (c == u'<')
        continue;
      QChar replacement;
      if (kind == Kind::Numeric && !c.isDigit())
        replacement = asDigit(c);
      else if ((kind == Kind::Alpha || kind == Kind::Names) && c.isDigit())
        replacement = asLetter(c);
      else if (kind == Kind::Sex && c != u'M' && c != u'F' && c != u'X')
        return QString::fromLatin1(s->field);
      else
        continue;
      if (replacement.isNull())
        return QString::fromLatin1(s->field);
      line[i] = replacement;
      fixed = true;
    }
    if (fixed && !corrected.contains(QLatin1String(s->field)))
      corrected.append(QString::fromLatin1(s->field));
  }
  return {};
}

} // namespace camie::scan
