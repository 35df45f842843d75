#include "core/domain/field_condition.h"

#include <QJsonObject>

namespace camie::domain {

namespace {

Error formError(const QString& message) {
  return makeError(QStringLiteral("invalid_form"), message);
}

} // namespace

bool FieldCondition::matches(const QJsonValue& answer) const {
  if (answer.isUndefined() || answer.isNull())
    return false;
  for (const QJsonValue& v : values) {
    if (v == answer)
      return true;
  }
  return false;
}

Result<QList<FieldCondition>> FieldCondition::listFromJson(const QJsonValue& json,
                                                           const QString& where) {
  QJsonArray list;
  if (json.isObject())
    list.append(json);
  else if (json.isArray())
    list = json.toArray();
  if (list.isEmpty())
    return formError(where + QStringLiteral(" must be a condition object or a non-empty array of "
                                            "them"));
  QList<FieldCondition> out;
  for (const QJsonValue& item : std::as_const(list)) {
    const QJsonObject c = item.toObject();
    FieldCondition condition;
    condition.field = c.value(QStringLiteral("field")).toString();
    if (condition.field.isEmpty())
      return formError(where + QStringLiteral(" needs a 'field' naming the field it depends on"));
    const bool hasIn = c.contains(QStringLiteral("in"));
    const bool hasEquals = c.contains(QStringLiteral("equals"));
    if (hasIn == hasEquals || c.size() != 2)
      return formError(where +
                       QStringLiteral(" needs exactly 'field' and one of 'in' or 'equals'"));
    condition.values = hasIn ? c.value(QStringLiteral("in")).toArray()
                             : QJsonArray{c.value(QStringLiteral("equals"))};
    if (condition.values.isEmpty())
      return formError(where + QStringLiteral(": 'in' must be a non-empty array"));
    for (const QJsonValue& v : std::as_const(condition.values)) {
      if (!v.isString() && !v.isDouble() && !v.isBool())
        return formError(where + QStringLiteral(": values must be strings, numbers or booleans"));
    }
    out.append(condition);
  }
  return out;
}

} // namespace camie::domain
