#include "core/domain/registration_validator.h"

#include "core/domain/field_checker.h"

#include <QCoreApplication>

namespace camie::domain {

namespace {

constexpr char16_t kZeroWidthSpace = 0x200B;

// Not answered: absent, null, only whitespace, or a consent not given.
bool isBlank(const FieldSpec& field, const QJsonValue& value) {
  if (value.isUndefined() || value.isNull())
    return true;
  if (field.type == FieldType::Consent && value.isBool())
    return !value.toBool();
  if (value.isString()) {
    QString text = value.toString();
    text.remove(QChar(kZeroWidthSpace));
    return text.trimmed().isEmpty();
  }
  return false;
}

FieldError unknownField(const QString& key) {
  return FieldError{key, QStringLiteral("unknown_field"),
                    QCoreApplication::translate("camie::domain::Validator",
                                                "This answer is not part of the form.")};
}

} // namespace

RegistrationValidator::RegistrationValidator(const FormSchema& schema, const Gazetteer* gazetteer,
                                             QDate today)
    : schema_(schema), today_(today) {
  if (gazetteer)
    gazetteer_ = *gazetteer;
}

ValidationResult RegistrationValidator::validate(const QJsonObject& answers) const {
  ValidationResult result;
  for (const FieldSpec& field : schema_.fields()) {
    if (!visible(field, answers))
      continue; // answers to hidden fields are dropped, not refused
    QJsonValue normalized;
    if (auto error = check(field, answers, normalized))
      result.errors.append(*error);
    else if (!normalized.isUndefined())
      result.normalized.insert(field.id, normalized);
  }
  for (auto it = answers.begin(); it != answers.end(); ++it) {
    if (!schema_.field(it.key()))
      result.errors.append(unknownField(it.key()));
  }
  return result;
}

std::optional<FieldError>
RegistrationValidator::validateField(const QString& fieldId, const QJsonValue& value,
                                     const QJsonObject& allAnswers) const {
  const FieldSpec* field = schema_.field(fieldId);
  if (!field)
    return unknownField(fieldId);
  QJsonObject answers = allAnswers;
  answers.insert(fieldId, value);
  if (!visible(*field, answers))
    return std::nullopt;
  QJsonValue normalized;
  return check(*field, answers, normalized);
}

bool RegistrationValidator::isVisible(const QString& fieldId, const QJsonObject& answers) const {
  const FieldSpec* field = schema_.field(fieldId);
  return field && visible(*field, answers);
}

bool RegistrationValidator::isRequired(const QString& fieldId, const QJsonObject& answers) const {
  const FieldSpec* field = schema_.field(fieldId);
  return field && visible(*field, answers) && required(*field, answers);
}

// The schema refuses cycles, so following conditions always ends.
bool RegistrationValidator::visible(const FieldSpec& field, const QJsonObject& answers) const {
  return holds(field.visibleWhen, answers);
}

bool RegistrationValidator::required(const FieldSpec& field, const QJsonObject& answers) const {
  return field.required || (!field.requiredWhen.isEmpty() && holds(field.requiredWhen, answers));
}

// All conditions hold; an answer to a hidden field counts as no answer.
bool RegistrationValidator::holds(const QList<FieldCondition>& conditions,
                                  const QJsonObject& answers) const {
  for (const FieldCondition& c : conditions) {
    const FieldSpec* other = schema_.field(c.field);
    if (!other || !visible(*other, answers) || !c.matches(answers.value(c.field)))
      return false;
  }
  return true;
}

std::optional<FieldError> RegistrationValidator::check(const FieldSpec& field,
                                                       const QJsonObject& answers,
                                                       QJsonValue& normalized) const {
  normalized = QJsonValue(QJsonValue::Undefined);
  const QJsonValue value = answers.value(field.id);
  if (isBlank(field, value)) {
    if (!required(field, answers))
      return std::nullopt;
    if (field.type == FieldType::Consent)
      return FieldError{field.id, QStringLiteral("consent_required"),
                        QCoreApplication::translate("camie::domain::Validator",
                                                    "The person must agree to the consent "
                                                    "statement before the registration can "
                                                    "continue.")};
    // A choice is chosen, not filled in.
    if (field.type == FieldType::Choice || field.type == FieldType::Boolean ||
        field.type == FieldType::Village)
      return FieldError{field.id, QStringLiteral("required"),
                        QCoreApplication::translate("camie::domain::Validator", "Choose one.")};
    return FieldError{
        field.id, QStringLiteral("required"),
        QCoreApplication::translate("camie::domain::Validator", "Please fill in this field.")};
  }
  const FieldChecker checker(gazetteer_ ? &*gazetteer_ : nullptr, today_);
  auto checked = checker.check(field, value, answers);
  if (!checked)
    return FieldError{field.id, checked.error().code, checked.error().message};
  normalized = *checked;
  return std::nullopt;
}

} // namespace camie::domain
