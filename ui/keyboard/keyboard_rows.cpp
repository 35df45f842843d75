#include "ui/keyboard/keyboard_rows.h"

#include "core/input/key_text.h"
#include "ui/keyboard/key_cap.h"

#include <algorithm>

namespace camie::ui {
namespace {

using input::KeyboardLayout;
using input::KeyLevel;
using input::KeyText;

KeyCap functionKey(const char* id, OnScreenKeyboard::Action action, double width,
                   bool active = false) {
  KeyCap cap;
  cap.id = QString::fromLatin1(id);
  cap.action = action;
  cap.width = width;
  cap.active = active;
  return cap;
}

QList<KeyCap> characterRow(const QList<input::LayoutKey>& row, const KeyboardLayout& layout,
                           KeyLevel level) {
  QList<KeyCap> caps;
  for (const auto& key : row) {
    KeyCap cap;
    cap.id = key.position;
    cap.action = OnScreenKeyboard::Character;
    cap.label = KeyText::label(key.symbol(level));
    cap.enabled = !cap.label.isEmpty();
    if (level == KeyLevel::Normal && layout.levels() > 1)
      cap.hint = KeyText::label(key.symbol(KeyLevel::Shift));
    if (cap.hint.compare(cap.label, Qt::CaseInsensitive) == 0)
      cap.hint.clear(); // a Latin letter's capital says nothing new
    caps << cap;
  }
  return caps;
}

} // namespace

KeyboardLayout::Id KeyboardRows::layoutId(OnScreenKeyboard::Layout layout) {
  switch (layout) {
  case OnScreenKeyboard::Latin:
    return KeyboardLayout::Id::Latin;
  case OnScreenKeyboard::Digits:
    return KeyboardLayout::Id::Digits;
  case OnScreenKeyboard::Automatic:
  case OnScreenKeyboard::Khmer:
    break;
  }
  return KeyboardLayout::Id::Khmer;
}

QVariantList KeyboardRows::build(OnScreenKeyboard::Layout id, KeyLevel level, bool shift,
                                 bool altGr) {
  using K = OnScreenKeyboard;
  const KeyboardLayout& layout = KeyboardLayout::get(layoutId(id));
  QList<QList<KeyCap>> rows;
  for (const auto& row : layout.rows())
    rows << characterRow(row, layout, level);
  const bool pad = id == K::Digits;
  if (pad)
    rows[3][0].width = 3; // a wide 0, as on a calculator: the pad is five keys wide
  rows[0] << functionKey("backspace", K::Backspace, 2);
  rows[pad ? 3 : 2] << functionKey("enter", K::Enter, 2);
  if (!pad) {
    rows[3].prepend(functionKey("shift", K::Shift, 2, shift));
    if (layout.levels() > 2)
      rows[3] << functionKey("altgr", K::AltGr, 2, altGr);
  }
  rows << QList<KeyCap>{functionKey("khmer", K::SwitchLayout, 1.5, id == K::Khmer),
                        functionKey("latin", K::SwitchLayout, 1.5, id == K::Latin),
                        functionKey("digits", K::SwitchLayout, 1.5, id == K::Digits),
                        functionKey("left", K::Left, 1.25),
                        functionKey("right", K::Right, 1.25),
                        functionKey("space", K::Space, pad ? 3 : 5),
                        functionKey("hide", K::Hide, 1.5)};

  QVariantList result;
  for (const auto& row : rows) {
    QVariantList keys;
    for (const auto& cap : row)
      keys << QVariant::fromValue(cap);
    result << QVariant(keys);
  }
  return result;
}

double KeyboardRows::units(const QVariantList& rows) {
  double widest = 0;
  for (const QVariant& row : rows) {
    double units = 0;
    for (const QVariant& key : row.toList())
      units += key.value<KeyCap>().width;
    widest = std::max(widest, units);
  }
  return widest;
}

} // namespace camie::ui
