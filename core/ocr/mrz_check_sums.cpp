#include "core/ocr/mrz_check_sums.h"

#include "core/scan/mrz_layout.h"
#include "core/scan/mrz_parser.h"

#include <QtAlgorithms>

#include <algorithm>
#include <vector>

namespace camie::ocr {

namespace {

using scan::MrzLayout;

constexpr int kWeights[] = {7, 3, 1};

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

} // namespace

MrzCheckSums::MrzCheckSums(const QStringList& lines, const QList<MrzDoubt>& doubts)
    : doubts_(doubts.size()) {
  QStringList fixed = lines;
  QStringList corrected;
  if (!MrzLayout::fixCharacters(fixed, true, corrected).isEmpty())
    return;
  const auto sum = [&](QChar check, QStringView read, auto index) -> std::optional<Sum> {
    if (check < u'0' || check > u'9')
      return std::nullopt;
    const int digit = scan::MrzParser::checkDigit(read);
    if (digit < 0)
      return std::nullopt;
    Sum s;
    for (const MrzDoubt& d : doubts) {
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
    number_ = sum(numberCheck, QStringView(fixed[0]).mid(5, 9), [](const MrzDoubt& d) {
      return d.line == 0 && d.column >= 5 && d.column < 14 ? d.column - 5 : -1;
    });
    if (!number_)
      return;
  }
  const QChar compositeCheck = fixed[1][MrzLayout::kTd1Width - 1];
  const bool covered = std::all_of(doubts.begin(), doubts.end(), [](const MrzDoubt& d) {
    return compositeIndex(d.line, d.column) >= 0; // always so in TD1
  });
  if (compositeCheck != u'<' && covered) {
    composite_ = sum(
        compositeCheck,
        QString(fixed[0].mid(5) + fixed[1].mid(0, 7) + fixed[1].mid(8, 7) + fixed[1].mid(18, 11)),
        [](const MrzDoubt& d) { return compositeIndex(d.line, d.column); });
    if (!composite_)
      return;
  }
  fixed_ = true;
}

// A mask's sums are those of the mask without its lowest doubt plus that doubt's.
QList<quint32> MrzCheckSums::candidates() const {
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

} // namespace camie::ocr
