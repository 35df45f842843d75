#include "core/scan/mrz_parser.h"
#include "support/generated_cards.h"

using namespace camie;
using namespace camie::cardgen;

TEST_CASE("generated cards carry zones that the MRZ parser accepts", "[cardgen]") {
  CardGenerator generator(7, test::testGazetteer());
  int withoutComposite = 0;
  for (int i = 0; i < 40; ++i) {
    const CardPerson person = generator.person();
    const QStringList lines = CardGenerator::mrzLines(person);
    REQUIRE(lines.size() == 3);
    for (const QString& line : lines)
      CHECK(line.size() == 30);
    const scan::MrzOutcome outcome = scan::MrzParser::parse(lines.join(u'\n'), QDate(2026, 1, 1));
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.record->isKhmerIdCard());
    CHECK(outcome.record->documentNumber == person.documentNumber);
    CHECK(outcome.record->birthDate == person.birthDate);
    CHECK(outcome.record->compositeChecked == !person.noCompositeCheck);
    withoutComposite += person.noCompositeCheck ? 1 : 0;
    CHECK_FALSE(person.placeOfBirthKm.isEmpty());
    CHECK(person.addressKm.count(u' ') >= 3); // village, commune, district, province
  }
  CHECK(withoutComposite > 0);
  CHECK(withoutComposite < 20);
}

TEST_CASE("the same seed makes the same card photos", "[cardgen]") {
  const QStringList fonts = CardGenerator::khmerFonts();
  REQUIRE(fonts.size() >= 3); // fonts-khmeros and fonts-noto-core
  const auto make = [&fonts](quint32 seed) {
    CardGenerator generator(seed, test::testGazetteer());
    const CardPerson person = generator.person();
    return CardPhotographer::photograph(CardGenerator::front(person, fonts.first()),
                                        PhotoStyle::degraded(seed), seed);
  };
  const QImage a = make(11);
  CHECK(a.size() == QSize(1280, 900));
  CHECK(a == make(11));
  CHECK_FALSE(a == make(12));
}
