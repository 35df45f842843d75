#include "core/input/keyboard_layout.h"

#include <initializer_list>

namespace camie::input {
namespace {

using Row = std::initializer_list<LayoutKey>;

LayoutKey k(const char* position, char32_t normal, char32_t shift = 0, char32_t altGr = 0,
            char32_t altGrShift = 0) {
  return {QString::fromLatin1(position), {normal, shift, altGr, altGrShift}};
}

// NiDA v1.0.1 as xkb-data ships it (/usr/share/X11/xkb/symbols/kh, "basic"),
// key by key; keyboard_layout_test compares it with the file. The five
// unassigned code points U+17FB–U+17FF stand for two-character vowels, as in
// xkb (KeyText expands them). The space bar is the keyboard's own key: xkb's
// Space types U+200B, which must not reach a name.
QList<QList<LayoutKey>> khmerRows() {
  return {
      Row{k("TLDE", 0xAB, 0xBB, 0x200D), k("AE01", 0x17E1, '!', 0x200C, 0x17F1),
          k("AE02", 0x17E2, 0x17D7, '@', 0x17F2), k("AE03", 0x17E3, '"', 0x17D1, 0x17F3),
          k("AE04", 0x17E4, 0x17DB, '$', 0x17F4), k("AE05", 0x17E5, '%', 0x20AC, 0x17F5),
          k("AE06", 0x17E6, 0x17CD, 0x17D9, 0x17F6), k("AE07", 0x17E7, 0x17D0, 0x17DA, 0x17F7),
          k("AE08", 0x17E8, 0x17CF, '*', 0x17F8), k("AE09", 0x17E9, '(', '{', 0x17F9),
          k("AE10", 0x17E0, ')', '}', 0x17F0), k("AE11", 0x17A5, 0x17CC, 'x'),
          k("AE12", 0x17B2, '=', 0x17CE)},
      Row{k("AD01", 0x1786, 0x1788, 0x17DC, 0x19E0), k("AD02", 0x17B9, 0x17BA, 0x17DD, 0x19E1),
          k("AD03", 0x17C1, 0x17C2, 0x17AF, 0x19E2), k("AD04", 0x179A, 0x17AC, 0x17AB, 0x19E3),
          k("AD05", 0x178F, 0x1791, 0x17A8, 0x19E4), k("AD06", 0x1799, 0x17BD, 0, 0x19E5),
          k("AD07", 0x17BB, 0x17BC, 0, 0x19E6), k("AD08", 0x17B7, 0x17B8, 0x17A6, 0x19E7),
          k("AD09", 0x17C4, 0x17C5, 0x17B1, 0x19E8), k("AD10", 0x1795, 0x1797, 0x17B0, 0x19E9),
          k("AD11", 0x17C0, 0x17BF, 0x17A9, 0x19EA), k("AD12", 0x17AA, 0x17A7, 0x17B3, 0x19EB),
          k("BKSL", 0x17AE, 0x17AD, '\\')},
      Row{k("AC01", 0x17B6, 0x17FF, 0, 0x19EC), k("AC02", 0x179F, 0x17C3, 0, 0x19ED),
          k("AC03", 0x178A, 0x178C, 0, 0x19EE), k("AC04", 0x1790, 0x1792, 0, 0x19EF),
          k("AC05", 0x1784, 0x17A2, 0, 0x19F0), k("AC06", 0x17A0, 0x17C7, 0, 0x19F1),
          k("AC07", 0x17D2, 0x1789, 0, 0x19F2), k("AC08", 0x1780, 0x1782, 0x179D, 0x19F3),
          k("AC09", 0x179B, 0x17A1, 0, 0x19F4), k("AC10", 0x17BE, 0x17FE, 0x17D6, 0x19F5),
          k("AC11", 0x17CB, 0x17C9, 0x17C8, 0x19F6)},
      Row{k("AB01", 0x178B, 0x178D, 0, 0x19F7), k("AB02", 0x1781, 0x1783, 0, 0x19F8),
          k("AB03", 0x1785, 0x1787, 0, 0x19F9), k("AB04", 0x179C, 0x17FD, 0, 0x19FA),
          k("AB05", 0x1794, 0x1796, 0x179E, 0x19FB), k("AB06", 0x1793, 0x178E, 0, 0x19FC),
          k("AB07", 0x1798, 0x17C6, 0, 0x19FD), k("AB08", 0x17FC, 0x17FB, ',', 0x19FE),
          k("AB09", 0x17D4, 0x17D5, '.', 0x19FF), k("AB10", 0x17CA, '?', '/')},
  };
}

// The US layout's letters, digits and punctuation, lower and upper case.
QList<QList<LayoutKey>> latinRows() {
  QList<QList<LayoutKey>> rows;
  const auto row = [&rows](std::initializer_list<const char*> positions, const char* normal,
                           const char* shift) {
    QList<LayoutKey> keys;
    int i = 0;
    for (const char* position : positions) {
      keys << k(position, static_cast<char32_t>(normal[i]), static_cast<char32_t>(shift[i]));
      ++i;
    }
    rows << keys;
  };
  row({"TLDE", "AE01", "AE02", "AE03", "AE04", "AE05", "AE06", "AE07", "AE08", "AE09", "AE10",
       "AE11", "AE12"},
      "`1234567890-=", "~!@#$%^&*()_+");
  row({"AD01", "AD02", "AD03", "AD04", "AD05", "AD06", "AD07", "AD08", "AD09", "AD10", "AD11",
       "AD12", "BKSL"},
      "qwertyuiop[]\\", "QWERTYUIOP{}|");
  row({"AC01", "AC02", "AC03", "AC04", "AC05", "AC06", "AC07", "AC08", "AC09", "AC10", "AC11"},
      "asdfghjkl;'", "ASDFGHJKL:\"");
  row({"AB01", "AB02", "AB03", "AB04", "AB05", "AB06", "AB07", "AB08", "AB09", "AB10"},
      "zxcvbnm,./", "ZXCVBNM<>?");
  return rows;
}

// Digits and what dates (31.12.1990, 31/12/1990, 1990-12-31) and phone
// numbers (+855 12 345 678) are written with.
QList<QList<LayoutKey>> digitRows() {
  return {
      Row{k("P1", '1'), k("P2", '2'), k("P3", '3')},
      Row{k("P4", '4'), k("P5", '5'), k("P6", '6'), k("PMINUS", '-'), k("PPERIOD", '.')},
      Row{k("P7", '7'), k("P8", '8'), k("P9", '9'), k("PSLASH", '/'), k("PPLUS", '+')},
      Row{k("P0", '0')},
  };
}

} // namespace

KeyboardLayout::KeyboardLayout(Id id, int levels, QList<QList<LayoutKey>> rows)
    : id_(id), levels_(levels), rows_(std::move(rows)) {}

const KeyboardLayout& KeyboardLayout::get(Id id) {
  static const KeyboardLayout khmer(Id::Khmer, 4, khmerRows());
  static const KeyboardLayout latin(Id::Latin, 2, latinRows());
  static const KeyboardLayout digits(Id::Digits, 1, digitRows());
  switch (id) {
  case Id::Khmer:
    return khmer;
  case Id::Latin:
    return latin;
  case Id::Digits:
    break;
  }
  return digits;
}

const LayoutKey* KeyboardLayout::key(QStringView position) const {
  for (const auto& row : rows_) {
    for (const auto& key : row) {
      if (key.position == position)
        return &key;
    }
  }
  return nullptr;
}

} // namespace camie::input
