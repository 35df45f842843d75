#include "core/domain/field_checker.h"

#include "core/domain/date_text.h"
#include "core/domain/khmer_text.h"
#include "core/domain/latin_name.h"
#include "core/domain/phone_number.h"
#include "core/domain/script_hint.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace camie::domain {

namespace {

Error fieldError(const char* code, const QString& message) {
  return makeError(QString::fromLatin1(code), message);
}

Error tooLong(int maxLength) {
  return fieldError("too_long",
                    QCoreApplication::translate("camie::domain::Validator",
                                                "This is too long: use at most %1 characters.")
                        .arg(maxLength));
}

bool matches(const QString& text, const QRegularExpression& re) {
  return re.match(text).hasMatch();
}

const QRegularExpression kNationalId(QStringLiteral("^[0-9]{9}$"));
const QRegularExpression kDocumentNumber(QStringLiteral("^[A-Z0-9]{1,20}$"));
const QRegularExpression kVillageCode(QStringLiteral("^[0-9]{8}$"));
const QRegularExpression kInteger(QStringLiteral("^-?[0-9]{1,15}$"));

} // namespace

qsizetype FieldChecker::length(QStringView text) {
  return text.toString().toUcs4().size();
}

Result<QJsonValue> FieldChecker::check(const FieldSpec& field, const QJsonValue& value,
                                       const QJsonObject& answers) const {
  switch (field.type) {
  case FieldType::Text:
    return checkText(field, value);
  case FieldType::KhmerName:
    return checkKhmerName(field, value);
  case FieldType::LatinName:
    return checkLatinName(field, value);
  case FieldType::Date:
  case FieldType::BirthDate:
    return checkDate(field, value);
  case FieldType::Phone:
    if (const auto e164 = PhoneNumber::toE164(value.toString()); value.isString() && e164)
      return QJsonValue(*e164);
    return fieldError("invalid_format",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "Enter the mobile number: 9 or 10 digits starting with 0 (such as 012 "
                          "345 678), or the number starting with +855."));
  case FieldType::IdNumber:
    return checkIdNumber(field, value, answers);
  case FieldType::Village:
    return checkVillage(value);
  case FieldType::Choice:
    if (value.isString() && field.option(value.toString()))
      return value;
    return fieldError("invalid_choice",
                      QCoreApplication::translate("camie::domain::Validator",
                                                  "Choose one of the options offered."));
  case FieldType::Integer:
    return checkInteger(field, value);
  case FieldType::Boolean:
    if (value.isBool())
      return value;
    return fieldError("invalid_format",
                      QCoreApplication::translate("camie::domain::Validator", "Answer yes or no."));
  case FieldType::Consent:
    if (value.isBool() && value.toBool())
      return value;
    return fieldError("consent_required",
                      QCoreApplication::translate("camie::domain::Validator",
                                                  "The person must agree to the consent statement "
                                                  "before the registration can continue."));
  }
  return fieldError("invalid_format", QString());
}

Result<QJsonValue> FieldChecker::checkText(const FieldSpec& field, const QJsonValue& value) const {
  if (!value.isString())
    return fieldError("invalid_format", QCoreApplication::translate("camie::domain::Validator",
                                                                    "Enter this answer as text."));
  const QString text = KhmerText::expandDigraphs(value.toString()).simplified();
  for (const QChar c : text) {
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Surrogate)
      return fieldError("invalid_characters",
                        QCoreApplication::translate(
                            "camie::domain::Validator",
                            "The text holds characters that cannot be used, such as control "
                            "characters. Type it again."));
  }
  if (length(text) > field.maxLength.value_or(200))
    return tooLong(field.maxLength.value_or(200));
  return QJsonValue(text);
}

Result<QJsonValue> FieldChecker::checkKhmerName(const FieldSpec& field,
                                                const QJsonValue& value) const {
  const QString name = KhmerText::normalizeName(value.toString());
  if (const QString hint = ScriptHint::mismatch(Script::Khmer, name); !hint.isEmpty())
    return fieldError("not_khmer_script", hint);
  if (!value.isString() || !KhmerText::isKhmerNameText(name))
    return fieldError("not_khmer_script",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "Write the name in Khmer script only: Khmer letters and spaces."));
  if (!KhmerText::wordsStartWithBase(name))
    return fieldError("invalid_format",
                      QCoreApplication::translate("camie::domain::Validator",
                                                  "Each word of the Khmer name must start with a "
                                                  "consonant or an independent vowel."));
  if (length(name) > field.maxLength.value_or(100))
    return tooLong(field.maxLength.value_or(100));
  return QJsonValue(name);
}

Result<QJsonValue> FieldChecker::checkLatinName(const FieldSpec& field,
                                                const QJsonValue& value) const {
  const QString name = value.toString().normalized(QString::NormalizationForm_C).trimmed();
  if (const QString hint = ScriptHint::mismatch(Script::Latin, name); !hint.isEmpty())
    return fieldError("not_latin_script", hint);
  if (!value.isString() || !LatinName::isValid(name))
    return fieldError("not_latin_script",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "Write the name in Latin letters (A to Z, accents allowed), with only "
                          "spaces, hyphens, apostrophes or dots between them."));
  if (length(name) > field.maxLength.value_or(100))
    return tooLong(field.maxLength.value_or(100));
  return QJsonValue(name);
}

