#include "core/domain/registration_validator.h"

#include "tests/core/domain/domain_fixtures.h"

#include <catch2/catch.hpp>

using camie::domain::FieldError;
using camie::domain::RegistrationValidator;
using camie::domain::ValidationResult;
using camie::domain::test::defaultForm;
using camie::domain::test::realGazetteer;
using camie::domain::test::smallGazetteer;
using camie::domain::test::str;

namespace {

const QDate kToday(2025, 6, 15);

QJsonObject ownerAnswers() {
  return QJsonObject{{"category", "microenterprise_owner"},
                     {"name_km", "សុខ ដារ៉ា"},
                     {"name_en", "SOK Dara"},
                     {"sex", "female"},
                     {"dob", "1990-01-31"},
                     {"nationality", "KH"},
                     {"id_type", "national_id"},
                     {"id_number", "010203040"},
                     {"phone", "012 345 678"},
                     {"village_code", "02010101"},
                     {"occupation", "Noodle seller"},
                     {"business_name", "Dara Noodles"},
                     {"workers_count", 2},
                     {"turnover_band", "below_60m"},
                     {"consent", true}};
}

QStringList codesOf(const ValidationResult& result, const QString& field) {
  QStringList codes;
  for (const FieldError& e : result.errors) {
    if (e.field == field)
      codes << e.code;
  }
  return codes;
}

std::string describe(const ValidationResult& result) {
  QStringList lines;
  for (const FieldError& e : result.errors)
    lines << e.field + ": " + e.code;
  return str(lines.join("; "));
}

} // namespace

TEST_CASE("a complete registration is valid and stored normalised", "[domain]") {
  const auto gazetteer = smallGazetteer();
  const RegistrationValidator validator(defaultForm(), &gazetteer, kToday);
  const ValidationResult result = validator.validate(ownerAnswers());
  INFO(describe(result));
  REQUIRE(result.ok());
  CHECK(result.normalized.value("phone") == "+85512345678");
  CHECK(result.normalized.value("workers_count") == 2);
  CHECK(result.normalized.value("consent") == true);
  CHECK(result.normalized.size() == ownerAnswers().size());
}

TEST_CASE("missing required answers are reported per field", "[domain]") {
  const auto gazetteer = smallGazetteer();
  const RegistrationValidator validator(defaultForm(), &gazetteer, kToday);
  QJsonObject answers = ownerAnswers();
  answers.remove("name_km");
  answers["phone"] = "   ";
  answers["sex"] = QJsonValue::Null;
  answers["consent"] = false;
  const ValidationResult result = validator.validate(answers);
  CHECK(codesOf(result, "name_km") == QStringList{"required"});
  CHECK(codesOf(result, "phone") == QStringList{"required"});
  CHECK(codesOf(result, "sex") == QStringList{"required"});
  CHECK(codesOf(result, "consent") == QStringList{"consent_required"});
  CHECK(result.errors.size() == 4);
  CHECK_FALSE(result.normalized.contains("name_km"));
  CHECK(result.normalized.contains("name_en"));
}

TEST_CASE("answers that are not fields of the form are refused as unknown_field", "[domain]") {
  const auto gazetteer = smallGazetteer();
  const RegistrationValidator validator(defaultForm(), &gazetteer, kToday);
  QJsonObject answers = ownerAnswers();
  answers["favourite_colour"] = "blue";
  const ValidationResult result = validator.validate(answers);
  CHECK(codesOf(result, "favourite_colour") == QStringList{"unknown_field"});
  CHECK_FALSE(result.normalized.contains("favourite_colour"));
  CHECK(str(validator.validateField("favourite_colour", "blue", {})->code) == "unknown_field");
}

TEST_CASE("a business name is asked of owners and the self-employed only", "[domain]") {
  const auto gazetteer = smallGazetteer();
  const RegistrationValidator validator(defaultForm(), &gazetteer, kToday);

  QJsonObject owner = ownerAnswers();
  owner.remove("business_name");
  CHECK(codesOf(validator.validate(owner), "business_name") == QStringList{"required"});
  CHECK(validator.isRequired("business_name", owner));

  QJsonObject selfEmployed = ownerAnswers();
  selfEmployed["category"] = "self_employed";
  selfEmployed.remove("business_name");
  selfEmployed.remove("workers_count"); // asked of owners only
  const auto selfResult = validator.validate(selfEmployed);
  CHECK(codesOf(selfResult, "business_name") == QStringList{"required"});
  CHECK(codesOf(selfResult, "workers_count").isEmpty());

  QJsonObject worker = ownerAnswers();
  worker["category"] = "microenterprise_worker";
  worker["business_name"] = "left over from an earlier choice";
  worker["workers_count"] = 500;
  worker.remove("turnover_band");
  const ValidationResult result = validator.validate(worker);
  INFO(describe(result));
  CHECK(result.ok());
  CHECK_FALSE(result.normalized.contains("business_name")); // hidden: dropped, not refused
  CHECK_FALSE(result.normalized.contains("workers_count"));
  CHECK_FALSE(validator.isVisible("business_name", worker));
  CHECK_FALSE(validator.validateField("business_name", "", worker));

  QJsonObject undecided = ownerAnswers();
  undecided.remove("category");
  CHECK_FALSE(validator.isVisible("business_name", undecided));
}

