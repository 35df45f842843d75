// MrzLayout: the character-level reading of a machine-readable zone — lines
// normalised, the zone's shape recognised, and OCR look-alikes fixed where only
// digits or only letters may stand. Internal to MrzParser.
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace camie::scan {

class MrzLayout {
public:
  static constexpr int kTd1Lines = 3;
  static constexpr int kTd1Width = 30;
  static constexpr int kTd3Lines = 2;
  static constexpr int kTd3Width = 44;

  // Upper case, one entry per non-empty line, blanks around lines removed; a
  // zone typed without line breaks (90 or 88 characters) is cut into lines.
  static QStringList normalizedLines(QStringView text);
  // A-Z, 0-9 or the filler <.
  static bool isMrzChar(QChar c);

  // Fixes OCR look-alikes field by field in the lines of a TD1 (else TD3)
  // zone: O for 0 in dates and check digits, 0 for O in country codes and
  // names, and digits only in a KHM ID card's number. The fields fixed are
  // added to `corrected`. Returns the field holding a character that cannot
  // stand there, or an empty string when every character is fine.
  static QString fixCharacters(QStringList& lines, bool td1, QStringList& corrected);
};

} // namespace camie::scan
