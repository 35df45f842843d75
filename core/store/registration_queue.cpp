#include "core/store/registration_queue.h"

#include "core/crypto/hpke.h"
#include "core/crypto/local_cipher.h"
#include "core/logging/log_categories.h"
#include "core/store/record_reader.h"
#include "core/util/uuid7.h"
#include "core/wire/seal_info.h"

#include <QCoreApplication>

namespace camie::store {
RegistrationQueue::RegistrationQueue(SqliteDatabase& db, const Clock& clock, QString deviceId,
                                     int retentionDays)
    : db_(db), clock_(clock), deviceId_(std::move(deviceId)), records_(db, clock, retentionDays) {}

Result<QByteArray> RegistrationQueue::encryptLocal(const OperatorSession& session,
                                                   const domain::RegistrationRecord& record) {
  return crypto::LocalCipher::encrypt(
      session.dataKey, RecordStore::localAad(record.id, record.revision), record.toJson());
}

Result<FinaliseOutcome> RegistrationQueue::finalise(const OperatorSession& session,
                                                    const refdata::ReferenceSet& reference,
                                                    const QJsonObject& answers,
                                                    std::optional<qint64> consentAtMs,
                                                    const QString& draftId) {
  const qint64 now = clock_.nowMs();
  const domain::RegistrationValidator validator(
      reference.form, reference.gazetteer ? &*reference.gazetteer : nullptr, clock_.now().date());
  domain::ValidationResult valid = validator.validate(answers);
  if (!valid.ok())
    return FinaliseOutcome{{}, std::move(valid.errors)};

  const auto key = reference.keys ? reference.keys->sealingKeyAt(now / 1000) : std::nullopt;
  if (!key)
    return makeError(QStringLiteral("no_registry_key"),
                     QCoreApplication::translate(
                         "camie::store::RegistrationQueue",
                         "This kiosk has no valid registry key to seal registrations to. "
                         "Connect to the registry or ask a technician to load its keys."));
  auto suite = crypto::HpkeSuite::fromName(key->suite);
  if (!suite)
    return suite.error();

  domain::RegistrationRecord record;
  record.id = draftId.isEmpty() ? Uuid7::generate(now) : draftId;
  record.revision = 1;
  if (!draftId.isEmpty()) {
    auto meta = RecordReader(db_).find(draftId);
    if (!meta)
      return meta.error();
    if (!*meta)
      return makeError(QStringLiteral("no_such_record"),
                       QStringLiteral("There is no record %1.").arg(draftId));
    record.revision = (*meta)->revision;
  }
  record.formId = reference.form.id();
  record.formVersion = reference.form.version();
  record.capturedAtMs = now;
  record.consentAtMs = consentAtMs.value_or(now);
  record.operatorId = session.operatorId;
  record.deviceId = deviceId_;
  record.answers = valid.normalized;

  const QByteArray plaintext = record.toJson();
  auto sealed = crypto::Hpke::seal(
      *suite, key->publicKey, wire::sealInfo(record.id, record.revision, key->kid), {}, plaintext);
  if (!sealed)
    return sealed.error();
  auto local = crypto::LocalCipher::encrypt(
      session.dataKey, RecordStore::localAad(record.id, record.revision), plaintext);
  if (!local)
    return local.error();

  const SealedCopy copy{key->kid, key->suite, sealed->enc, sealed->ciphertext};
  const auto stored = draftId.isEmpty()
                          ? records_.createSealed({record.id, record.revision, record.formId,
                                                   record.formVersion, session.operatorId},
                                                  *local, copy, now)
                          : records_.seal(record.id, *local, copy, now, session.operatorId);
  if (!stored)
    return stored.error();
  qCDebug(lcStore) << "finalised record" << record.id;
  return FinaliseOutcome{record.id, {}};
}

Result<QString> RegistrationQueue::saveDraft(const OperatorSession& session,
                                             const domain::FormSchema& form,
                                             const QJsonObject& answers, const QString& draftId) {
  const qint64 now = clock_.nowMs();
  domain::RegistrationRecord record;
  record.id = draftId.isEmpty() ? Uuid7::generate(now) : draftId;
  if (!draftId.isEmpty()) {
    auto meta = RecordReader(db_).find(draftId);
    if (!meta)
      return meta.error();
    if (!*meta)
      return makeError(QStringLiteral("no_such_record"),
                       QStringLiteral("There is no record %1.").arg(draftId));
    record.revision = (*meta)->revision;
  }
  record.formId = form.id();
  record.formVersion = form.version();
  record.capturedAtMs = now;
  record.operatorId = session.operatorId;
  record.deviceId = deviceId_;
  record.answers = answers;
  auto local = encryptLocal(session, record);
  if (!local)
    return local.error();
  const auto stored = draftId.isEmpty()
                          ? records_.createDraft({record.id, record.revision, record.formId,
                                                  record.formVersion, session.operatorId},
                                                 *local)
                          : records_.saveDraft(record.id, *local, session.operatorId);
  if (!stored)
    return stored.error();
  return record.id;
}

Result<domain::RegistrationRecord> RegistrationQueue::openLocalCopy(const OperatorSession& session,
                                                                    const QString& id) {
  auto copy = RecordReader(db_).localCopy(id);
  if (!copy)
    return copy.error();
  const auto& [blob, revision] = *copy;
  if (blob.isNull())
    return makeError(QStringLiteral("purged"),
                     QCoreApplication::translate("camie::store::RegistrationQueue",
                                                 "This registration's personal data was removed "
                                                 "after the retention period; only the receipt "
                                                 "remains."));
  auto plaintext =
      crypto::LocalCipher::decrypt(session.dataKey, RecordStore::localAad(id, revision), blob);
  if (!plaintext)
    return makeError(QStringLiteral("tampered"),
                     QStringLiteral("The stored copy of record %1 does not open: it was changed, "
                                    "or moved from another record (%2).")
                         .arg(id, plaintext.error().code));
  auto record = domain::RegistrationRecord::fromJson(*plaintext);
  if (!record)
    return record.error();
  if (record->id != id || record->revision != revision)
    return makeError(
        QStringLiteral("tampered"),
        QStringLiteral("The stored copy of record %1 belongs to another record.").arg(id));
  return record;
}

Result<void> RegistrationQueue::reopen(const OperatorSession& supervisor, const QString& id) {
  if (supervisor.role == OperatorRole::Teller)
    return makeError(QStringLiteral("not_allowed"),
                     QCoreApplication::translate("camie::store::RegistrationQueue",
                                                 "Only a supervisor can reopen a rejected "
                                                 "registration."));
  auto record = openLocalCopy(supervisor, id);
  if (!record)
    return record.error();
  record->revision += 1;
  auto local = encryptLocal(supervisor, *record);
  if (!local)
    return local.error();
  return records_.reopen(id, *local, supervisor.operatorId);
}

} // namespace camie::store
