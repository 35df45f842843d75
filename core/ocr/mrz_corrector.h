// MrzCorrector: turns the lines an OCR engine read from a TD1 zone (an ID card's
// back) into a zone that validates, fixing only the usual look-alikes (< K,
// 0 O, 1 I, 5 S, 8 B, 2 Z) and lost fillers, and only where the check digits
// then agree. A zone that does not validate, or validates more than one way,
// proposes nothing. MrzParser judges every candidate whose composite check
// digit can agree (the others are ruled out by arithmetic, a tenth of the
// parser's work on a badly read zone). Pure, never throws.
#pragma once

#include "core/scan/mrz_parser.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace camie::ocr {

struct MrzCorrection {
  enum class Status {
    Valid,     // exactly one zone validates: `zone` and `outcome` hold it
    Invalid,   // no reading validates: `outcome` is the parser's verdict on the read
    Ambiguous, // more than one reading validates: nothing is proposed
  };
  Status status = Status::Invalid;
  QString zone;              // three lines of 30, joined by newlines (when valid)
  scan::MrzOutcome outcome;  // the parser's verdict
  int substitutions = 0;     // characters changed from the read (fillers added not counted)
  int alternativesTried = 0; // zones handed to the parser
  int nameChanges = 0;       // letters of the names changed (digits read as letters)
  bool nameEndsInK = false;  // a name ends in K before fillers: perhaps a filler misread
  // A name ends in K, E, C, S, X, G or J before fillers (all read for fillers).
  bool nameEndsInLookAlike = false;

  bool ok() const { return status == Status::Valid; }
  // "valid", "invalid", "ambiguous".
  QString statusCode() const;
};

class MrzCorrector {
public:
  // At most this many characters whose reading is in doubt (in fields where
  // both letters and digits may stand); more, and the read is too damaged.
  static constexpr int kMaxDoubtful = 12;

  // `lines`: three lines read from a TD1 zone, blanks and any length allowed.
  // `today` resolves two-digit years (MrzParser::parse).
  static MrzCorrection correct(const QStringList& lines, QDate today);

  // A read line brought to `width` characters: blanks dropped, lower case
  // raised, a run of fillers stretched (OCR loses `<` in long runs) or shrunk.
  static QString fitLine(QString line, int width);
};

} // namespace camie::ocr
