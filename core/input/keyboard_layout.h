// KeyboardLayout: the keys of the on-screen keyboard's layouts — Khmer as
// NiDA defines it (xkb-data's symbols/kh "basic"), US Latin, and a number pad —
// each key with the symbol it has on each of up to four levels.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace camie::input {

// The levels of a key, as xkb numbers them: Shift, AltGr (right Alt) and both.
enum class KeyLevel { Normal = 0, Shift = 1, AltGr = 2, AltGrShift = 3 };

struct LayoutKey {
  QString position;                // xkb's key name (AD01, BKSL) or the pad's own (P1)
  std::array<char32_t, 4> symbols; // by KeyLevel; 0 where the key has nothing
  char32_t symbol(KeyLevel level) const { return symbols.at(static_cast<std::size_t>(level)); }
};

class KeyboardLayout {
public:
  enum class Id { Khmer, Latin, Digits };

  static const KeyboardLayout& get(Id id);

  Id id() const { return id_; }
  // Khmer has four levels (AltGr), Latin two, the number pad one.
  int levels() const { return levels_; }
  // The character keys row by row, top row first.
  const QList<QList<LayoutKey>>& rows() const { return rows_; }
  // The key at `position`, or null.
  const LayoutKey* key(QStringView position) const;

private:
  KeyboardLayout(Id id, int levels, QList<QList<LayoutKey>> rows);

  Id id_;
  int levels_;
  QList<QList<LayoutKey>> rows_;
};

} // namespace camie::input
