#include "core/input/key_text.h"

#include <catch2/catch.hpp>

using camie::input::KeyText;

TEST_CASE("the five composite-vowel keys type their two characters", "[input]") {
  CHECK(KeyText::typed(0x17FF) == QString::fromUtf16(u"\u17B6\u17C6")); // ាំ
  CHECK(KeyText::typed(0x17FE) == QString::fromUtf16(u"\u17C4\u17C7")); // ោះ
  CHECK(KeyText::typed(0x17FD) == QString::fromUtf16(u"\u17C1\u17C7")); // េះ
  CHECK(KeyText::typed(0x17FC) == QString::fromUtf16(u"\u17BB\u17C6")); // ុំ
  CHECK(KeyText::typed(0x17FB) == QString::fromUtf16(u"\u17BB\u17C7")); // ុះ
  CHECK(KeyText::label(0x17FF) == QString::fromUtf16(u"\u25CC\u17B6\u17C6"));
}

TEST_CASE("a code point Unicode leaves unassigned types nothing", "[input]") {
  CHECK(KeyText::typed(0x17DE).isEmpty()); // in the Khmer block
  CHECK(KeyText::typed(0x17FA).isEmpty());
  CHECK(KeyText::typed(0).isEmpty());
  CHECK(KeyText::label(0x17DE).isEmpty());
}

TEST_CASE("a sign that attaches to a letter is drawn on a dotted circle", "[input]") {
  CHECK(KeyText::label(0x17D2) == QString::fromUtf16(u"\u25CC\u17D2")); // COENG
  CHECK(KeyText::label(0x17B6) == QString::fromUtf16(u"\u25CC\u17B6")); // ា
  CHECK(KeyText::label(0x1780) == QString::fromUtf16(u"\u1780"));       // ក
  CHECK(KeyText::label(0x200D) == QStringLiteral("ZWJ"));
  CHECK(KeyText::typed(0x200D) == QString(QChar(0x200D)));
  CHECK(KeyText::label(0).isEmpty());
}
