#include "core/ocr/card_reader.h"

#include "support/generated_cards.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

namespace Catch {
template <>
struct StringMaker<QString> {
  static std::string convert(const QString& s) { return s.toStdString(); }
};
} // namespace Catch

using namespace camie;
using namespace camie::cardgen;

namespace {

const QDate kToday(2026, 1, 1);

// Whether Tesseract's library is mapped into this process.
bool tesseractMapped() {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line))
    if (line.find("/libtesseract.so") != std::string::npos)
      return true;
  return false;
}

// Read before main, before any test opened a reader.
const bool kTesseractMappedAtStart = tesseractMapped();

ocr::CardReader& reader() {
  static std::unique_ptr<ocr::CardReader> instance = [] {
    auto opened = ocr::CardReader::open();
    REQUIRE(opened);
    return std::move(*opened);
  }();
  return *instance;
}

ocr::CardReading read(const QImage& picture) {
  const QImage g = test::grey(picture);
  return reader().read(test::view(g), kToday);
}

QString proposed(const ocr::CardReading& reading, const char* field) {
  const ocr::FieldProposal* p = reading.proposal(QString::fromLatin1(field));
  return p ? p->value : QString();
}

} // namespace

TEST_CASE("Tesseract's library is loaded by the first card reader, not at start", "[ocr]") {
  CHECK_FALSE(kTesseractMappedAtStart);
  reader();
  CHECK(tesseractMapped());
}

TEST_CASE("the back of a clean card photo proposes what its zone says", "[ocr]") {
  CardGenerator generator(101, test::testGazetteer());
  const QString font = CardGenerator::khmerFonts().first();
  for (int i = 0; i < 4; ++i) {
    const CardPerson person = generator.person();
    const ocr::CardReading reading = read(CardPhotographer::photograph(
        CardGenerator::back(person, font), PhotoStyle::clean(), 100 + i));
    INFO("card " << i);
    REQUIRE(reading.mrz.has_value());
    REQUIRE(reading.mrz->ok());
    CHECK(reading.side == ocr::CardSide::Back);
    const QStringList zone = reading.mrz->zone.split(u'\n');
    const QStringList truth = CardGenerator::mrzLines(person);
    CHECK(zone.mid(0, 2) == truth.mid(0, 2)); // every character under a check digit
    // Names carry no check digit: right, or marked for the teller to look at.
    const ocr::FieldProposal* name = reading.proposal(u"name_en");
    REQUIRE(name);
    if (name->value != person.nameLatin())
      CHECK(name->lowConfidence());
    CHECK(proposed(reading, "id_number") == person.documentNumber);
    CHECK(proposed(reading, "dob") == person.birthDate.toString(Qt::ISODate));
    CHECK(proposed(reading, "sex") == (person.sex == 'F' ? u"female" : u"male"));
    CHECK(reading.proposal(u"id_number")->confidence > 0.9);
  }
}

TEST_CASE("the front of a card photo proposes its printed fields", "[ocr]") {
  CardGenerator generator(202, test::testGazetteer());
  const QStringList fonts = CardGenerator::khmerFonts();
  for (int i = 0; i < 3; ++i) {
    const CardPerson person = generator.person();
    const QString font = fonts.at(i % fonts.size());
    const ocr::CardReading reading = read(CardPhotographer::photograph(
        CardGenerator::front(person, font), PhotoStyle::clean(), 200 + i));
    INFO("card " << i << " in " << font.toStdString());
    CHECK(reading.side == ocr::CardSide::Front);
    CHECK_FALSE(reading.zoneFound);
    CHECK(proposed(reading, "name_km") == person.nameKm());
    CHECK(proposed(reading, "name_en") == person.nameLatin());
    CHECK(proposed(reading, "id_number") == person.documentNumber);
    CHECK(proposed(reading, "dob") == person.birthDate.toString(Qt::ISODate));
    CHECK(proposed(reading, "sex") == (person.sex == 'F' ? u"female" : u"male"));
    CHECK(reading.proposal(u"id_number")->confidence > 0.9);
  }
}
