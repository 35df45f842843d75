#include "core/domain/form_schema.h"

#include "tests/core/domain/domain_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using camie::domain::FieldType;
using camie::domain::FormSchema;
using camie::domain::test::defaultForm;
using camie::domain::test::str;

namespace {

// A minimal valid form to break one piece at a time.
QJsonObject minimalForm() {
  const QJsonObject label{{"km", "ឈ្មោះ"}, {"en", "Name"}};
  return QJsonObject{
      {"id", "mini"},
      {"version", "1"},
      {"steps",
       QJsonArray{QJsonObject{{"id", "only"}, {"label", label}, {"fields", QJsonArray{"name"}}}}},
      {"fields", QJsonArray{QJsonObject{{"id", "name"}, {"type", "text"}, {"label", label}}}}};
}

QByteArray toJson(const QJsonObject& o) {
  return QJsonDocument(o).toJson();
}

QJsonObject withField(QJsonObject form, const QJsonObject& field, const QString& step = "only") {
  QJsonArray fields = form["fields"].toArray();
  fields.append(field);
  form["fields"] = fields;
  QJsonArray steps = form["steps"].toArray();
  for (qsizetype i = 0; i < steps.size(); ++i) {
    QJsonObject s = steps[i].toObject();
    if (s["id"].toString() == step) {
      QJsonArray ids = s["fields"].toArray();
      ids.append(field["id"]);
      s["fields"] = ids;
      steps[i] = s;
    }
  }
  form["steps"] = steps;
  return form;
}

QJsonObject field(const char* id, const char* type, QJsonObject extra = {}) {
  extra["id"] = id;
  extra["type"] = type;
  extra["label"] = QJsonObject{{"km", "ក"}, {"en", "A"}};
  return extra;
}

QJsonObject categoryField() {
  const QJsonObject l{{"km", "ក"}, {"en", "A"}};
  return field("category", "choice",
               {{"options", QJsonArray{QJsonObject{{"value", "owner"}, {"label", l}},
                                       QJsonObject{{"value", "worker"}, {"label", l}}}}});
}

std::string loadError(const QJsonObject& form) {
  const auto loaded = FormSchema::fromJson(toJson(form));
  REQUIRE_FALSE(loaded.ok());
  return str(loaded.error().message);
}

} // namespace

TEST_CASE("the default form loads with the platform's steps and field ids in order", "[domain]") {
  const FormSchema& form = defaultForm();
  CHECK(str(form.id()) == "ie-registration");
  CHECK(str(form.version()) == "2025.1");

  QStringList stepIds;
  QList<QStringList> fieldsByStep;
  for (const auto& step : form.steps()) {
    stepIds << step.id;
    fieldsByStep << step.fieldIds;
  }
  CHECK(stepIds == QStringList{"who", "identity", "contact_address", "work", "consent"});
  CHECK(fieldsByStep ==
        QList<QStringList>{
            {"category"},
            {"name_km", "name_en", "sex", "dob", "nationality", "id_type", "id_number"},
            {"phone", "village_code"},
            {"occupation", "business_name", "workers_count", "turnover_band"},
            {"consent"}});
  QStringList fieldIds;
  for (const auto& f : form.fields())
    fieldIds << f.id;
  CHECK(fieldIds.size() == 15);
  CHECK(form.field("telephone") == nullptr);
}

