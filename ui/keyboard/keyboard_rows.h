// KeyboardRows: the keys the on-screen keyboard draws for a layout at a level —
// the layout's characters, with the function keys around them as on a
// physical keyboard (Backspace, Enter, Shift, AltGr, the layouts, Space).
#pragma once

#include "core/input/keyboard_layout.h"
#include "ui/keyboard/on_screen_keyboard.h"

#include <QVariantList>

namespace camie::ui {

class KeyboardRows {
public:
  static input::KeyboardLayout::Id layoutId(OnScreenKeyboard::Layout layout);

  // Rows of keyCap values, top row first; `shift` and `altGr` mark the latched keys.
  static QVariantList build(OnScreenKeyboard::Layout layout, input::KeyLevel level, bool shift,
                            bool altGr);

  // The widest row, in key units.
  static double units(const QVariantList& rows);
};

} // namespace camie::ui
