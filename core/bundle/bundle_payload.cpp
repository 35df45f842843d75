#include "core/bundle/bundle_payload.h"

#include "core/wire/json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace camie::bundle {

QByteArray BundlePayload::write(const RecordBundle& bundle) {
  QJsonArray records;
  for (const auto& r : bundle.records)
    records.append(r.toJson());
  return QJsonDocument(QJsonObject{{QStringLiteral("bundleId"), bundle.bundleId},
                                   {QStringLiteral("deviceId"), bundle.deviceId},
                                   {QStringLiteral("createdAt"), wire::rfc3339(bundle.createdAtMs)},
                                   {QStringLiteral("records"), records}})
      .toJson(QJsonDocument::Compact);
}

Result<RecordBundle> BundlePayload::readHeader(const QJsonObject& p) {
  RecordBundle bundle;
  bundle.bundleId = p.value(u"bundleId").toString();
  bundle.deviceId = p.value(u"deviceId").toString();
  const auto created = wire::timeField(p.value(u"createdAt"));
  if (!wire::shortTextField(p.value(u"bundleId")) || !wire::shortTextField(p.value(u"deviceId")) ||
      !created || !p.value(u"records").isArray())
    return bundleFormatError(
        QStringLiteral("its payload lacks bundleId, deviceId, createdAt or records"));
  bundle.createdAtMs = *created;
  return bundle;
}

Result<RecordBundle> BundlePayload::read(const QJsonObject& p) {
  auto bundle = readHeader(p);
  if (!bundle)
    return bundle;
  const QJsonArray records = p.value(u"records").toArray();
  if (records.size() > kMaxRecords)
    return bundleFormatError(QStringLiteral("it holds more than %1 records").arg(kMaxRecords));
  QSet<QString> seen;
  for (qsizetype i = 0; i < records.size(); ++i) {
    auto record = wire::SealedRecord::fromJson(records.at(i));
    if (!record)
      return makeError(ErrorKind::BundleRecord, QStringLiteral("Record %1 of the bundle has a %2.")
                                                    .arg(i + 1)
                                                    .arg(record.error().message));
    if (seen.contains(record->id))
      return makeError(
          ErrorKind::BundleRecord,
          QStringLiteral("Record %1 of the bundle repeats id %2.").arg(i + 1).arg(record->id));
    seen.insert(record->id);
    bundle->records.append(store::OutgoingRecord{std::move(record.value()), 0});
  }
  return bundle;
}

} // namespace camie::bundle