TEST_CASE("validateField checks one field with the other answers for inline messages", "[domain]") {
  const auto gazetteer = smallGazetteer();
  const RegistrationValidator validator(defaultForm(), &gazetteer, kToday);
  const QJsonObject answers = ownerAnswers();
  CHECK_FALSE(validator.validateField("phone", "097 123 4567", answers));
  CHECK(str(validator.validateField("phone", "123", answers)->code) == "invalid_format");
  CHECK(str(validator.validateField("phone", "", answers)->code) == "required");
  CHECK(str(validator.validateField("id_number", "N0102030", answers)->code) == "invalid_format");
  QJsonObject passport = answers;
  passport["id_type"] = "passport";
  CHECK_FALSE(validator.validateField("id_number", "N0102030", passport));
  CHECK(str(validator.validateField("workers_count", "", answers)->code) == "required");
  CHECK(str(validator.validateField("consent", false, answers)->code) == "consent_required");
}

TEST_CASE("a village must be in the real gazetteer", "[domain]") {
  const RegistrationValidator validator(defaultForm(), &realGazetteer(), kToday);
  CHECK_FALSE(validator.validateField("village_code", "12010101", {}));
  CHECK(str(validator.validateField("village_code", "01029999", {})->code) == "unknown_village");
  CHECK(str(validator.validateField("village_code", "120101", {})->code) == "invalid_format");
}

TEST_CASE("without a gazetteer a village cannot be checked and says so", "[domain]") {
  const RegistrationValidator validator(defaultForm(), nullptr, kToday);
  const auto result = validator.validate(ownerAnswers());
  CHECK(codesOf(result, "village_code") == QStringList{"gazetteer_missing"});
  CHECK(result.errors.size() == 1);
}

TEST_CASE("the validator keeps its own copy of the schema and the gazetteer", "[domain]") {
  std::optional<RegistrationValidator> validator;
  {
    const auto gazetteer = smallGazetteer();
    const auto form = camie::domain::FormSchema::fromJson(camie::domain::test::defaultFormJson());
    REQUIRE(form.ok());
    validator.emplace(*form, &gazetteer, kToday);
  }
  CHECK(validator->validate(ownerAnswers()).ok());
}

TEST_CASE("messages never repeat the value typed", "[domain]") {
  const QString marker = QStringLiteral("ZQX7MARK");
  const auto gazetteer = smallGazetteer();
  const RegistrationValidator validator(defaultForm(), &gazetteer, kToday);
  QJsonObject answers;
  for (const auto& field : defaultForm().fields())
    answers[field.id] = marker + QStringLiteral(" 0!") + marker;
  answers["category"] = "microenterprise_owner"; // show every field
  answers["business_name"] = QString(200, 'x') + marker;
  answers["unknown_" + marker.toLower()] = marker;
  const ValidationResult result = validator.validate(answers);
  INFO(describe(result));
  // Every field but the category and the free-text occupation, and the unknown key.
  CHECK(result.errors.size() == defaultForm().fields().size() - 2 + 1);
  for (const FieldError& e : result.errors) {
    INFO(str(e.field + ": " + e.message));
    CHECK_FALSE(e.message.isEmpty());
    CHECK_FALSE(e.message.contains(marker, Qt::CaseInsensitive));
    CHECK_FALSE(e.code.contains(marker, Qt::CaseInsensitive));
  }
  for (const auto& [id, value] :
       {std::pair{"phone", "+855 ZQX7MARK"}, std::pair{"dob", "ZQX7MARK-01-01"},
        std::pair{"id_number", "ZQX7MARK!"}}) {
    const auto error = validator.validateField(id, value, answers);
    REQUIRE(error);
    CHECK_FALSE(error->message.contains(marker));
  }
}
