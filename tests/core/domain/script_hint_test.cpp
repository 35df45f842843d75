#include "core/domain/script_hint.h"

#include <catch2/catch.hpp>

using camie::domain::FieldType;
using camie::domain::Script;
using camie::domain::ScriptHint;

TEST_CASE("each field type wants a script", "[domain]") {
  CHECK(ScriptHint::expectedFor(FieldType::KhmerName) == Script::Khmer);
  CHECK(ScriptHint::expectedFor(FieldType::LatinName) == Script::Latin);
  CHECK(ScriptHint::expectedFor(FieldType::IdNumber) == Script::Latin);
  CHECK(ScriptHint::expectedFor(FieldType::BirthDate) == Script::Digits);
  CHECK(ScriptHint::expectedFor(FieldType::Text) == Script::Any);
}

TEST_CASE("typing the other script is said in words, with the key that switches", "[domain]") {
  CHECK(ScriptHint::mismatch(Script::Khmer, u"sok chantha") ==
        "Your keyboard is typing Latin letters; press Alt+Shift for Khmer.");
  CHECK(ScriptHint::mismatch(Script::Latin, u"តេលលេរ") ==
        "Your keyboard is typing Khmer letters; press Alt+Shift for Latin letters.");
  CHECK(ScriptHint::mismatch(Script::Digits, u"០១២ក").contains("digits"));
}

TEST_CASE("what fits the field, or what the Khmer layout types for separators, says nothing",
          "[domain]") {
  CHECK(ScriptHint::mismatch(Script::Khmer, u"សុខ ចាន់ថា").isEmpty());
  CHECK(ScriptHint::mismatch(Script::Latin, u"SOK Chantha").isEmpty());
  CHECK(ScriptHint::mismatch(Script::Latin, u"T០០១").isEmpty()); // Khmer digits are digits
  CHECK(ScriptHint::mismatch(Script::Digits, u"៣១ឥ០១ឥ១៩៩០").isEmpty());
  CHECK(ScriptHint::mismatch(Script::Digits, u"៣១។០១។១៩៩០").isEmpty());
  CHECK(ScriptHint::mismatch(Script::Any, u"sok សុខ").isEmpty());
}
