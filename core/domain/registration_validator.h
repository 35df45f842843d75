// RegistrationValidator: checks a registration's answers against the form
// schema — required and conditional fields, each field's rules — and normalises them.
#pragma once

#include "core/domain/form_schema.h"
#include "core/domain/gazetteer.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace camie::domain {

struct FieldError {
  QString field;   // the field id (or the unknown answer key)
  QString code;    // stable snake_case: "required", "invalid_format", "unknown_village", ...
  QString message; // translated, for the teller; never repeats the value typed

  bool operator==(const FieldError&) const = default;
};

struct ValidationResult {
  QJsonObject normalized; // valid answers of the visible fields, in their stored form
  QList<FieldError> errors;

  bool ok() const { return errors.isEmpty(); }
};

class RegistrationValidator {
public:
  // `gazetteer` may be null: village codes then fail with "gazetteer_missing".
  // Both are copied (cheaply, they share their data). `today` is the date ages
  // and future dates are judged on: time is injected, never read here.
  RegistrationValidator(const FormSchema& schema, const Gazetteer* gazetteer, QDate today);

  // Every field, in schema order, then unknown answer keys.
  ValidationResult validate(const QJsonObject& answers) const;

  // One field as `value`, the other answers taken from `allAnswers` (for
  // inline messages while typing). A hidden field has no error.
  std::optional<FieldError> validateField(const QString& fieldId, const QJsonValue& value,
                                          const QJsonObject& allAnswers) const;

  // Whether a field is shown, and must be answered, given the answers so far.
  bool isVisible(const QString& fieldId, const QJsonObject& answers) const;
  bool isRequired(const QString& fieldId, const QJsonObject& answers) const;

private:
  bool visible(const FieldSpec& field, const QJsonObject& answers) const;
  bool required(const FieldSpec& field, const QJsonObject& answers) const;
  bool holds(const QList<FieldCondition>& conditions, const QJsonObject& answers) const;
  // The error of one visible field, or nullopt with `normalized` set (undefined if blank).
  std::optional<FieldError> check(const FieldSpec& field, const QJsonObject& answers,
                                  QJsonValue& normalized) const;

  FormSchema schema_;
  std::optional<Gazetteer> gazetteer_;
  QDate today_;
};

} // namespace camie::domain
