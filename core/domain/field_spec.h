// FieldSpec: one question of a form schema — its type, labels and the rules its
// answer must follow (see docs/forms.md for the JSON it is read from).
#pragma once

#include "core/domain/field_condition.h"
#include "core/domain/localized_text.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace camie::domain {

enum class FieldType {
  Text,      // free text on one line
  KhmerName, // a person's name in Khmer script
  LatinName, // a person's name in Latin letters
  Date,      // a calendar date
  BirthDate, // a date of birth: not in the future, age within limits
  Phone,     // a Cambodian phone number, stored as E.164
  IdNumber,  // an identity document number, checked by the id type answered
  Village,   // an 8-digit village code of the gazetteer
  Choice,    // one of the listed options
  Integer,   // a whole number within min/max
  Boolean,   // yes or no
  Consent,   // a statement the person must agree to
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);

struct ChoiceOption {
  QString value;
  LocalizedText label;
  LocalizedText help;
};

struct FieldSpec {
  QString id;
  FieldType type = FieldType::Text;
  bool required = false;
  LocalizedText label;
  LocalizedText help;
  LocalizedText statement;            // consent: the text the person agrees to
  QList<ChoiceOption> options;        // choice
  std::optional<qint64> min;          // integer
  std::optional<qint64> max;          // integer
  std::optional<int> minAge;          // birth_date (always set after parsing)
  std::optional<int> maxAge;          // birth_date (always set after parsing)
  std::optional<int> maxLength;       // text, khmer_name, latin_name (always set after parsing)
  QList<FieldCondition> visibleWhen;  // all must hold for the field to be shown
  QList<FieldCondition> requiredWhen; // all must hold for the field to be required
  QJsonValue defaultValue;            // the value a new form starts with (undefined: none)
  QString idTypeField;                // id_number: the choice field holding the id type
  QString reference;                  // text: reference-data list that may offer suggestions

  const ChoiceOption* option(QStringView value) const;
};

} // namespace camie::domain
