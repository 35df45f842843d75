// The kiosk's on-screen keyboard, tapped key by key as a teller does: a
// field tapped opens it, keys are named as xkb names them (AC02, space,
// shift, enter, the number pad's P0…P9).
#pragma once

#include "support/quick_driver.h"

#include <initializer_list>

namespace camie::test {

// Taps keys of the on-screen keyboard, by xkb key name or function (shift, space, enter).
inline void tapKeys(QuickDriver& d, std::initializer_list<const char*> keys) {
  for (const char* key : keys)
    d.tap(QStringLiteral("key_") + QString::fromLatin1(key));
}

// Whether the on-screen keyboard is open.
inline bool keyboardOpen(const QuickDriver& d) {
  const QQuickItem* keyboard = d.find(QStringLiteral("onScreenKeyboard"));
  return keyboard && keyboard->property("open").toBool();
}

// Puts the focus on a text field, as a finger on it does, and waits for the
// on-screen keyboard to open there (it follows the focus; a field that kept
// the focus after the keyboard closed is tapped instead, as a teller would).
inline void tapField(QuickDriver& d, const QString& field) {
  QQuickItem* item = d.require(field);
  item->forceActiveFocus(Qt::MouseFocusReason);
  QCoreApplication::processEvents();
  if (!keyboardOpen(d))
    d.tap(field);
  REQUIRE(d.waitFor([&] { return keyboardOpen(d); }));
}

// Types `text` on the on-screen keyboard's Latin layout or number pad, key
// by key (the keys' names are xkb's, as on a US keyboard).
inline void typeOnKeyboard(QuickDriver& d, const QString& text, bool numberPad) {
  static const char* const rows[][3] = {
      {"AE01 AE02 AE03 AE04 AE05 AE06 AE07 AE08 AE09 AE10", "1234567890", "!@#$%^&*()"},
      {"AD01 AD02 AD03 AD04 AD05 AD06 AD07 AD08 AD09 AD10", "qwertyuiop", "QWERTYUIOP"},
      {"AC01 AC02 AC03 AC04 AC05 AC06 AC07 AC08 AC09", "asdfghjkl", "ASDFGHJKL"},
      {"AB01 AB02 AB03 AB04 AB05 AB06 AB07", "zxcvbnm", "ZXCVBNM"}};
  for (const QChar c : text) {
    if (c == u' ') {
      d.tap(QStringLiteral("key_space"));
      continue;
    }
    if (numberPad) {
      const QString pad = c.isDigit() ? QStringLiteral("P") + c
                          : c == u'.' ? QStringLiteral("PPERIOD")
                                      : QStringLiteral("?");
      d.tap(QStringLiteral("key_") + pad);
      continue;
    }
    bool found = false;
    for (const auto& row : rows) {
      const QStringList keys = QString::fromLatin1(row[0]).split(u' ');
      for (int level = 1; level <= 2 && !found; ++level) {
        const qsizetype at = QString::fromLatin1(row[level]).indexOf(c);
        if (at < 0)
          continue;
        if (level == 2)
          d.tap(QStringLiteral("key_shift"));
        d.tap(QStringLiteral("key_") + keys.at(at));
        found = true;
      }
    }
    INFO("no key for " << QString(c).toStdString());
    REQUIRE(found);
  }
}

} // namespace camie::test