Result<QJsonValue> FieldChecker::checkDate(const FieldSpec& field, const QJsonValue& value) const {
  const auto parts = DateText::split(value.toString());
  if (!value.isString() || !parts)
    return fieldError("invalid_format",
                      QCoreApplication::translate("camie::domain::Validator",
                                                  "Enter the date as the card prints it: day, "
                                                  "month, year, for example 31.01.1990."));
  const QDate date(parts->year, parts->month, parts->day);
  if (!date.isValid())
    return fieldError(
        "invalid_date",
        QCoreApplication::translate(
            "camie::domain::Validator",
            "This date does not exist in the calendar. Check the day and the month."));
  if (field.type != FieldType::BirthDate)
    return QJsonValue(date.toString(Qt::ISODate));
  if (date > today_)
    return fieldError("future_date",
                      QCoreApplication::translate("camie::domain::Validator",
                                                  "The date of birth cannot be in the future."));
  int age = today_.year() - date.year();
  if (today_.month() < date.month() ||
      (today_.month() == date.month() && today_.day() < date.day()))
    --age; // the birthday of this year is still to come (29 February counts from 1 March)
  const int minAge = field.minAge.value_or(15);
  const int maxAge = field.maxAge.value_or(100);
  if (age < minAge || age > maxAge)
    return fieldError("age_out_of_range",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "Only people aged %1 to %2 years can register. Check the date of birth.")
                          .arg(minAge)
                          .arg(maxAge));
  return QJsonValue(date.toString(Qt::ISODate));
}

Result<QJsonValue> FieldChecker::checkIdNumber(const FieldSpec& field, const QJsonValue& value,
                                               const QJsonObject& answers) const {
  const QString number = KhmerText::compactNumber(value.toString()).toUpper();
  if (const QString hint = ScriptHint::mismatch(Script::Latin, number);
      value.isString() && !hint.isEmpty())
    return fieldError("not_latin_script", hint);
  if (answers.value(field.idTypeField).toString() == u"national_id") {
    if (value.isString() && matches(number, kNationalId))
      return QJsonValue(number);
    return fieldError(
        "invalid_format",
        QCoreApplication::translate("camie::domain::Validator",
                                    "Enter the national ID card number: exactly 9 digits."));
  }
  if (value.isString() && matches(number, kDocumentNumber))
    return QJsonValue(number);
  return fieldError("invalid_format",
                    QCoreApplication::translate(
                        "camie::domain::Validator",
                        "Enter the document number: 1 to 20 letters (A to Z) or digits."));
}

Result<QJsonValue> FieldChecker::checkVillage(const QJsonValue& value) const {
  const QString code = KhmerText::toAsciiDigits(value.toString().trimmed());
  if (!value.isString() || !matches(code, kVillageCode))
    return fieldError("invalid_format",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "Choose the village from the list. A village code has 8 digits."));
  if (!gazetteer_)
    return fieldError("gazetteer_missing",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "The list of villages is not loaded, so the village cannot be checked. "
                          "Ask a technician to load the reference data."));
  if (!gazetteer_->isVillage(code))
    return fieldError("unknown_village",
                      QCoreApplication::translate(
                          "camie::domain::Validator",
                          "This village code is not in the list of villages. Choose the village "
                          "from the list."));
  return QJsonValue(code);
}

Result<QJsonValue> FieldChecker::checkInteger(const FieldSpec& field,
                                              const QJsonValue& value) const {
  std::optional<qint64> number;
  constexpr double kLimit = 1e15;
  if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble() &&
      std::abs(value.toDouble()) < kLimit) {
    number = static_cast<qint64>(value.toDouble());
  } else if (value.isString()) {
    QString text = KhmerText::toAsciiDigits(value.toString());
    // Spaces group thousands; U+200B is what the Khmer layout's Space key types.
    text.removeIf([](QChar c) { return c.isSpace() || c.unicode() == 0x200B; });
    if (matches(text, kInteger))
      number = text.toLongLong();
  }
  if (!number)
    return fieldError("invalid_format", QCoreApplication::translate("camie::domain::Validator",
                                                                    "Enter a whole number."));
  if (field.min && field.max && (*number < *field.min || *number > *field.max))
    return fieldError("out_of_range", QCoreApplication::translate("camie::domain::Validator",
                                                                  "Enter a number from %1 to %2.")
                                          .arg(*field.min)
                                          .arg(*field.max));
  if (field.min && *number < *field.min)
    return fieldError("out_of_range", QCoreApplication::translate("camie::domain::Validator",
                                                                  "Enter a number of at least %1.")
                                          .arg(*field.min));
  if (field.max && *number > *field.max)
    return fieldError("out_of_range",
                      QCoreApplication::translate("camie::domain::Validator",
                                                  "Enter a number no greater than %1.")
                          .arg(*field.max));
  return QJsonValue(*number);
}

} // namespace camie::domain
