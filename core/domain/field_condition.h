// FieldCondition: "when field F's answer is one of these values" — what makes a
// field visible (visible_when) or required (required_when).
#pragma once

#include "core/util/result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace camie::domain {

struct FieldCondition {
  QString field;     // id of the field whose answer decides
  QJsonArray values; // the answer must equal one of these

  bool matches(const QJsonValue& answer) const;

  // {"field": F, "in": [...]} or {"field": F, "equals": v}, or a non-empty array
  // of them (all must hold). `where` names the key in errors.
  static Result<QList<FieldCondition>> listFromJson(const QJsonValue& json, const QString& where);
};

} // namespace camie::domain
