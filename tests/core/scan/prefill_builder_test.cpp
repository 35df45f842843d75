#include "core/scan/prefill_builder.h"

#include "core/refdata/reference_set.h"
#include "core/scan/mrz_parser.h"
#include "ie1_test_support.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::scan;
using namespace camie::scan::test;

namespace {

const QDate kToday(2025, 11, 25);

const domain::FormSchema& form() {
  static const domain::FormSchema schema = [] {
    auto parsed = domain::FormSchema::fromJson(refdata::ReferenceSet::defaultFormJson());
    REQUIRE(parsed.ok());
    return *parsed;
  }();
  return schema;
}

PrefillBuilder builder() {
  return PrefillBuilder(form(), domain::RegistrationValidator(form(), nullptr, kToday));
}

MrzRecord mrz(const char* zone) {
  const MrzOutcome outcome = MrzParser::parse(QString::fromLatin1(zone), kToday);
  REQUIRE(outcome.ok());
  return *outcome.record;
}

Ie1Outcome validOutcome(const QJsonObject& fields) {
  return Ie1Outcome{Ie1Verdict::Valid,
                    {},
                    QStringLiteral("portal-2025-01"),
                    PreRegistration{QStringLiteral("portal-2025-01"),
                                    QStringLiteral("PR-2025-000123"), kIat, kExp, fields}};
}

} // namespace

TEST_CASE("a Khmer ID card's MRZ proposes the identity fields, all valid", "[scan]") {
  const Prefill prefill = builder().fromMrz(mrz("IDKHM0123456784<<<<<<<<<<<<<<<\n"
                                                "9001158M3001145KHM<<<<<<<<<<<0\n"
                                                "SOK<<DARA<<<<<<<<<<<<<<<<<<<<<"));
  CHECK(prefill.warnings.isEmpty());
  const QJsonObject expected{{QStringLiteral("name_en"), QStringLiteral("SOK DARA")},
                             {QStringLiteral("sex"), QStringLiteral("male")},
                             {QStringLiteral("dob"), QStringLiteral("1990-01-15")},
                             {QStringLiteral("nationality"), QStringLiteral("KH")},
                             {QStringLiteral("id_type"), QStringLiteral("national_id")},
                             {QStringLiteral("id_number"), QStringLiteral("012345678")}};
  CHECK(prefill.answers() == expected);
  for (const ProposedValue& v : prefill.values) {
    INFO(v.fieldId.toStdString() << ": " << v.errorMessage.toStdString());
    CHECK(v.valid);
    CHECK(v.source == PrefillSource::Mrz);
  }
}

TEST_CASE("a foreign passport proposes passport and another nationality", "[scan]") {
  const Prefill prefill = builder().fromMrz(mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                                "L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
  REQUIRE(prefill.value(u"id_type"));
  CHECK(prefill.value(u"id_type")->value.toString() == u"passport");
  CHECK(prefill.value(u"nationality")->value.toString() == u"other");
  CHECK(prefill.value(u"sex")->value.toString() == u"female");
  CHECK(prefill.value(u"id_number")->value.toString() == u"L898902C3");
  CHECK(prefill.value(u"id_number")->valid);
  CHECK(prefill.value(u"name_en")->value.toString() == u"ERIKSSON ANNA MARIA");
}

TEST_CASE("a foreign ID card proposes no id type, and a too old person is not valid", "[scan]") {
  // The ICAO TD1 specimen: born 1974, fine; an ID card of Utopia is no form option.
  const Prefill prefill = builder().fromMrz(mrz("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                                "7408122F1204159UTO<<<<<<<<<<<6\n"
                                                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));
  CHECK(prefill.value(u"id_type") == nullptr);
  CHECK(prefill.value(u"dob")->valid);

  MrzRecord old = mrz("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                      "7408122F1204159UTO<<<<<<<<<<<6\n"
                      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
  old.birthDate = QDate(1920, 1, 1);
  const Prefill tooOld = builder().fromMrz(old);
  const ProposedValue* dob = tooOld.value(u"dob");
  REQUIRE(dob);
  CHECK_FALSE(dob->valid);
  CHECK(dob->errorCode == u"age_out_of_range");
  CHECK_FALSE(dob->errorMessage.isEmpty());
}

TEST_CASE("a valid IE1 code proposes its fields, each checked like typed input", "[scan]") {
  QJsonObject fields = sampleFields();
  fields.insert(QStringLiteral("business_name"), QStringLiteral("Dara tailoring"));
  fields.insert(QStringLiteral("workers_count"), 2);                // hidden for the self-employed
  fields.insert(QStringLiteral("dob"), QStringLiteral("31/01/90")); // a 2-digit year: no date
  const Prefill prefill = builder().fromIe1(validOutcome(fields));
  CHECK(prefill.warnings.isEmpty());
  CHECK(prefill.values.size() == fields.size());
  CHECK(prefill.value(u"name_km")->valid);
  CHECK(prefill.value(u"phone")->valid);
  CHECK(prefill.value(u"business_name")->valid);
  CHECK(prefill.value(u"workers_count")->valid); // hidden: no error, the form drops it
  CHECK_FALSE(prefill.value(u"dob")->valid);
  CHECK(prefill.value(u"dob")->errorCode == u"invalid_format");
  for (const ProposedValue& v : prefill.values)
    CHECK(v.source == PrefillSource::Ie1);
}

TEST_CASE("unknown IE1 fields are left out with a warning; consent is never prefilled", "[scan]") {
  QJsonObject fields = sampleFields();
  fields.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
  fields.insert(QStringLiteral("consent"), true);
  const Prefill prefill = builder().fromIe1(validOutcome(fields));
  CHECK(prefill.value(u"favourite_colour") == nullptr);
  CHECK(prefill.value(u"consent") == nullptr);
  REQUIRE(prefill.warnings.size() == 2);
  CHECK(prefill.warnings[0].fieldId == u"consent");
  CHECK(prefill.warnings[0].code == u"consent_not_prefilled");
  CHECK(prefill.warnings[1].fieldId == u"favourite_colour");
  CHECK(prefill.warnings[1].code == u"unknown_field");
  CHECK_FALSE(prefill.warnings[1].message.isEmpty());
}

TEST_CASE("an IE1 code that is not valid prefills nothing", "[scan]") {
  Ie1Outcome expired = validOutcome(sampleFields());
  expired.verdict = Ie1Verdict::Expired;
  expired.message = QStringLiteral("expired");
  const Prefill prefill = builder().fromIe1(expired);
  CHECK(prefill.values.isEmpty());
  REQUIRE(prefill.warnings.size() == 1);
  CHECK(prefill.warnings[0].code == u"not_valid");
}

TEST_CASE("answers already given are the context: an id number checked by the id type", "[scan]") {
  const QJsonObject fields{{QStringLiteral("id_number"), QStringLiteral("AB1234")}};
  const QJsonObject nationalId{{QStringLiteral("id_type"), QStringLiteral("national_id")}};
  const QJsonObject passport{{QStringLiteral("id_type"), QStringLiteral("passport")}};
  CHECK_FALSE(builder().fromIe1(validOutcome(fields), nationalId).value(u"id_number")->valid);
  CHECK(builder().fromIe1(validOutcome(fields), passport).value(u"id_number")->valid);
}
