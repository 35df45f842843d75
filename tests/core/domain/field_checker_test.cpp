#include "core/domain/field_checker.h"

#include "tests/core/domain/domain_fixtures.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using camie::domain::FieldChecker;
using camie::domain::test::defaultForm;
using camie::domain::test::smallGazetteer;
using camie::domain::test::str;

namespace {

const QDate kToday(2025, 6, 15);

struct Outcome {
  std::string code;  // "" when accepted
  QJsonValue stored; // the normalised value when accepted
};

Outcome check(const char* fieldId, const QJsonValue& value, const QJsonObject& answers = {}) {
  const auto gazetteer = smallGazetteer();
  const FieldChecker checker(&gazetteer, kToday);
  const auto* field = defaultForm().field(QString::fromLatin1(fieldId));
  REQUIRE(field);
  const auto result = checker.check(*field, value, answers);
  if (!result.ok()) {
    CHECK_FALSE(result.error().message.isEmpty());
    return {str(result.error().code), {}};
  }
  return {"", *result};
}

} // namespace

TEST_CASE("a choice accepts only its options", "[domain]") {
  CHECK(check("category", "self_employed").stored == "self_employed");
  CHECK(check("category", "Self_Employed").code == "invalid_choice");
  CHECK(check("category", "boss").code == "invalid_choice");
  CHECK(check("sex", "female").stored == "female");
  CHECK(check("sex", 1).code == "invalid_choice");
  CHECK(check("nationality", "KH").stored == "KH");
}

TEST_CASE("a Khmer name is stored normalised and refused in another script", "[domain]") {
  CHECK(check("name_km", "  សុខ   ដារ៉ា ").stored == QStringLiteral("សុខ ដារ៉ា"));
  CHECK(check("name_km", "Sok Dara").code == "not_khmer_script");
  CHECK(check("name_km", "សុខ Dara").code == "not_khmer_script");
  CHECK(check("name_km", "សុខ1").code == "not_khmer_script");
  CHECK(check("name_km", QStringLiteral("សុខ") + QChar(u'\0') + QStringLiteral("ដា")).code ==
        "not_khmer_script");
  CHECK(check("name_km", 42).code == "not_khmer_script");
  CHECK(check("name_km", QString::fromUtf16(u"\u17B6\u1780")).code == "invalid_format");
  CHECK(check("name_km", QString(100, QChar(0x1780))).code.empty());
  CHECK(check("name_km", QString(101, QChar(0x1780))).code == "too_long");
}

TEST_CASE("a Khmer name typed with the Space key of the Khmer layout keeps its space", "[domain]") {
  // The NiDA layout's Space types U+200B: "សុខ<Space>ចាន់ថា" must not be stored
  // as one word.
  CHECK(check("name_km", QString::fromUtf16(u"សុខ\u200Bចាន់ថា")).stored ==
        QStringLiteral("សុខ ចាន់ថា"));
  CHECK(check("name_km", QString::fromUtf16(u"\u200Bសុខ\u200B\u200B ចាន់ថា\u200B")).stored ==
        QStringLiteral("សុខ ចាន់ថា"));
}

TEST_CASE("a Khmer name never stores the unassigned code points of the composite-vowel keys",
          "[domain]") {
  // ស្រីមុំ typed with the key that sends U+17FC (ុំ).
  const auto outcome = check("name_km", QString::fromUtf16(u"ស្រីម\u17FC"));
  CHECK(outcome.stored == QStringLiteral("ស្រីមុំ"));
  for (const QChar c : outcome.stored.toString())
    CHECK_FALSE((c.unicode() >= 0x17FB && c.unicode() <= 0x17FF));
  CHECK(check("occupation", QString::fromUtf16(u"ល\u17FF")).stored == QStringLiteral("លាំ"));
}

