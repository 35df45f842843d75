#include "core/domain/gazetteer.h"

#include "tests/core/domain/domain_fixtures.h"

#include <catch2/catch.hpp>

using camie::domain::Gazetteer;
using camie::domain::test::realGazetteer;
using camie::domain::test::smallGazetteer;
using camie::domain::test::str;
using Level = camie::domain::Gazetteer::Level;

namespace {

std::string loadError(const char* json) {
  const auto loaded = Gazetteer::fromJson(json);
  REQUIRE_FALSE(loaded.ok());
  return str(loaded.error().message);
}

} // namespace

TEST_CASE("the 2022 gazetteer loads with every province, district, commune and village",
          "[domain]") {
  const Gazetteer& g = realGazetteer();
  CHECK(g.count(Level::Province) == 25);
  CHECK(g.count(Level::District) == 204);
  CHECK(g.count(Level::Commune) == 1652);
  CHECK(g.count(Level::Village) == 14444);
  CHECK(g.size() == 25 + 204 + 1652 + 14444);
  CHECK(g.version().isEmpty()); // the published file is a bare array of units
}

TEST_CASE("units of the real gazetteer link to their parents", "[domain]") {
  const Gazetteer& g = realGazetteer();
  const auto* village = g.find("12010101");
  REQUIRE(village);
  CHECK(village->level() == Level::Village);
  CHECK(str(village->parentCode()) == "120101");
  CHECK(g.isVillage("12010101"));

  const auto* commune = g.find(village->parentCode());
  REQUIRE(commune);
  CHECK(str(commune->en) == "Tonle Basak Sangkat");
  const auto* district = g.find(commune->parentCode());
  REQUIRE(district);
  CHECK(str(district->en) == "Chamkar Mon Khan");
  const auto* province = g.find(district->parentCode());
  REQUIRE(province);
  CHECK(str(province->en) == "Phnom Penh Capital");
  CHECK(str(province->km) == "រាជធានីភ្នំពេញ");
  CHECK(province->parentCode().isEmpty());

  const auto provinces = g.provinces();
  REQUIRE(provinces.size() == 25);
  CHECK(str(provinces.first()->code) == "01");
  CHECK(str(provinces.last()->code) == "25");

  const auto districts = g.children("01");
  REQUIRE(districts.size() == 9);
  CHECK(str(districts.first()->code) == "0102");
  CHECK(str(districts.last()->code) == "0110");
  CHECK(g.children("010201").size() > 0);
  for (const auto* child : g.children("0102"))
    CHECK(child->parentCode() == "0102");
}

TEST_CASE("a gazetteer answers only for codes it holds, and only villages are villages",
          "[domain]") {
  const Gazetteer& g = realGazetteer();
  CHECK(g.find("99") == nullptr);
  CHECK(g.find("01029999") == nullptr);
  CHECK_FALSE(g.isVillage("01029999"));
  CHECK_FALSE(g.isVillage("010201")); // a commune
  CHECK(g.children("12010101").isEmpty());
  CHECK(g.children("nonsense").isEmpty());
}

TEST_CASE("the reference-data shape keeps its version and sorts children by code", "[domain]") {
  const Gazetteer g = smallGazetteer();
  CHECK(str(g.version()) == "test-1");
  const auto villages = g.children("020101");
  REQUIRE(villages.size() == 2);
  CHECK(str(villages[0]->code) == "02010101");
  CHECK(str(villages[1]->code) == "02010102");
  const Gazetteer copy = g; // copies share the units
  CHECK(copy.find("02010101") == g.find("02010101"));
}

TEST_CASE("malformed gazetteers are refused with the unit at fault", "[domain]") {
  CHECK(str(Gazetteer::fromJson("[").error().code) == "invalid_json");
  CHECK(loadError(R"({"units": []})") ==
        "gazetteer: expected an object with a 'version' string and a 'units' array");
  CHECK(loadError(R"({"version": "1", "units": []})") == "gazetteer: no units");
  CHECK(loadError(R"([{"code": "123", "km": "ក", "en": "A"}])") ==
        "gazetteer: unit 0: the code must be a string of 2, 4, 6 or 8 digits");
  CHECK(loadError(R"([{"code": "0A", "km": "ក", "en": "A"}])") ==
        "gazetteer: unit 0: the code must be a string of 2, 4, 6 or 8 digits");
  CHECK(loadError(R"([{"code": 12, "km": "ក", "en": "A"}])") ==
        "gazetteer: unit 0: the code must be a string of 2, 4, 6 or 8 digits");
  CHECK(loadError(R"([{"code": "0102030405", "km": "ក", "en": "A"}])") ==
        "gazetteer: unit 0: the code must be a string of 2, 4, 6 or 8 digits");
  CHECK(loadError(R"([{"code": "01", "km": "ក", "en": "A"},
                      {"code": "010203", "km": "ក", "en": "A"}])") ==
        "gazetteer: unit '010203': its parent '0102' is missing");
  CHECK(loadError(R"([{"code": "01", "km": "ក", "en": "A"},
                      {"code": "01", "km": "ខ", "en": "B"}])") ==
        "gazetteer: unit '01' is listed twice");
  CHECK(loadError(R"([{"code": "01", "km": "", "en": "A"}])") ==
        "gazetteer: unit '01': 'km' and 'en' names must be non-empty");
}
