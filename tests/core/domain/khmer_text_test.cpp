#include "core/domain/khmer_text.h"
#include "core/domain/latin_name.h"

#include <catch2/catch.hpp>

using camie::domain::KhmerText;
using camie::domain::LatinName;

TEST_CASE("a Khmer name is NFC-normalised, trimmed and its spaces collapsed", "[domain]") {
  // KA, ATTHACAN (combining class 230), COENG (9), KA: NFC puts COENG first.
  const QString decomposed = QString::fromUtf16(u" \u1780\u17DD\u17D2\u1780\t \u179F\u17BB\u1781 ");
  const QString expected = QString::fromUtf16(u"\u1780\u17D2\u17DD\u1780 \u179F\u17BB\u1781");
  CHECK(KhmerText::normalizeName(decomposed) == expected);
  CHECK(decomposed.normalized(QString::NormalizationForm_C) != decomposed);
}

TEST_CASE("a Khmer vowel typed in two parts is joined into the one character", "[domain]") {
  // សោភា typed with េ + ា instead of ោ, and ខ្មើ with េ + ី instead of ើ
  CHECK(KhmerText::normalizeName(u"\u179F\u17C1\u17B6\u1797\u17B6") == u"\u179F\u17C4\u1797\u17B6");
  CHECK(KhmerText::normalizeName(u"\u1781\u17D2\u1798\u17C1\u17B8") == u"\u1781\u17D2\u1798\u17BE");
}

TEST_CASE("a zero-width space (the Khmer layout's Space key) between words becomes a space",
          "[domain]") {
  CHECK(KhmerText::normalizeName(u"\u179F\u17BB\u1781\u200B\u1787\u17B6") ==
        u"\u179F\u17BB\u1781 \u1787\u17B6");
  CHECK(KhmerText::normalizeName(u"\u200B សុខ \u200B\u200Bចាន់ថា\u200B") == u"សុខ ចាន់ថា");
  CHECK(KhmerText::normalizeName(u"\u200B") == u"");
}

TEST_CASE("the five composite-vowel keys become their two characters", "[domain]") {
  // What xkb's Compose table ("Khmer digraphs") makes of each unassigned code point.
  CHECK(KhmerText::normalizeName(u"ក\u17FF") == u"ក\u17B6\u17C6"); // ាំ
  CHECK(KhmerText::normalizeName(u"ក\u17FE") == u"ក\u17C4\u17C7"); // ោះ
  CHECK(KhmerText::normalizeName(u"ក\u17FD") == u"ក\u17C1\u17C7"); // េះ
  CHECK(KhmerText::normalizeName(u"ក\u17FC") == u"ក\u17BB\u17C6"); // ុំ
  CHECK(KhmerText::normalizeName(u"ក\u17FB") == u"ក\u17BB\u17C7"); // ុះ
  CHECK(KhmerText::normalizeName(u"ស្រីម\u17FC") == u"ស្រីមុំ");
  CHECK(KhmerText::expandDigraphs(u"ល\u17FF ok") == u"លាំ ok");
}

TEST_CASE("Khmer name text allows Khmer letters and single spaces only", "[domain]") {
  CHECK(KhmerText::isKhmerNameText(u"សុខ ដារ៉ា"));
  CHECK(KhmerText::isKhmerNameText(u"ចាន់ស្រីនាង"));
  CHECK_FALSE(KhmerText::isKhmerNameText(u"Sok ដារ៉ា"));
  CHECK_FALSE(KhmerText::isKhmerNameText(u"សុខ១"));      // a Khmer digit
  CHECK_FALSE(KhmerText::isKhmerNameText(u"សុខ។"));      // khan, a full stop
  CHECK_FALSE(KhmerText::isKhmerNameText(u"សុខ  ដារ៉ា")); // two spaces
  CHECK_FALSE(KhmerText::isKhmerNameText(u"សុខ\u0007"));
  CHECK_FALSE(KhmerText::isKhmerNameText(u""));
}

TEST_CASE("a Khmer word must start with a consonant or an independent vowel", "[domain]") {
  CHECK(KhmerText::wordsStartWithBase(u"សុខ ឧត្តម"));
  CHECK_FALSE(KhmerText::wordsStartWithBase(u"\u17B6\u1780"));    // a vowel sign first
  CHECK_FALSE(KhmerText::wordsStartWithBase(u"សុខ \u17D2\u1780")); // a subscript first
}

TEST_CASE("Khmer digits become ASCII digits", "[domain]") {
  CHECK(KhmerText::toAsciiDigits(u"០១២៣៤៥៦៧៨៩ ab") == u"0123456789 ab");
}

TEST_CASE("numbers drop the separators either keyboard layout types", "[domain]") {
  CHECK(KhmerText::compactNumber(u"០១២ ៣៤៥-678.9/0") == u"01234567890");
  CHECK(KhmerText::compactNumber(u"០១២ឥ៣៤៥។៦៧៨៊៩\u200B0") == u"01234567890");
  CHECK(KhmerText::compactNumber(u"12a3") == u"12a3"); // a letter stays, for the checker
  CHECK(KhmerText::numberGroups(u"៣១ឥ០១ឥ១៩៩០") == QStringList{"31", "01", "1990"});
  CHECK(KhmerText::numberGroups(u" 31 .. 1 / 1990 ") == QStringList{"31", "1", "1990"});
  CHECK(KhmerText::numberGroups(u"") == QStringList{});
}

TEST_CASE("a PIN typed in Khmer digits is that PIN; a passphrase is kept as typed", "[domain]") {
  CHECK(KhmerText::normalizeSecret(u"៤៨២៩១៦") == u"482916");
  CHECK(KhmerText::normalizeSecret(u"48២៩១6") == u"482916");
  CHECK(KhmerText::normalizeSecret(u"482916") == u"482916");
  CHECK(KhmerText::normalizeSecret(u"horse battery ១២") == u"horse battery ១២");
  CHECK(KhmerText::normalizeSecret(u"") == u"");
}

TEST_CASE("Latin and Khmer letters are told apart", "[domain]") {
  CHECK(KhmerText::hasLatinLetters(u"សុខ Dara"));
  CHECK(KhmerText::hasLatinLetters(u"é"));
  CHECK_FALSE(KhmerText::hasLatinLetters(u"សុខ 12 -"));
  CHECK(KhmerText::hasKhmerLetters(u"តេលលេរ១"));
  CHECK_FALSE(KhmerText::hasKhmerLetters(u"teller១")); // a Khmer digit is not a letter
}

TEST_CASE("Latin names allow accented letters, spaces, hyphens, apostrophes and dots", "[domain]") {
  CHECK(LatinName::isValid(u"SOK Dara"));
  CHECK(LatinName::isValid(u"Nguyễn Thị Hoa"));
  CHECK(LatinName::isValid(u"Jean-Luc O'Neil Jr."));
  CHECK(LatinName::isValid(u"D\u2019Souza"));
  CHECK(LatinName::isValid(u"Da\u0332ra")); // an accent with no precomposed letter
  CHECK_FALSE(LatinName::isValid(u"Sok2"));
  CHECK_FALSE(LatinName::isValid(u"សុខ"));
  CHECK_FALSE(LatinName::isValid(u"Сергей")); // Cyrillic
  CHECK_FALSE(LatinName::isValid(u"Sok\tDara"));
  CHECK_FALSE(LatinName::isValid(u"--"));
  CHECK_FALSE(LatinName::isValid(u"\u0301a"));
  CHECK_FALSE(LatinName::isValid(u"Sok <b>"));
}
