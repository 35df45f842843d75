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
