#include "core/input/keyboard_mode.h"

#include <catch2/catch.hpp>

using camie::input::KeyboardMode;

TEST_CASE("the on-screen keyboard modes read and write by name", "[input]") {
  for (auto mode : {KeyboardMode::Auto, KeyboardMode::Always, KeyboardMode::Never})
    CHECK(camie::input::keyboardModeFromName(camie::input::keyboardModeName(mode)) == mode);
  CHECK_FALSE(camie::input::keyboardModeFromName(u"sometimes").has_value());
  CHECK_FALSE(camie::input::keyboardModeFromName(u"Auto").has_value());
}
