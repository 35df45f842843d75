// KeyText: what a key's symbol puts into a field, and how its keycap shows it.
// xkb's Khmer layout sends five code points Unicode leaves unassigned
// (U+17FB–U+17FF) for two-character vowels; here they become the two
// characters, so an unassigned code point never reaches a field.
#pragma once

#include <QString>

namespace camie::input {

class KeyText {
public:
  // The text typed by `symbol`: U+17FF → ាំ, U+17FE → ោះ, U+17FD → េះ,
  // U+17FC → ុំ, U+17FB → ុះ; empty for 0 and any other unassigned code
  // point; otherwise the character itself.
  static QString typed(char32_t symbol);

  // The keycap: what it types, a vowel or sign that attaches to a letter
  // drawn on a dotted circle (◌ា), and the invisible joiners by their
  // Unicode abbreviations (ZWJ, ZWNJ). Empty when the key types nothing.
  static QString label(char32_t symbol);
};

} // namespace camie::input
