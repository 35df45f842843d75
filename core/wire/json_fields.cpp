#include "core/wire/json_fields.h"

#include <QDateTime>

namespace camie::wire {

QString rfc3339(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> timeField(const QJsonValue& value) {
  if (!value.isString())
    return std::nullopt;
  const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
  if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
    return std::nullopt;
  return t.toMSecsSinceEpoch();
}

std::optional<QByteArray> base64Field(const QJsonValue& value) {
  if (!value.isString())
    return std::nullopt;
  auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return std::nullopt;
  return *decoded;
}

bool shortTextField(const QJsonValue& value, int max) {
  return value.isString() && !value.toString().isEmpty() && value.toString().size() <= max;
}

} // namespace camie::wire
