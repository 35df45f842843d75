// LatinName: checks a person's name written in Latin letters (as on an ID card
// or passport, accents allowed), e.g. "SOK Dara", "Nguyễn Thị Hoa", "O'Neil".
#pragma once

#include <QStringView>

namespace camie::domain {

class LatinName {
public:
  // True if `name` (NFC, trimmed) holds Latin letters — with their accents —
  // and only spaces, hyphens, apostrophes and dots between them, and at least
  // one letter.
  static bool isValid(QStringView name);
};

} // namespace camie::domain
