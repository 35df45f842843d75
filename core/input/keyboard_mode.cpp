#include "core/input/keyboard_mode.h"

namespace camie::input {

std::optional<KeyboardMode> keyboardModeFromName(QStringView name) {
  if (name == u"auto")
    return KeyboardMode::Auto;
  if (name == u"always")
    return KeyboardMode::Always;
  if (name == u"never")
    return KeyboardMode::Never;
  return std::nullopt;
}

QString keyboardModeName(KeyboardMode mode) {
  switch (mode) {
  case KeyboardMode::Always:
    return QStringLiteral("always");
  case KeyboardMode::Never:
    return QStringLiteral("never");
  case KeyboardMode::Auto:
    break;
  }
  return QStringLiteral("auto");
}

} // namespace camie::input
