// KhmerText: normalising and checking Khmer script as tellers type it (names,
// Khmer digits in numbers), so two spellings that look the same compare equal.
#pragma once

#include <QString>
#include <QStringView>

namespace camie::domain {

class KhmerText {
public:
  // NFC; the two vowels Unicode says to write as one character (េ+ា → ោ,
  // េ+ី → ើ) joined; zero-width spaces dropped; trimmed; runs of whitespace
  // collapsed to one space.
  static QString normalizeName(QStringView typed);

  // True if `name` (normalised) holds only Khmer letters, vowels and signs,
  // with single spaces between words.
  static bool isKhmerNameText(QStringView name);

  // True if every word of `name` starts with a consonant or an independent
  // vowel (a word cannot start with a vowel sign or a subscript).
  static bool wordsStartWithBase(QStringView name);

  // Khmer digits ០–៩ replaced by 0–9; everything else kept.
  static QString toAsciiDigits(QStringView text);
};

} // namespace camie::domain
