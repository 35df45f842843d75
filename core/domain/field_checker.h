// FieldChecker: checks one answered value against its FieldSpec and returns
// the value to store (normalised) or an error with a translatable message.
#pragma once

#include "core/domain/field_spec.h"
#include "core/domain/gazetteer.h"
#include "core/util/result.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

namespace camie::domain {

class FieldChecker {
public:
  // `gazetteer` may be null (village codes then fail with "gazetteer_missing");
  // `today` is the date ages and future dates are judged on.
  FieldChecker(const Gazetteer* gazetteer, QDate today) : gazetteer_(gazetteer), today_(today) {}

  // `value` is an answer that is present (not blank); `answers` holds the
  // other answers (an id number is checked by the id type answered).
  // Messages never repeat the value: they say what is expected.
  Result<QJsonValue> check(const FieldSpec& field, const QJsonValue& value,
                           const QJsonObject& answers) const;

  // Counts the code points of `text` (what a person calls characters).
  static qsizetype length(QStringView text);

private:
  Result<QJsonValue> checkText(const FieldSpec& field, const QJsonValue& value) const;
  Result<QJsonValue> checkKhmerName(const FieldSpec& field, const QJsonValue& value) const;
  Result<QJsonValue> checkLatinName(const FieldSpec& field, const QJsonValue& value) const;
  Result<QJsonValue> checkDate(const FieldSpec& field, const QJsonValue& value) const;
  Result<QJsonValue> checkIdNumber(const FieldSpec& field, const QJsonValue& value,
                                   const QJsonObject& answers) const;
  Result<QJsonValue> checkVillage(const QJsonValue& value) const;
  Result<QJsonValue> checkInteger(const FieldSpec& field, const QJsonValue& value) const;

  const Gazetteer* gazetteer_;
  QDate today_;
};

} // namespace camie::domain
