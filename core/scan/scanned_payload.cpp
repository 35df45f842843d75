#include "core/scan/scanned_payload.h"

#include <QJsonArray>

namespace camie::scan {

QString ScannedPayload::kindCode() const {
  switch (kind) {
  case PayloadKind::Mrz:
    return QStringLiteral("mrz");
  case PayloadKind::Ie1:
    return QStringLiteral("ie1");
  case PayloadKind::VerifyLink:
    return QStringLiteral("verify_link");
  case PayloadKind::Text:
    return QStringLiteral("text");
  }
  return QStringLiteral("text");
}

QString ScannedPayload::verdict() const {
  if (mrz)
    return mrz->verdictCode();
  if (ie1)
    return ie1->verdictCode();
  if (link)
    return link->kindCode();
  return {};
}

QString ScannedPayload::field() const {
  return mrz ? mrz->field : QString();
}

QString ScannedPayload::message() const {
  if (mrz)
    return mrz->message;
  if (ie1)
    return ie1->message;
  if (link)
    return link->message();
  return {};
}

QJsonObject ScannedPayload::fields() const {
  if (mrz)
    return mrz->record ? mrz->record->toJson() : QJsonObject();
  if (ie1) {
    if (!ie1->preRegistration)
      return {};
    const PreRegistration& pre = *ie1->preRegistration;
    QJsonObject out = pre.fields;
    out.insert(QStringLiteral("prn"), pre.prn);
    out.insert(QStringLiteral("iat"), pre.iat);
    out.insert(QStringLiteral("exp"), pre.exp);
    return out;
  }
  if (link)
    return {{QStringLiteral("url"), link->url()},
            {QStringLiteral("host"), link->host()},
            {QStringLiteral("reference"), link->reference()}};
  return {{QStringLiteral("text"), text}};
}

QJsonObject ScannedPayload::toJson(const QString& format) const {
  QJsonObject out{{QStringLiteral("format"), format}, {QStringLiteral("kind"), kindCode()}};
  const auto insertIfAny = [&out](const char* key, const QString& value) {
    if (!value.isEmpty())
      out.insert(QLatin1String(key), value);
  };
  insertIfAny("verdict", verdict());
  insertIfAny("field", field());
  insertIfAny("message", message());
  if (ie1 && !ie1->kid.isEmpty())
    out.insert(QStringLiteral("kid"), ie1->kid);
  if (mrz && mrz->record && !mrz->record->corrected.isEmpty())
    out.insert(QStringLiteral("corrected"), QJsonArray::fromStringList(mrz->record->corrected));
  const QJsonObject values = fields();
  if (!values.isEmpty())
    out.insert(QStringLiteral("fields"), values);
  return out;
}

} // namespace camie::scan