TEST_CASE("Latin letters in the Khmer name, or Khmer letters in the Latin name, name the keyboard",
          "[domain]") {
  const auto gazetteer = smallGazetteer();
  const FieldChecker checker(&gazetteer, kToday);
  const auto khmer = checker.check(*defaultForm().field("name_km"), "sok chantha", {});
  REQUIRE_FALSE(khmer.ok());
  CHECK(khmer.error().message.contains("typing Latin letters; press Alt+Shift for Khmer"));
  const auto latin = checker.check(*defaultForm().field("name_en"), "សុខ", {});
  REQUIRE_FALSE(latin.ok());
  CHECK(str(latin.error().code) == "not_latin_script");
  CHECK(latin.error().message.contains("typing Khmer letters"));
}

TEST_CASE("a decomposed Khmer name is stored in NFC", "[domain]") {
  const auto outcome = check("name_km", QString::fromUtf16(u"\u1780\u17DD\u17D2\u1780"));
  REQUIRE(outcome.code.empty());
  CHECK(outcome.stored.toString() == QString::fromUtf16(u"\u1780\u17D2\u17DD\u1780"));
}

TEST_CASE("a Latin name is stored as typed, trimmed and in NFC", "[domain]") {
  CHECK(check("name_en", "  SOK  Dara ").stored == "SOK  Dara");
  CHECK(check("name_en", QString::fromUtf16(u"Jose\u0301")).stored ==
        QString::fromUtf16(u"Jos\u00E9"));
  CHECK(check("name_en", "Sok 2").code == "not_latin_script");
  CHECK(check("name_en", "សុខ").code == "not_latin_script");
  CHECK(check("name_en", QString(101, 'a')).code == "too_long");
}

TEST_CASE("a date of birth must be a real past date of a person aged 15 to 100", "[domain]") {
  CHECK(check("dob", "1990-01-31").stored == "1990-01-31");
  CHECK(check("dob", "១៩៩០-០១-៣១").stored == "1990-01-31");
  CHECK(check("dob", "1990-1-31").stored == "1990-01-31");
  CHECK(check("dob", "31.01.1990").code == "");
  CHECK(check("dob", 19900131).code == "invalid_format");
  CHECK(check("dob", "31.01.90").code == "invalid_format");
  CHECK(check("dob", "31011990").code == "invalid_format");
  CHECK(check("dob", "31.01").code == "invalid_format");
  CHECK(check("dob", "31.0a.1990").code == "invalid_format");
  CHECK(check("dob", "1990-02-30").code == "invalid_date");
  CHECK(check("dob", "1990-13-01").code == "invalid_date");
  CHECK(check("dob", "2025-06-16").code == "future_date");
}

TEST_CASE("a date of birth is typed as the card prints it, with any separator and Khmer digits",
          "[domain]") {
  for (const char16_t* typed : {u"31.01.1990", u"31/01/1990", u"31-01-1990", u"31 01 1990",
                                u"31.1.1990", u" 31 . 01 . 1990 ", u"៣១.០១.១៩៩០",
                                // the Khmer layout: '-' types ឥ, '.' types ។, '/' types ៊,
                                // Space types U+200B
                                u"៣១ឥ០១ឥ១៩៩០", u"៣១។០១។១៩៩០", u"៣១៊០១៊១៩៩០", u"៣១\u200B០១\u200B១៩៩០"})
    CHECK(check("dob", QString::fromUtf16(typed)).stored == "1990-01-31");
  CHECK(check("dob", "31.02.1990").code == "invalid_date");
  CHECK(check("dob", "01.31.1990").code == "invalid_date"); // day first, as on the card
  const auto gazetteer = smallGazetteer();
  const auto result =
      FieldChecker(&gazetteer, kToday).check(*defaultForm().field("dob"), "1990/31", {});
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message.contains("31.01.1990"));
}

