#include "core/ocr/card_reading.h"

#include <QJsonArray>

namespace camie::ocr {

QString CardReading::sideCode() const {
  switch (side) {
  case CardSide::Front:
    return QStringLiteral("front");
  case CardSide::Back:
    return QStringLiteral("back");
  case CardSide::Unknown:
    return QStringLiteral("unknown");
  }
  return QStringLiteral("unknown");
}

QJsonObject CardReading::toJson() const {
  QJsonArray fields;
  for (const FieldProposal& p : proposals) {
    fields.append(QJsonObject{{QStringLiteral("field"), p.fieldId},
                              {QStringLiteral("value"), p.value},
                              {QStringLiteral("confidence"), qRound(p.confidence * 100) / 100.0},
                              {QStringLiteral("low_confidence"), p.lowConfidence()},
                              {QStringLiteral("source"), p.source}});
  }
  QJsonObject json{{QStringLiteral("side"), sideCode()},
                   {QStringLiteral("fields"), fields},
                   {QStringLiteral("elapsed_ms"), elapsedMs}};
  QJsonObject zone{{QStringLiteral("found"), zoneFound}};
  if (mrz) {
    zone.insert(QStringLiteral("status"), mrz->statusCode());
    zone.insert(QStringLiteral("verdict"), mrz->outcome.verdictCode());
    if (!mrz->outcome.field.isEmpty())
      zone.insert(QStringLiteral("field"), mrz->outcome.field);
    zone.insert(QStringLiteral("substitutions"), mrz->substitutions);
    if (mrz->outcome.record) {
      zone.insert(QStringLiteral("composite_checked"), mrz->outcome.record->compositeChecked);
      zone.insert(QStringLiteral("corrected"),
                  QJsonArray::fromStringList(mrz->outcome.record->corrected));
    }
  }
  json.insert(QStringLiteral("mrz"), zone);
  return json;
}

} // namespace camie::ocr
