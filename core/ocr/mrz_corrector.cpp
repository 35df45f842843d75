#include "core/ocr/mrz_corrector.h"

#include "core/scan/mrz_layout.h"

#include <QList>
#include <QtAlgorithms>

#include <algorithm>
#include <optional>
#include <vector>

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

struct Doubt {
  int line;
  int column;
  QChar other;
};

// A character's value in a check digit's sum (ICAO 9303 part 3).
int checkValue(QChar c) {
  if (c >= u'0' && c <= u'9')
    return c.unicode() - u'0';
  if (c >= u'A' && c <= u'Z')
    return c.unicode() - u'A' + 10;
  return 0;
}

// Where a TD1 position stands in the composite check digit's field (line 1
// columns 5-29, line 2 columns 0-6, 8-14 and 18-28), or -1.
int compositeIndex(int line, int column) {
  if (line == 0 && column >= 5)
    return column - 5;
  if (line == 1 && column <= 6)
    return 25 + column;
  if (line == 1 && column >= 8 && column <= 14)
    return 32 + column - 8;
  if (line == 1 && column >= 18 && column <= 28)
    return 39 + column - 18;
  return -1;
}

// One check digit's sum over the readings: what each doubt changed adds to
// it (mod 10, zero for a doubt the field does not cover) and what the changes
// must add for the check digit to agree.
struct CheckSum {
  QList<int> added;
  int need = 0;
};

// Rules out by arithmetic the readings the parser would refuse on the
// document number's or the composite check digit, the only checks a doubtful
// position (fields of letters and digits) is under. The parser's own
// character fixes (MrzLayout::fixCharacters) leave the doubtful positions
// alone and do the same elsewhere for every reading, so a reading's sum is
// the read's plus what each changed character adds. A read whose fixes fail,
// or whose check digit is neither a digit nor `<`, can validate no way; a `<`
// where the composite digit stands checks nothing, and one after the number
// makes it a long number ending in the optional data (not summed here).
class CheckSumFilter {
public:
  CheckSumFilter(const QStringList& lines, const QList<Doubt>& doubts) : doubts_(doubts.size()) {
    QStringList fixed = lines;
    QStringList corrected;
    if (!MrzLayout::fixCharacters(fixed, true, corrected).isEmpty())
      return;
    const auto sum = [&](QChar check, QStringView read, auto index) -> std::optional<CheckSum> {
      if (check < u'0' || check > u'9')
        return std::nullopt;
      const int digit = scan::MrzParser::checkDigit(read);
      if (digit < 0)
        return std::nullopt;
      CheckSum s;
      for (const Doubt& d : doubts) {
        const int at = index(d);
        const int added =
            at < 0 ? 0
                   : kWeights[at % 3] * (checkValue(d.other) - checkValue(fixed[d.line][d.column]));
        s.added.append((added % 10 + 10) % 10);
      }
      s.need = (check.unicode() - u'0' - digit + 10) % 10;
      return s;
    };
    const QChar numberCheck = fixed[0][14];
    if (numberCheck != u'<') {
      number_ = sum(numberCheck, QStringView(fixed[0]).mid(5, 9), [](const Doubt& d) {
        return d.line == 0 && d.column >= 5 && d.column < 14 ? d.column - 5 : -1;
      });
      if (!number_)
        return;
    }
    const QChar compositeCheck = fixed[1][MrzLayout::kTd1Width - 1];
    const bool covered = std::all_of(doubts.begin(), doubts.end(), [](const Doubt& d) {
      return compositeIndex(d.line, d.column) >= 0; // always so in TD1
    });
    if (compositeCheck != u'<' && covered) {
      composite_ = sum(
          compositeCheck,
          QString(fixed[0].mid(5) + fixed[1].mid(0, 7) + fixed[1].mid(8, 7) + fixed[1].mid(18, 11)),
          [](const Doubt& d) { return compositeIndex(d.line, d.column); });
      if (!composite_)
        return;
    }
    fixed_ = true;
  }

  // The readings that may validate, each a mask of the doubts it changes
  // (the read itself, mask 0, left out), in increasing order. A mask's sums
  // are those of the mask without its lowest doubt plus that doubt's.
  QList<quint32> candidates() const {
    QList<quint32> masks;
    if (!fixed_)
      return masks;
    const quint32 count = 1u << doubts_;
    std::vector<quint8> number(count);
    std::vector<quint8> composite(count);
    for (quint32 mask = 1; mask < count; ++mask) {
      const quint32 lowest = qCountTrailingZeroBits(mask);
      const quint32 rest = mask & (mask - 1);
      if (number_)
        number[mask] = quint8((number[rest] + number_->added[lowest]) % 10);
      if (composite_)
        composite[mask] = quint8((composite[rest] + composite_->added[lowest]) % 10);
      if ((!number_ || number[mask] == number_->need) &&
          (!composite_ || composite[mask] == composite_->need))
        masks.append(mask);
    }
    return masks;
  }

private:
  static constexpr int kWeights[] = {7, 3, 1};
  qsizetype doubts_;                  // how many characters are in doubt
  bool fixed_ = false;                // the read's fixes and check digits may stand
  std::optional<CheckSum> number_;    // the document number's, unless a long number
  std::optional<CheckSum> composite_; // the composite's, unless `<`
};

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
  const CheckSumFilter sums(lines, doubts);
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
