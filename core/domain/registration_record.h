// RegistrationRecord: one finalised registration as the registry receives it
// (the plaintext sealed with HPKE, API.md) and as the kiosk keeps it in its
// encrypted local copy: the validated answers plus who, when and which form,
// and, when the ID card was read, how the answers compare with it (CardCheck).
#pragma once

#include "core/domain/card_check.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace camie::domain {

struct RegistrationRecord {
  QString id; // UUIDv7, the idempotency key end to end
  int revision = 1;
  QString formId;
  QString formVersion;
  qint64 capturedAtMs = 0; // when it was finalised
  qint64 consentAtMs = 0;  // when the person gave consent
  QString operatorId;
  QString deviceId;
  QJsonObject answers; // normalised, field id → value
  // Set when the kiosk read the person's ID card: which answers differ from
  // it and which supervisor confirmed them (never the card's values).
  std::optional<CardCheck> cardCheck;

  QByteArray toJson() const {
    const auto time = [](qint64 ms) {
      return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("formId"), formId},
                  {QStringLiteral("formVersion"), formVersion},
                  {QStringLiteral("capturedAt"), time(capturedAtMs)},
                  {QStringLiteral("consentAt"), time(consentAtMs)},
                  {QStringLiteral("operatorId"), operatorId},
                  {QStringLiteral("deviceId"), deviceId},
                  {QStringLiteral("answers"), answers}};
    if (cardCheck)
      o.insert(QStringLiteral("cardCheck"), cardCheck->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
  }

  [[nodiscard]] static Result<RegistrationRecord> fromJson(QByteArrayView json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
      return makeError(QStringLiteral("bad_record"),
                       QStringLiteral("The registration record is not a JSON object."));
    const QJsonObject o = doc.object();
    const auto time = [&](const char* key) {
      return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs)
          .toMSecsSinceEpoch();
    };
    RegistrationRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.revision = o.value(QStringLiteral("revision")).toInt();
    r.formId = o.value(QStringLiteral("formId")).toString();
    r.formVersion = o.value(QStringLiteral("formVersion")).toString();
    r.capturedAtMs = time("capturedAt");
    r.consentAtMs = time("consentAt");
    r.operatorId = o.value(QStringLiteral("operatorId")).toString();
    r.deviceId = o.value(QStringLiteral("deviceId")).toString();
    r.answers = o.value(QStringLiteral("answers")).toObject();
    if (o.contains(QStringLiteral("cardCheck"))) {
      r.cardCheck = CardCheck::fromJson(o.value(QStringLiteral("cardCheck")).toObject());
      if (!r.cardCheck)
        return makeError(QStringLiteral("bad_record"),
                         QStringLiteral("The registration record's card check is not readable."));
    }
    if (r.id.isEmpty() || r.revision < 1 || r.formId.isEmpty() ||
        !o.value(QStringLiteral("answers")).isObject())
      return makeError(QStringLiteral("bad_record"),
                       QStringLiteral("The registration record lacks its id, revision, form "
                                      "or answers."));
    return r;
  }
};

} // namespace camie::domain
