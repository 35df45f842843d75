// SealedRecords: registrations made and sealed the way a kiosk does it — valid
// synthetic answers, a RegistrationRecord, HPKE-sealed to a key of the
// simulator's `keys` document — for the camdx-sim tests.
#pragma once

#include "core/domain/demo_registrations.h"
#include "core/domain/registration_record.h"

#include <QJsonArray>
#include <QJsonObject>

namespace camie::test {

class SealedRecords {
public:
  // `keysDocument` is the simulator's GET reference/keys body; records are
  // sealed to its newest registry key unless seal() is told otherwise.
  explicit SealedRecords(const QJsonObject& keysDocument, quint64 seed = 1);

  // A new record with valid answers (a fresh UUIDv7 id, revision 1).
  domain::RegistrationRecord next();
  // The batch element for `record`: {id, revision, formId, ..., keyId, suite, enc, ct}.
  QJsonObject seal(const domain::RegistrationRecord& record) const;
  QJsonObject seal(const domain::RegistrationRecord& record, const QString& kid) const;
  // {"batchId", "deviceId", "sentAt", "records"}.
  static QJsonObject batch(const QJsonArray& records);

  QString newestKid() const { return newestKid_; }
  static const domain::Gazetteer& gazetteer();

private:
  QJsonObject keys_;
  QString newestKid_;
  domain::DemoRegistrations demo_;
};

} // namespace camie::test
