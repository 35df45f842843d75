// MrzParser: reads the machine-readable zone of ID cards (ICAO 9303 TD1, 3 x 30,
// the Khmer ID card among them) and passports (TD3, 2 x 44). Every check digit
// and the composite are verified; a failure names the field. Pure, never throws.
#pragma once

#include "core/scan/mrz_record.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace camie::scan {

enum class MrzVerdict {
  Valid,
  BadLength,     // not 3 lines of 30 or 2 lines of 44
  BadCharacter,  // a character that cannot stand where it is (field named)
  BadCheckDigit, // a check digit that does not match (field named)
  BadDate,       // a birth or expiry date that is not a calendar date (field named)
};

struct MrzOutcome {
  MrzVerdict verdict = MrzVerdict::BadLength;
  // For bad_character, bad_check_digit and bad_date: document_type, issuer,
  // document_number, optional, birth_date, sex, expiry_date, nationality,
  // composite or names.
  QString field;
  QString message;                 // for the teller, translated
  std::optional<MrzRecord> record; // set when valid

  bool ok() const { return verdict == MrzVerdict::Valid; }
  // "valid", "bad_length", "bad_character", "bad_check_digit", "bad_date".
  QString verdictCode() const;
};

class MrzParser {
public:
  // `text`: the zone's lines separated by newlines, as a scanner or an OCR
  // gives them. Lower case and blanks around lines are accepted, and so are
  // the usual OCR look-alikes where only one kind of character may stand (O
  // for 0 in a date, 0 for O in a country code); such fixes are listed in
  // MrzRecord::corrected and still have to pass the check digits. `today`
  // resolves two-digit years. A `<` where the composite check digit stands
  // means "no composite check" (MrzRecord::compositeChecked is then false).
  static MrzOutcome parse(QStringView text, QDate today);

  // Whether `text` is meant to be an MRZ (two or three lines, or one long
  // line, of MRZ characters with fillers), even one too damaged to parse.
  static bool looksLikeMrz(QStringView text);

  // The ICAO 9303 check digit of `field` (weights 7, 3, 1; A = 10 ... Z = 35,
  // < = 0), or -1 when it holds another character.
  static int checkDigit(QStringView field);
};

} // namespace camie::scan
