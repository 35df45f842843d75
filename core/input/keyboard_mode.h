// KeyboardMode: when the kiosk shows its on-screen keyboard (config
// `ui/on_screen_keyboard`): `auto` until a physical keyboard is used,
// `always`, or `never`.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace camie::input {

enum class KeyboardMode { Auto, Always, Never };

std::optional<KeyboardMode> keyboardModeFromName(QStringView name);
QString keyboardModeName(KeyboardMode mode);

} // namespace camie::input
