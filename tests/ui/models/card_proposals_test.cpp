#include "ui/models/card_proposals.h"

#include "core/domain/card_check.h"
#include "core/domain/form_schema.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonObject>

using namespace camie;
using Note = ui::CardProposal::Note;

namespace {

const domain::FormSchema& form() {
  static const domain::FormSchema schema = [] {
    QFile file(QStringLiteral(CAMIE_SOURCE_DIR "/resources/forms/ie-registration.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto parsed = domain::FormSchema::fromJson(file.readAll());
    REQUIRE(parsed.ok());
    return *parsed;
  }();
  return schema;
}

const ui::CardProposal* find(const QList<ui::CardProposal>& list, const char* field) {
  for (const ui::CardProposal& p : list) {
    if (p.fieldId == QLatin1String(field))
      return &p;
  }
  return nullptr;
}

} // namespace

TEST_CASE("a card front's fields become proposals, the uncertain ones saying so", "[card]") {
  ocr::CardReading reading;
  reading.side = ocr::CardSide::Front;
  reading.proposals = {
      {QStringLiteral("name_km"), QStringLiteral("សុខ ដារ៉ា"), 0.93, QStringLiteral("front")},
      {QStringLiteral("name_en"), QStringLiteral("SOK DARA"), 0.62, QStringLiteral("front")},
      {QStringLiteral("dob"), QStringLiteral("1990-04-12"), 0.95, QStringLiteral("front")},
      {QStringLiteral("id_number"), QStringLiteral("123456789"), 0.99, QStringLiteral("front")},
      {QStringLiteral("not_on_form"), QStringLiteral("x"), 0.99, QStringLiteral("front")}};
  const auto proposals = ui::CardProposals::from(reading, form());
  REQUIRE(find(proposals, "name_km"));
  CHECK(find(proposals, "name_km")->note == Note::None);
  REQUIRE(find(proposals, "name_en"));
  CHECK(find(proposals, "name_en")->note == Note::LowConfidence);
  CHECK(find(proposals, "name_en")->fromCard);
  CHECK_FALSE(find(proposals, "not_on_form"));
  // The front of the national ID card says which document it is.
  REQUIRE(find(proposals, "id_type"));
  CHECK(find(proposals, "id_type")->value == u"national_id");
}

TEST_CASE("without a Latin name on the card, one is romanised from the Khmer name", "[card]") {
  ocr::CardReading reading;
  reading.side = ocr::CardSide::Front;
  reading.proposals = {
      {QStringLiteral("name_km"), QStringLiteral("សុខ ដារ៉ា"), 0.9, QStringLiteral("front")}};
  const auto proposals = ui::CardProposals::from(reading, form());
  const ui::CardProposal* latin = find(proposals, "name_en");
  REQUIRE(latin);
  CHECK(latin->value == u"Sok Dara");
  CHECK(latin->note == Note::Romanised);
  CHECK_FALSE(latin->fromCard); // not the card's word: typed otherwise, it is no disagreement
}

TEST_CASE("answers are compared with the card by what they mean, field by field", "[card]") {
  const QHash<QString, QString> read{{QStringLiteral("name_km"), QStringLiteral("សុខ ដារ៉ា")},
                                     {QStringLiteral("name_en"), QStringLiteral("SOK DARA")},
                                     {QStringLiteral("dob"), QStringLiteral("1990-04-12")},
                                     {QStringLiteral("sex"), QStringLiteral("male")},
                                     {QStringLiteral("id_number"), QStringLiteral("123456789")}};
  const QJsonObject same{{QStringLiteral("name_km"), QStringLiteral("សុខដារ៉ា")},
                         {QStringLiteral("name_en"), QStringLiteral("Sok  Dara")},
                         {QStringLiteral("dob"), QStringLiteral("12.04.1990")},
                         {QStringLiteral("sex"), QStringLiteral("male")},
                         {QStringLiteral("id_number"), QStringLiteral("123 456 789")}};
  CHECK(domain::CardCheck::differences(same, read).isEmpty());
  QJsonObject other = same;
  other.insert(QStringLiteral("sex"), QStringLiteral("female"));
  other.insert(QStringLiteral("id_number"), QStringLiteral("123456780"));
  other.remove(QStringLiteral("dob")); // not answered: nothing to compare
  CHECK(domain::CardCheck::differences(other, read) ==
        QStringList{QStringLiteral("sex"), QStringLiteral("id_number")});
  const domain::CardCheck check{{QStringLiteral("sex")}, QStringLiteral("sup1")};
  const auto back = domain::CardCheck::fromJson(check.toJson());
  REQUIRE(back);
  CHECK(back->differing == check.differing);
  CHECK(back->confirmedBy == u"sup1");
  CHECK_FALSE(domain::CardCheck::fromJson(QJsonObject{{QStringLiteral("differing"), 3}}));
}
