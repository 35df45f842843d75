#include "core/ocr/mrz_corrector.h"

#include "core/ocr/mrz_check_sums.h"
#include "core/scan/mrz_layout.h"

#include <QList>

#include <algorithm>

namespace camie::ocr {

namespace {

using scan::MrzLayout;

// What may stand at a position of a TD1 zone (ICAO 9303 part 5).
enum class Kind { Alpha, Numeric, Check, Composite, Sex, AlphaNumeric, Names };

Kind td1Kind(int line, int column, bool khmerCard) {
  if (line == 0) {
    if (column < 5)
      return Kind::Alpha;
    if (column < 14)
      return khmerCard ? Kind::Numeric : Kind::AlphaNumeric; // KHM: a 9-digit number
    if (column == 14)
      return Kind::Check;
    return Kind::AlphaNumeric;
  }
  if (line == 1) {
    if (column == 6 || column == 14)
      return Kind::Check;
    if (column < 14 && column != 7)
      return Kind::Numeric;
    if (column == 7)
      return Kind::Sex;
    if (column < 18)
      return Kind::Alpha;
    if (column < 29)
      return Kind::AlphaNumeric;
    return Kind::Composite;
  }
  return Kind::Names;
}

// The six look-alike pairs; `<` and K are handled apart (K is no digit).
QChar digitFor(QChar c) {
  switch (c.unicode()) {
  case u'O':
    return u'0';
  case u'I':
    return u'1';
  case u'S':
    return u'5';
  case u'B':
    return u'8';
  case u'Z':
    return u'2';
  default:
    return {};
  }
}

// Where only a digit may stand, a few more letters Tesseract reads for OCR-B
// digits; the check digits still have to agree.
QChar certainDigitFor(QChar c) {
  switch (c.unicode()) {
  case u'D':
  case u'Q':
  case u'U':
    return u'0';
  case u'L':
    return u'1';
  case u'T':
    return u'7';
  case u'G':
    return u'6';
  case u'A':
    return u'4';
  default:
    return digitFor(c);
  }
}

QChar letterFor(QChar c) {
  switch (c.unicode()) {
  case u'0':
    return u'O';
  case u'1':
    return u'I';
  case u'5':
    return u'S';
  case u'8':
    return u'B';
  case u'2':
    return u'Z';
  default:
    return {};
  }
}

// The other reading of a character where letters and digits may both stand.
// Not K for `<`: K counts 20 in a check digit's sum, a filler 0, so no check
// digit can tell them apart (see fillKs).
QChar partnerOf(QChar c) {
  if (const QChar d = digitFor(c); !d.isNull())
    return d;
  return letterFor(c);
}

// A names line is SURNAME<<GIVEN<NAMES: after the given names the next `<<`
// ends them and only fillers follow (OCR reads some of them as K or junk).
// Words made only of K are fillers read as K, and one-letter words are
// fillers misread: no Khmer name is one letter.
void cleanNames(QString& names) {
  for (qsizetype i = 0; i < names.size(); ++i) {
    const bool alone =
        (i == 0 || names.at(i - 1) == u'<') && (i + 1 == names.size() || names.at(i + 1) == u'<');
    if (alone && i > 0)
      names[i] = u'<';
  }
  const qsizetype surnameEnd = names.indexOf(QStringLiteral("<<"));
  if (surnameEnd < 0)
    return;
  // Exactly two fillers part the surname from the given names.
  qsizetype runEnd = surnameEnd + 2;
  while (runEnd < names.size() && names.at(runEnd) == u'<')
    ++runEnd;
  if (runEnd < names.size()) {
    const qsizetype extra = runEnd - surnameEnd - 2;
    names.remove(surnameEnd + 2, extra);
    names.append(QString(extra, u'<'));
  }
  const qsizetype givenStart = surnameEnd + 2;
  qsizetype end = names.indexOf(QStringLiteral("<<"), givenStart);
  if (end < 0)
    end = names.size();
  for (qsizetype i = end; i < names.size(); ++i)
    names[i] = u'<';
  for (qsizetype i = givenStart; i < end;) {
    qsizetype j = i;
    while (j < end && names.at(j) != u'<')
      ++j;
    if (std::all_of(names.begin() + i, names.begin() + j, [](QChar c) { return c == u'K'; }))
      std::fill(names.begin() + i, names.begin() + j, u'<');
    i = j + 1;
  }
}

// Fillers read as K in optional data: a run of K standing between fillers
// (or the field's start or end) is fillers. Data in these fields sits at
// their start and is not K alone.
void fillKs(QString& line, int start, int length) {
  const int end = start + length;
  for (int i = start; i < end;) {
    if (line.at(i) != u'K') {
      ++i;
      continue;
    }
    int j = i;
    while (j < end && line.at(j) == u'K')
      ++j;
    const bool fillerBefore = i == start || line.at(i - 1) == u'<';
    const bool fillerAfter = j == end || line.at(j) == u'<';
    if (fillerBefore && fillerAfter)
      std::fill(line.begin() + i, line.begin() + j, u'<');
    i = j;
  }
}

using Doubt = MrzDoubt;

} // namespace

QString MrzCorrection::statusCode() const {
  switch (status) {
  case Status::Valid:
    return QStringLiteral("valid");
  case Status::Invalid:
    return QStringLiteral("invalid");
  case Status::Ambiguous:
    return QStringLiteral("ambiguous");
  }
  return QStringLiteral("invalid");
}

QString MrzCorrector::fitLine(QString line, int width) {
  QString fitted;
  for (QChar c : line) {
    if (c >= u'a' && c <= u'z')
      c = QChar(c.unicode() - (u'a' - u'A'));
    if (MrzLayout::isMrzChar(c))
      fitted.append(c);
  }
  // The longest run of fillers (the last of equal ones) takes up the difference.
  while (fitted.size() != width) {
    qsizetype bestStart = -1;
    qsizetype bestLength = 0;
    for (qsizetype i = 0; i < fitted.size();) {
      if (fitted.at(i) != u'<') {
        ++i;
        continue;
      }
      qsizetype j = i;
      while (j < fitted.size() && fitted.at(j) == u'<')
        ++j;
      if (j - i >= bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    if (fitted.size() < width) {
      // A line ending in a letter (names cut short) gets its fillers at the end.
      const bool endsInLetter = !fitted.isEmpty() && fitted.back() >= u'A' && fitted.back() <= u'Z';
      if (bestStart < 0 || endsInLetter)
        fitted.append(QString(width - fitted.size(), u'<'));
      else
        fitted.insert(bestStart, QString(width - fitted.size(), u'<'));
    } else if (bestLength > 2) {
      fitted.remove(bestStart, std::min<qsizetype>(bestLength - 2, fitted.size() - width));
    } else {
      fitted.truncate(width);
    }
  }
  return fitted;
}

MrzCorrection MrzCorrector::correct(const QStringList& read, QDate today) {
  MrzCorrection result;
  if (read.size() != MrzLayout::kTd1Lines) {
    // Not a card's three lines (a passport's two may even parse): no zone.
    result.outcome = scan::MrzParser::parse(read.join(u'\n'), today);
    result.outcome.record.reset();
    return result;
  }
  QStringList lines;
  for (const QString& line : read)
    lines.append(fitLine(line, MrzLayout::kTd1Width));
  const QStringList fitted = lines;

  // Where only one kind of character may stand, the look-alike is certain.
  const bool khmerCard = QStringView(lines[0]).mid(2, 3) == u"KHM";
  QList<Doubt> doubts;
  for (int l = 0; l < MrzLayout::kTd1Lines; ++l) {
    for (int c = 0; c < MrzLayout::kTd1Width; ++c) {
      QChar& ch = lines[l][c];
      switch (td1Kind(l, c, khmerCard)) {
      case Kind::Numeric:
      case Kind::Check:
        if (const QChar d = certainDigitFor(ch); !d.isNull())
          ch = d;
        break;
      case Kind::Composite:
        if (ch == u'K')
          ch = u'<';
        else if (const QChar d = certainDigitFor(ch); !d.isNull())
          ch = d;
        break;
      case Kind::Alpha:
      case Kind::Names:
        if (const QChar a = letterFor(ch); !a.isNull())
          ch = a;
        break;
      case Kind::AlphaNumeric:
        if (const QChar other = partnerOf(ch); !other.isNull())
          doubts.append({l, c, other});
        break;
      case Kind::Sex:
        break;
      }
    }
  }
  // A Khmer ID card's zone starts IDKHM (its only TD1 document): the letters
  // Tesseract reads for OCR-B's I and D there are put right. No check digit
  // covers the document code.
  if (khmerCard) {
    if (QStringView(u"TLJ").contains(lines[0][0]))
      lines[0][0] = u'I';
    if (QStringView(u"OQU").contains(lines[0][1]))
      lines[0][1] = u'D';
  }
  cleanNames(lines[2]);
  fillKs(lines[0], 15, 15);
  fillKs(lines[1], 18, 11);

  // The last name ending in K just before the fillers may be a filler read as
  // K (no check digit can tell): the teller should look.
  {
    const QString& names = lines[2];
    qsizetype last = names.size() - 1;
    while (last > 0 && names.at(last) == u'<')
      --last;
    result.nameEndsInK =
        last + 1 < names.size() && last > 0 && names.at(last) == u'K' && names.at(last - 1) != u'<';
    // Likewise the other letters Tesseract reads for an OCR-B filler.
    result.nameEndsInLookAlike = last + 1 < names.size() && last > 0 &&
                                 QStringView(u"KECSXGJ").contains(names.at(last)) &&
                                 names.at(last - 1) != u'<';
  }
  // Letters of the names that the fixes changed (not what became fillers).
  for (int c = 0; c < MrzLayout::kTd1Width; ++c) {
    const QChar was = fitted[2][c];
    if (was != lines[2][c] && lines[2][c] != u'<')
      ++result.nameChanges;
  }

  const auto changes = [&fitted](const QStringList& zone) {
    int n = 0;
    for (int l = 0; l < MrzLayout::kTd1Lines; ++l)
      for (int c = 0; c < MrzLayout::kTd1Width; ++c)
        n += zone[l][c] != fitted[l][c] ? 1 : 0;
    return n;
  };

  // The read as it stands (certain fixes made) first: when its check digits
  // agree, a different reading would need the OCR to err and still agree.
  // Without a composite check digit nothing checks the optional data, so a
  // doubtful character there is not decided by the read alone.
  result.outcome = scan::MrzParser::parse(lines.join(u'\n'), today);
  result.alternativesTried = 1;
  const bool unchecked = result.outcome.ok() && !result.outcome.record->compositeChecked;
  if (result.outcome.ok() && !(unchecked && !doubts.isEmpty())) {
    result.status = MrzCorrection::Status::Valid;
    result.zone = lines.join(u'\n');
    result.substitutions = changes(lines);
    return result;
  }
  if (doubts.size() > kMaxDoubtful) {
    // The read validates only with unchecked optional data, and too many of
    // its characters are in doubt to try every reading: nothing is proposed.
    if (result.outcome.ok())
      result.status = MrzCorrection::Status::Ambiguous;
    result.outcome.record.reset();
    return result;
  }

  // Each reading is another zone (its doubts changed differ), so counting
  // the readings that validate counts the zones; a second one settles it.
  int valid = 0;
  QString chosen;
  scan::MrzOutcome chosenOutcome;
  if (result.outcome.ok()) {
    chosen = lines.join(u'\n');
    ++valid;
    chosenOutcome = result.outcome;
  }
  const MrzCheckSums sums(lines, doubts);
  for (const quint32 mask : sums.candidates()) {
    if (valid > 1)
      break; // ambiguous already: the rest cannot make it less so
    QStringList zone = lines;
    for (int i = 0; i < doubts.size(); ++i) {
      if (mask & (1u << i))
        zone[doubts[i].line][doubts[i].column] = doubts[i].other;
    }
    const QString text = zone.join(u'\n');
    scan::MrzOutcome outcome = scan::MrzParser::parse(text, today);
    ++result.alternativesTried;
    if (!outcome.ok())
      continue;
    ++valid;
    chosen = text;
    chosenOutcome = std::move(outcome);
  }
  if (valid > 1) {
    result.status = MrzCorrection::Status::Ambiguous;
    result.outcome = scan::MrzParser::parse(fitted.join(u'\n'), today);
    result.outcome.record.reset();
    return result;
  }
  if (valid == 1) {
    result.status = MrzCorrection::Status::Valid;
    result.zone = chosen;
    result.outcome = std::move(chosenOutcome);
    result.substitutions = changes(chosen.split(u'\n'));
  }
  return result;
}

} // namespace camie::ocr
