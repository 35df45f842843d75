#include "core/wire/sealed_record.h"

#include "core/wire/json_fields.h"
#include "core/wire/suite_names.h"

#include <QRegularExpression>

#include <utility>

namespace camie::wire {

QJsonObject SealedRecord::toJson() const {
  QJsonObject item{{QStringLiteral("id"), id},
                   {QStringLiteral("revision"), revision},
                   {QStringLiteral("formId"), formId},
                   {QStringLiteral("formVersion"), formVersion},
                   {QStringLiteral("capturedAt"), rfc3339(capturedAt)},
                   {QStringLiteral("operatorId"), operatorId},
                   {QStringLiteral("keyId"), sealed.keyId},
                   {QStringLiteral("suite"), sealed.suite},
                   {QStringLiteral("enc"), QString::fromLatin1(sealed.enc.toBase64())},
                   {QStringLiteral("ct"), QString::fromLatin1(sealed.ciphertext.toBase64())}};
  if (!originDevice.isEmpty())
    item.insert(QStringLiteral("originDeviceId"), originDevice);
  return item;
}

Result<SealedRecord> SealedRecord::fromJson(const QJsonValue& value) {
  static const QRegularExpression uuid(
      QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
  const auto bad = [](const QString& field) {
    return makeError(QStringLiteral("bad_record"),
                     QStringLiteral("bad or missing \"%1\"").arg(field));
  };
  if (!value.isObject())
    return bad(QStringLiteral("record"));
  const QJsonObject o = value.toObject();
  SealedRecord r;
  if (!o.value(u"id").isString() || !uuid.match(o.value(u"id").toString()).hasMatch())
    return bad(QStringLiteral("id"));
  r.id = o.value(u"id").toString();
  const QJsonValue revision = o.value(u"revision");
  if (!revision.isDouble() || revision.toDouble() != revision.toInt() || revision.toInt() < 1)
    return bad(QStringLiteral("revision"));
  r.revision = revision.toInt();
  for (const auto& [field, target] : {std::pair{QStringLiteral("formId"), &r.formId},
                                      std::pair{QStringLiteral("formVersion"), &r.formVersion},
                                      std::pair{QStringLiteral("operatorId"), &r.operatorId},
                                      std::pair{QStringLiteral("keyId"), &r.sealed.keyId}}) {
    if (!shortTextField(o.value(field)))
      return bad(field);
    *target = o.value(field).toString();
  }
  const auto captured = timeField(o.value(u"capturedAt"));
  if (!captured)
    return bad(QStringLiteral("capturedAt"));
  r.capturedAt = *captured;
  r.sealed.suite = o.value(u"suite").toString();
  if (!isKnownSuite(r.sealed.suite))
    return bad(QStringLiteral("suite"));
  const auto enc = base64Field(o.value(u"enc"));
  if (!enc || enc->size() != kEncBytes)
    return bad(QStringLiteral("enc"));
  r.sealed.enc = *enc;
  const auto ct = base64Field(o.value(u"ct"));
  if (!ct || ct->size() < kMinCiphertextBytes || ct->size() > kMaxCiphertextBytes)
    return bad(QStringLiteral("ct"));
  r.sealed.ciphertext = *ct;
  if (o.contains(u"originDeviceId")) {
    if (!shortTextField(o.value(u"originDeviceId")))
      return bad(QStringLiteral("originDeviceId"));
    r.originDevice = o.value(u"originDeviceId").toString();
  }
  return r;
}

} // namespace camie::wire
