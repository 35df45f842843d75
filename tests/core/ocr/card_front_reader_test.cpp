#include "core/ocr/card_front_reader.h"

#include <catch2/catch.hpp>

using namespace camie::ocr;

namespace {

QList<OcrLine> lines(std::initializer_list<const char*> texts) {
  QList<OcrLine> out;
  for (const char* t : texts)
    out.append({QString::fromUtf8(t), 0.9, {}});
  return out;
}

QString value(const QList<FieldProposal>& proposals, const char* field) {
  for (const FieldProposal& p : proposals) {
    if (p.fieldId == QLatin1String(field))
      return p.value;
  }
  return {};
}

} // namespace

TEST_CASE("a front's lines give the name, sex, birth date and checked ID number", "[ocr]") {
  const auto p = CardFrontReader::propose(lines({
      "អត្តសញ្ញាណប័ណ្ណសញ្ញាតិខ្មែរ",
      "012345678 (4)",
      "គោត្តនាមនិងនាម៖ សុខ ដារ៉ា",
      "SOK DARA",
      "ភេទ៖ ប្រុស កម្ពស់៖ ១៦៥ ស.ម",
      "ថ្ងៃខែឆ្នាំកំណើត៖ ១៥.០១.១៩៩០",
      "ទីកន្លែងកំណើត៖ ឃុំ ស្រុក ខេត្ត",
  }));
  CHECK(value(p, "id_number") == u"012345678");
  CHECK(value(p, "name_km") == u"សុខ ដារ៉ា");
  CHECK(value(p, "name_en") == u"SOK DARA");
  CHECK(value(p, "sex") == u"male");
  CHECK(value(p, "dob") == u"1990-01-15");
  for (const FieldProposal& f : p) {
    CHECK(f.source == u"front");
    CHECK(f.confidence > 0.8);
  }
}

TEST_CASE("a bracketed digit that is not the number's check digit lowers its confidence", "[ocr]") {
  const auto p = CardFrontReader::propose(lines({"012345678 (5)", "ភេទស្រី កម្ពស់៖១៥០"}));
  REQUIRE(value(p, "id_number") == u"012345678");
  CHECK(p.first().lowConfidence());
  CHECK(value(p, "sex") == u"female");
}

TEST_CASE("Western digits in the birth date; the place of birth is not it", "[ocr]") {
  const auto p = CardFrontReader::propose(
      lines({"ទីកន្លែងកំណើត៖ 01.02.2003", "ថ្ងៃខែឆ្នាំកំណើត៖ 29.07.1974", "32.13.1999"}));
  CHECK(value(p, "dob") == u"1974-07-29");
}

TEST_CASE("without a Latin name on the card, one is proposed from the Khmer name, marked low",
          "[ocr]") {
  const auto p = CardFrontReader::propose(lines({"គោត្តនាមនិងនាម៖ លី ស្រីមុំ"}));
  CHECK(value(p, "name_en") == u"LY SREYMOM");
  for (const FieldProposal& f : p) {
    if (f.fieldId == u"name_en")
      CHECK(f.lowConfidence());
  }
}

TEST_CASE("the Latin name after a few stray marks and the date of birth with its label misread",
          "[ocr]") {
  // The photo's edge read as text before the name; the birth date's label
  // read as Latin letters: a date alone on its line, marked low.
  const auto p = CardFrontReader::propose(lines({
      "oe BUN SOPHAL",
      "oo _ iviegifiudhn: ២៦.១២.១៩៦៤",
      "សុពលភាព៖ ២៥.០៧.២០២២ ដល់ថ្ងៃ ២៤.០៧.២០៣២",
  }));
  CHECK(value(p, "name_en") == u"BUN SOPHAL");
  CHECK(value(p, "dob") == u"1964-12-26");
  for (const FieldProposal& f : p) {
    if (f.fieldId == u"dob")
      CHECK(f.lowConfidence());
  }
  // The validity's two dates, or the issue date on a card's back, are no birth date.
  CHECK(value(CardFrontReader::propose(lines({"សុពលភាព 25.07.2022 24.07.2032"})), "dob").isEmpty());
  CHECK(value(CardFrontReader::propose(lines({"ថ្ងៃចេញ៖ ២៥.០៧.២០២២"})), "dob").isEmpty());
}

TEST_CASE("the Khmer name has the Latin one's words: a lost space put back, a lost word shown",
          "[ocr]") {
  // Without the space: split where the first part romanises to the surname.
  auto p = CardFrontReader::propose(lines({"គោត្តនាមនិងនាម៖ទេពសុជាតិ", "- TEP SOCHEAT"}));
  CHECK(value(p, "name_km") == u"ទេព សុជាតិ");
  CHECK(value(p, "name_en") == u"TEP SOCHEAT");
  // The surname read as Latin letters (dropped): what is left is uncertain.
  p = CardFrontReader::propose(lines({"គោត្តនាមនិងនាម៖ fis សុផល", "BUN SOPHAL"}));
  REQUIRE(value(p, "name_km") == u"សុផល");
  for (const FieldProposal& f : p) {
    if (f.fieldId == u"name_km")
      CHECK(f.lowConfidence());
  }
}
