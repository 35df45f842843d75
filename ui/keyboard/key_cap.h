// KeyCap: one key of the on-screen keyboard as drawn at this moment — what it
// does, its label at the current level, its width in key units.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace camie::ui {

struct KeyCap {
  Q_GADGET
  QML_VALUE_TYPE(keyCap)
  Q_PROPERTY(QString id MEMBER id CONSTANT)
  Q_PROPERTY(int action MEMBER action CONSTANT)
  Q_PROPERTY(QString label MEMBER label CONSTANT)
  Q_PROPERTY(QString hint MEMBER hint CONSTANT)
  Q_PROPERTY(double width MEMBER width CONSTANT)
  Q_PROPERTY(bool active MEMBER active CONSTANT)
  Q_PROPERTY(bool enabled MEMBER enabled CONSTANT)

public:
  QString id;          // the xkb key name (AD01) for a character key; else "shift", "space", ...
  int action = 0;      // an OnScreenKeyboard::Action
  QString label;       // a character key's label (function keys are labelled in QML)
  QString hint;        // the key's Shift symbol, shown small while Shift is off
  double width = 1.0;  // in key units
  bool active = false; // a latched Shift or AltGr, the layout in use
  bool enabled = true; // false for a character key with nothing on this level
};

} // namespace camie::ui
