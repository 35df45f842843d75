// RecordSummary: one record as the Records screen lists and opens it — the
// receipt (id, short receipt code, status, registry number, time) and, while
// the encrypted local copy exists and the signed-in operator's key opens it,
// the person's main answers and how they compared with the ID card read for
// them (the differing field ids and the supervisor who confirmed them, never
// the card's values). Made on the store thread; travels to the GUI
// thread by value in queued signals. Never logged, never written anywhere.
#pragma once

#include "core/domain/card_check.h"
#include "core/store/record_status.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace camie::store {

// One of the registry's field errors on a rejected record.
struct RegistryFieldError {
  Q_GADGET
  Q_PROPERTY(QString field MEMBER field CONSTANT)
  Q_PROPERTY(QString code MEMBER code CONSTANT)
  Q_PROPERTY(QString message MEMBER message CONSTANT)

public:
  QString field;
  QString code;
  QString message; // the registry's words (never markup)

  bool operator==(const RegistryFieldError&) const = default;

  // As the queue keeps them (records.server_errors, a JSON array).
  static QList<RegistryFieldError> listFromJson(const QString& json) {
    QList<RegistryFieldError> errors;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
      const QJsonObject o = v.toObject();
      errors.append({o.value(QStringLiteral("field")).toString(),
                     o.value(QStringLiteral("code")).toString(),
                     o.value(QStringLiteral("message")).toString()});
    }
    return errors;
  }
};

struct RecordSummary {
  Q_GADGET
  Q_PROPERTY(QString id MEMBER id CONSTANT)
  Q_PROPERTY(QString receiptCode MEMBER receiptCode CONSTANT)
  Q_PROPERTY(QString registryNumber MEMBER registryNumber CONSTANT)
  Q_PROPERTY(qint64 capturedAtMs MEMBER capturedAtMs CONSTANT)
  Q_PROPERTY(int revision MEMBER revision CONSTANT)
  Q_PROPERTY(bool purged MEMBER purged CONSTANT)
  Q_PROPERTY(bool detailsOpen MEMBER detailsOpen CONSTANT)
  Q_PROPERTY(QString nameKm MEMBER nameKm CONSTANT)
  Q_PROPERTY(QString nameEn MEMBER nameEn CONSTANT)

public:
  QString id;
  QString receiptCode; // domain::ReceiptCode of the id, "7K3Q9-M2XDA"
  RecordStatus status = RecordStatus::Draft;
  QString registryNumber;
  qint64 capturedAtMs = 0; // finalised; for a draft, when it was started
  int revision = 1;
  bool purged = false;      // details removed after retention
  bool detailsOpen = false; // the answers below come from the opened local copy
  QList<RegistryFieldError> serverErrors;

  // From the local copy (empty when not open): stored forms as validated.
  QString nameKm;
  QString nameEn;
  QString sex;      // choice value: "male", "female", ...
  QString dob;      // ISO date
  QString idType;   // choice value: "national_id", ...
  QString idNumber; // as stored
  QString phone;    // E.164, "+85512345678"
  QString villageCode;
  QString occupation;
  QString businessName;
  std::optional<domain::CardCheck> cardCheck; // when the kiosk read the person's ID card
};

} // namespace camie::store

Q_DECLARE_METATYPE(camie::store::RecordSummary)
