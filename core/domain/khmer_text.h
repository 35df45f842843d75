// KhmerText: normalising and checking Khmer script as tellers type it (names,
// Khmer digits in numbers), so two spellings that look the same compare equal
// and what the NiDA keyboard layout types ends up as the text meant.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace camie::domain {

class KhmerText {
public:
  // NFC; the five unassigned code points the NiDA layout sends (U+17FB–U+17FF)
  // expanded to their two characters; the two vowels Unicode says to write as
  // one character (េ+ា → ោ, េ+ី → ើ) joined; zero-width spaces (what the
  // Space key of the Khmer layout types) turned into spaces; trimmed; runs of
  // whitespace collapsed to one space.
  static QString normalizeName(QStringView typed);

  // NFC with the unassigned code points U+17FB–U+17FF expanded (free text).
  static QString expandDigraphs(QStringView text);

  // True if `name` (normalised) holds only Khmer letters, vowels and signs,
  // with single spaces between words.
  static bool isKhmerNameText(QStringView name);

  // True if every word of `name` starts with a consonant or an independent
  // vowel (a word cannot start with a vowel sign or a subscript).
  static bool wordsStartWithBase(QStringView name);

  // Khmer digits ០–៩ replaced by 0–9; everything else kept.
  static QString toAsciiDigits(QStringView text);

  // True for what may separate the digits of a number or a date: whitespace,
  // the zero-width space, . / - , and what the Khmer layout types on the
  // '-', '.' and '/' keys (ឥ, ។, ៊).
  static bool isNumberSeparator(QChar c);

  // A number as typed ("០១២ឥ៣៤៥ ៦៧៨"): Khmer digits made ASCII, separators
  // dropped, anything else kept (so a checker still sees a stray letter).
  static QString compactNumber(QStringView typed);

  // The runs of characters between separators, Khmer digits made ASCII:
  // "៣១ឥ០១ឥ១៩៩០" → {"31", "01", "1990"}.
  static QStringList numberGroups(QStringView typed);

  // A sign-in secret as typed: if it is all digits (a PIN, in Khmer or ASCII
  // digits), those digits in ASCII; a passphrase is kept as it is.
  static QString normalizeSecret(QStringView typed);

  // Whether `text` holds a Latin letter (A–Z, accented or not) or a Khmer
  // letter (consonant, independent vowel, vowel sign or subscript mark).
  static bool hasLatinLetters(QStringView text);
  static bool hasKhmerLetters(QStringView text);
};

} // namespace camie::domain