TEST_CASE("the default form gives each field its type, options and rules", "[domain]") {
  const FormSchema& form = defaultForm();
  const auto* category = form.field("category");
  REQUIRE(category);
  CHECK(category->type == FieldType::Choice);
  CHECK(category->required);
  QStringList values;
  for (const auto& o : category->options)
    values << o.value;
  CHECK(values == QStringList{"microenterprise_owner", "microenterprise_worker", "seasonal_worker",
                              "self_employed"});

  CHECK(form.field("name_km")->type == FieldType::KhmerName);
  CHECK(form.field("name_en")->type == FieldType::LatinName);
  CHECK(form.field("dob")->type == FieldType::BirthDate);
  CHECK(*form.field("dob")->minAge == 15);
  CHECK(*form.field("dob")->maxAge == 100);
  CHECK(form.field("nationality")->defaultValue.toString() == "KH");
  CHECK(form.field("id_number")->idTypeField == "id_type");
  CHECK(form.field("id_type")->option(u"national_id") != nullptr);
  CHECK(form.field("phone")->type == FieldType::Phone);
  CHECK(form.field("village_code")->type == FieldType::Village);
  CHECK(form.field("occupation")->reference == "occupations");
  CHECK(form.field("workers_count")->type == FieldType::Integer);
  CHECK(*form.field("workers_count")->min == 0);

  const auto* business = form.field("business_name");
  CHECK_FALSE(business->required);
  REQUIRE(business->visibleWhen.size() == 1);
  CHECK(business->visibleWhen.first().field == "category");
  CHECK(business->requiredWhen.size() == 1);

  const auto* turnover = form.field("turnover_band");
  CHECK(turnover->help.en.contains("250 million riel"));
  CHECK(turnover->help.km.contains("២៥០ លានរៀល"));

  const auto* consent = form.field("consent");
  CHECK(consent->type == FieldType::Consent);
  CHECK(consent->required);
  CHECK_FALSE(consent->statement.km.isEmpty());
  CHECK_FALSE(consent->statement.en.isEmpty());
}

TEST_CASE("every label, help text and option label of the default form is in Khmer and English",
          "[domain]") {
  const FormSchema& form = defaultForm();
  CHECK_FALSE(form.title().km.isEmpty());
  for (const auto& step : form.steps())
    CHECK((!step.label.km.isEmpty() && !step.label.en.isEmpty()));
  for (const auto& f : form.fields()) {
    INFO(str(f.id));
    CHECK((!f.label.km.isEmpty() && !f.label.en.isEmpty()));
    CHECK(f.help.km.isEmpty() == f.help.en.isEmpty());
    for (const auto& o : f.options)
      CHECK((!o.label.km.isEmpty() && !o.label.en.isEmpty()));
  }
}

TEST_CASE("a form that is not JSON is refused as invalid_json", "[domain]") {
  const auto loaded = FormSchema::fromJson("{\"id\": ");
  REQUIRE_FALSE(loaded.ok());
  CHECK(str(loaded.error().code) == "invalid_json");
}

