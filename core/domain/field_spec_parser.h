// FieldSpecParser: reads one field of a form schema's JSON (and the km/en text
// objects that steps and options share), with errors naming the field and key.
#pragma once

#include "core/domain/field_spec.h"
#include "core/util/result.h"

#include <QJsonValue>
#include <QString>

namespace camie::domain {

class FieldSpecParser {
public:
  // `index` is the field's position in "fields", named in errors when it has no id.
  static Result<FieldSpec> parse(const QJsonValue& json, qsizetype index);

  // A {"km": "...", "en": "..."} object with both texts non-empty; `where`
  // names it in errors ("field 'phone' label").
  static Result<LocalizedText> parseText(const QJsonValue& json, const QString& where);

  // Ids of fields, steps and options: lower snake_case ASCII ("name_km", "60m_to_250m").
  static bool isIdentifier(const QString& id);
};

} // namespace camie::domain
