#include "core/wire/batch.h"

#include "core/wire/json_fields.h"

#include <QJsonArray>

namespace camie::wire {

QStringList Batch::ids() const {
  QStringList out;
  out.reserve(records.size());
  for (const SealedRecord& r : records)
    out << r.id;
  return out;
}

QJsonObject Batch::toJson(qint64 sentAtMs) const {
  QJsonArray items;
  for (const SealedRecord& r : records)
    items.append(r.toJson());
  return {{QStringLiteral("batchId"), batchId},
          {QStringLiteral("deviceId"), deviceId},
          {QStringLiteral("sentAt"), rfc3339(sentAtMs)},
          {QStringLiteral("audit"),
           QJsonObject{{QStringLiteral("seq"), auditSeq},
                       {QStringLiteral("hash"), QString::fromLatin1(auditHash.toHex())}}},
          {QStringLiteral("records"), items}};
}

} // namespace camie::wire