TEST_CASE("ages are counted in whole years on the injected day, around birthdays", "[domain]") {
  CHECK(check("dob", "2010-06-15").code.empty());               // 15 today
  CHECK(check("dob", "2010-06-16").code == "age_out_of_range"); // 15 tomorrow
  CHECK(check("dob", "2025-06-15").code == "age_out_of_range"); // born today
  CHECK(check("dob", "1925-06-16").code.empty());               // 99, 100 tomorrow
  CHECK(check("dob", "1924-06-16").code.empty());               // 100, 101 tomorrow
  CHECK(check("dob", "1924-06-15").code == "age_out_of_range"); // 101 today

  const auto gazetteer = smallGazetteer();
  const auto* dob = defaultForm().field("dob");
  const QJsonValue leapling("2008-02-29");
  CHECK_FALSE(FieldChecker(&gazetteer, QDate(2023, 2, 28)).check(*dob, leapling, {}).ok());
  CHECK(FieldChecker(&gazetteer, QDate(2023, 3, 1)).check(*dob, leapling, {}).ok());
  CHECK(FieldChecker(&gazetteer, QDate(2024, 2, 29)).check(*dob, leapling, {}).ok());
}

TEST_CASE("a phone number is stored in E.164", "[domain]") {
  CHECK(check("phone", "012 345 678").stored == "+85512345678");
  CHECK(check("phone", "+855 97 123 4567").stored == "+855971234567");
  CHECK(check("phone", "0012345678").code == "invalid_format");
  CHECK(check("phone", "០១២ ៣៤៥ ៦៧៨").stored == "+85512345678");
  CHECK(check("phone", "០១២ឥ៣៤៥ឥ៦៧៨").stored == "+85512345678"); // '-' on the Khmer layout
  CHECK(check("phone", QString::fromUtf16(u"០៩៧\u200B១២៣\u200B៤៥៦៧")).stored == "+855971234567");
  CHECK(check("phone", "012 ABC 678").code == "invalid_format");
  CHECK(check("phone", 12345678).code == "invalid_format");
}

TEST_CASE("a national ID number has exactly 9 digits, other documents 1 to 20 letters or digits",
          "[domain]") {
  const QJsonObject nationalId{{"id_type", "national_id"}};
  CHECK(check("id_number", "010203040", nationalId).stored == "010203040");
  CHECK(check("id_number", "0102 0304 0", nationalId).stored == "010203040");
  CHECK(check("id_number", "០១០២០៣០៤០", nationalId).stored == "010203040");
  CHECK(check("id_number", "០១០ ២០៣ ០៤០", nationalId).stored == "010203040");
  CHECK(check("id_number", "០១០ឥ២០៣ឥ០៤០", nationalId).stored == "010203040");
  CHECK(check("id_number", "01020304", nationalId).code == "invalid_format");
  CHECK(check("id_number", "0102030405", nationalId).code == "invalid_format");
  CHECK(check("id_number", "N0102030", nationalId).code == "invalid_format");

  const QJsonObject passport{{"id_type", "passport"}};
  CHECK(check("id_number", "n0102030", passport).stored == "N0102030");
  CHECK(check("id_number", "AB-12 34", passport).stored == "AB1234");
  CHECK(check("id_number", QString(20, '7'), passport).code.empty());
  CHECK(check("id_number", QString(21, '7'), passport).code == "invalid_format");
  CHECK(check("id_number", "N01/2030", passport).stored == "N012030");
  CHECK(check("id_number", "N01*2030", passport).code == "invalid_format");
  CHECK(check("id_number", "ណ០១០២០៣០", passport).code ==
        "not_latin_script"); // N on the Khmer layout
  CHECK(check("id_number", 10203040, passport).code == "invalid_format");
}

