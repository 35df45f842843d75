// DuplicateKeys: what makes two registrations the same person, as text to be
// digested (never stored as it is): the ID document (its type and number) and
// the name with the date of birth, each in a canonical spelling so that what
// looks the same compares equal. The fields are found by their types in the
// form (id_number with its id type, khmer_name, latin_name, birth_date).
#pragma once

#include "core/domain/form_schema.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace camie::domain {

struct DuplicateKeys {
  QString id;               // "id\x1Fnational_id\x1F123456789"; empty when not answered
  QStringList nameAndBirth; // one per name script answered, with the date of birth

  static DuplicateKeys of(const FormSchema& form, const QJsonObject& answers);
};

} // namespace camie::domain