TEST_CASE("schema errors name the field or step and the problem", "[domain]") {
  const QJsonObject mini = minimalForm();
  REQUIRE(FormSchema::fromJson(toJson(mini)).ok());

  SECTION("an unknown field type") {
    CHECK(loadError(withField(mini, field("phone", "telephone"))) ==
          "field 'phone': unknown type 'telephone'");
  }
  SECTION("a duplicate field id") {
    CHECK(loadError(withField(mini, field("name", "text"))) ==
          "field 'name': the id is used twice");
  }
  SECTION("a step naming an unknown field") {
    QJsonObject form = mini;
    QJsonArray steps = form["steps"].toArray();
    QJsonObject step = steps[0].toObject();
    step["fields"] = QJsonArray{"name", "surname"};
    steps[0] = step;
    form["steps"] = steps;
    CHECK(loadError(form) == "step 'only': unknown field 'surname'");
  }
  SECTION("a field listed in no step") {
    QJsonObject form = mini;
    form["fields"] = QJsonArray{mini["fields"][0], field("extra", "text")};
    CHECK(loadError(form) == "field 'extra': not listed in any step");
  }
  SECTION("a condition on an unknown field") {
    const auto f =
        field("business", "text",
              {{"visible_when", QJsonObject{{"field", "category"}, {"equals", "owner"}}}});
    CHECK(loadError(withField(mini, f)) ==
          "field 'business': condition on unknown field 'category'");
  }
  SECTION("a condition on a value that is not an option") {
    const auto f =
        field("business", "text",
              {{"required_when", QJsonObject{{"field", "category"}, {"in", QJsonArray{"ownr"}}}}});
    CHECK(loadError(withField(withField(mini, categoryField()), f)) ==
          "field 'business': condition value 'ownr' is not an option of field 'category'");
  }
  SECTION("conditions that depend on each other in a cycle") {
    const auto a =
        field("a", "boolean", {{"visible_when", QJsonObject{{"field", "b"}, {"equals", true}}}});
    const auto b =
        field("b", "boolean", {{"visible_when", QJsonObject{{"field", "a"}, {"equals", true}}}});
    CHECK_THAT(loadError(withField(withField(mini, a), b)),
               Catch::Contains("depend on themselves in a cycle"));
  }
  SECTION("a condition with both 'in' and 'equals'") {
    const auto f = field(
        "business", "text",
        {{"visible_when",
          QJsonObject{{"field", "category"}, {"in", QJsonArray{"owner"}}, {"equals", "owner"}}}});
    CHECK(loadError(withField(withField(mini, categoryField()), f)) ==
          "field 'business': 'visible_when' needs exactly 'field' and one of 'in' or 'equals'");
  }
  SECTION("a misspelt key") {
    CHECK(loadError(withField(mini, field("age", "integer", {{"maximum", 3}}))) ==
          "field 'age': unknown key 'maximum' for type 'integer'");
  }
  SECTION("a label without its Khmer text") {
    QJsonObject f = field("x", "text");
    f["label"] = QJsonObject{{"en", "X"}};
    CHECK(loadError(withField(mini, f)) ==
          "field 'x' label must be an object with non-empty 'km' and 'en' texts");
  }
  SECTION("a choice without options, and a default that is not an option") {
    CHECK(loadError(withField(mini, field("c", "choice"))) ==
          "field 'c': a choice needs a non-empty 'options' array");
    QJsonObject c = categoryField();
    c["default"] = "boss";
    CHECK(loadError(withField(mini, c)) ==
          "field 'category': 'default' is not a valid answer of this field");
  }
  SECTION("an id number without the field that holds its type") {
    CHECK(loadError(
              withField(mini, field("id_number", "id_number", {{"id_type_field", "id_type"}}))) ==
          "field 'id_number': 'id_type_field' must name a choice field");
  }
  SECTION("limits the wrong way round") {
    CHECK(loadError(withField(mini, field("n", "integer", {{"min", 5}, {"max", 1}}))) ==
          "field 'n': 'min' is above 'max'");
    CHECK(
        loadError(withField(mini, field("d", "birth_date", {{"min_age", 18}, {"max_age", 16}}))) ==
        "field 'd': 'min_age' is above 'max_age'");
  }
  SECTION("required and required_when together") {
    const auto f =
        field("business", "text",
              {{"required", true},
               {"required_when", QJsonObject{{"field", "category"}, {"equals", "owner"}}}});
    CHECK_THAT(loadError(withField(withField(mini, categoryField()), f)),
               Catch::Contains("either 'required' or 'required_when'"));
  }
  SECTION("a consent without its statement") {
    CHECK(loadError(withField(mini, field("ok", "consent"))) ==
          "field 'ok' statement must be an object with non-empty 'km' and 'en' texts");
  }
  SECTION("a missing version") {
    QJsonObject form = mini;
    form.remove("version");
    CHECK(loadError(form) == "form: 'id' and 'version' must be non-empty strings");
  }
}

TEST_CASE("a birth date without age limits gets 15 to 100, text gets a length limit", "[domain]") {
  const auto loaded = FormSchema::fromJson(toJson(withField(
      withField(minimalForm(), field("dob", "birth_date")), field("note", "latin_name"))));
  REQUIRE(loaded.ok());
  CHECK(*loaded->field("dob")->minAge == 15);
  CHECK(*loaded->field("dob")->maxAge == 100);
  CHECK(*loaded->field("name")->maxLength == 200);
  CHECK(*loaded->field("note")->maxLength == 100);
}