TEST_CASE("a village code must be 8 digits and a village of the gazetteer", "[domain]") {
  CHECK(check("village_code", "02010101").stored == "02010101");
  CHECK(check("village_code", "០២០១០១០២").stored == "02010102");
  CHECK(check("village_code", "020101").code == "invalid_format");
  CHECK(check("village_code", 2010101).code == "invalid_format");
  CHECK(check("village_code", "02010199").code == "unknown_village");

  const FieldChecker withoutGazetteer(nullptr, kToday);
  const auto result = withoutGazetteer.check(*defaultForm().field("village_code"), "02010101", {});
  REQUIRE_FALSE(result.ok());
  CHECK(str(result.error().code) == "gazetteer_missing");
  CHECK(result.error().message.contains("reference data"));
}

TEST_CASE("an integer must be whole and within its limits", "[domain]") {
  CHECK(check("workers_count", 0).stored == 0);
  CHECK(check("workers_count", 99).stored == 99);
  CHECK(check("workers_count", "12").stored == 12);
  CHECK(check("workers_count", "១២").stored == 12);
  CHECK(check("workers_count", QString::fromUtf16(u" ១\u200B២ ")).stored == 12);
  CHECK(check("workers_count", "1.5").code == "invalid_format");
  CHECK(check("workers_count", 100).code == "out_of_range");
  CHECK(check("workers_count", -1).code == "out_of_range");
  CHECK(check("workers_count", 2.5).code == "invalid_format");
  CHECK(check("workers_count", "two").code == "invalid_format");
  CHECK(check("workers_count", true).code == "invalid_format");
}

TEST_CASE("text is trimmed, its spaces collapsed, and control characters refused", "[domain]") {
  CHECK(check("occupation", "  vegetable\n seller ").stored == "vegetable seller");
  CHECK(check("occupation", QStringLiteral("អ្នកលក់បន្លែ")).stored == QStringLiteral("អ្នកលក់បន្លែ"));
  CHECK(check("occupation", QString::fromUtf16(u"seller\u0007")).code == "invalid_characters");
  CHECK(check("occupation", QString(101, 'a')).code == "too_long");
  CHECK(check("occupation", 5).code == "invalid_format");
}

TEST_CASE("consent is given only by true", "[domain]") {
  CHECK(check("consent", true).stored == true);
  CHECK(check("consent", "yes").code == "consent_required");
  CHECK(check("consent", 1).code == "consent_required");
}

TEST_CASE("a plain date needs a real date only, and a boolean true or false", "[domain]") {
  const auto form = camie::domain::FormSchema::fromJson(R"({"id": "t", "version": "1",
    "steps": [{"id": "s", "label": {"km": "ក", "en": "S"}, "fields": ["started", "paid", "dob"]}],
    "fields": [
      {"id": "started", "type": "date", "label": {"km": "ក", "en": "Started"}},
      {"id": "paid", "type": "boolean", "label": {"km": "ក", "en": "Paid"}},
      {"id": "dob", "type": "birth_date", "min_age": 18, "max_age": 60,
       "label": {"km": "ក", "en": "Born"}}]})");
  REQUIRE(form.ok());
  const FieldChecker checker(nullptr, kToday);
  const auto& started = *form->field("started");
  CHECK(*checker.check(started, "2030-01-01", {}) == "2030-01-01"); // no limits on a plain date
  CHECK(*checker.check(started, "1900-02-28", {}) == "1900-02-28");
  CHECK(str(checker.check(started, "1900-02-29", {}).error().code) == "invalid_date");

  const auto& paid = *form->field("paid");
  CHECK(*checker.check(paid, false, {}) == false);
  CHECK(str(checker.check(paid, "no", {}).error().code) == "invalid_format");

  const auto& dob = *form->field("dob");
  CHECK(checker.check(dob, "2007-06-15", {}).ok()); // 18 today
  CHECK(str(checker.check(dob, "2007-06-16", {}).error().code) == "age_out_of_range");
  CHECK(checker.check(dob, "1964-06-16", {}).ok()); // 60, 61 tomorrow
  CHECK(str(checker.check(dob, "1964-06-15", {}).error().code) == "age_out_of_range");
}
