// MrzCheckSums: which readings of a TD1 zone's doubtful characters may
// validate, ruled out by arithmetic on the check digits before any reaches
// the parser (MrzCorrector tries only these).
//
// A doubtful position (a field where letters and digits may both stand) is
// under the document number's check digit or the composite's, no other. The
// parser's own character fixes (MrzLayout::fixCharacters) leave the doubtful
// positions alone and do the same elsewhere for every reading, so a
// reading's sum is the read's plus what each changed character adds. A read
// whose fixes fail, or whose check digit is neither a digit nor `<`, can
// validate no way; a `<` where the composite digit stands checks nothing,
// and one after the number makes it a long number ending in the optional
// data (not summed here).
#pragma once

#include <QChar>
#include <QList>
#include <QStringList>

#include <optional>

namespace camie::ocr {

// A character of the zone read one way that may be the other (0/O, 1/I, ...).
struct MrzDoubt {
  int line;
  int column;
  QChar other;
};

class MrzCheckSums {
public:
  // `lines`: the zone as read (three lines of 30, certain fixes made);
  // `doubts`: a few of its characters (2^n readings are weighed; the
  // corrector allows MrzCorrector::kMaxDoubtful).
  MrzCheckSums(const QStringList& lines, const QList<MrzDoubt>& doubts);

  // The readings that may validate, each a mask of the doubts it changes
  // (the read itself, mask 0, left out), in increasing order.
  QList<quint32> candidates() const;

private:
  // One check digit's sum over the readings: what each doubt changed adds to
  // it (mod 10, zero for a doubt the field does not cover) and what the
  // changes must add for the check digit to agree.
  struct Sum {
    QList<int> added;
    int need = 0;
  };

  qsizetype doubts_;             // how many characters are in doubt
  bool fixed_ = false;           // the read's fixes and check digits may stand
  std::optional<Sum> number_;    // the document number's, unless a long number
  std::optional<Sum> composite_; // the composite's, unless `<`
};

} // namespace camie::ocr
