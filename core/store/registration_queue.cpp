#include "core/store/registration_queue.h"

#include "core/crypto/hpke.h"
#include "core/crypto/local_cipher.h"
#include "core/domain/receipt_code.h"
#include "core/logging/log_categories.h"
#include "core/store/record_reader.h"
#include "core/store/sqlite_database.h"
#include "core/util/uuid7.h"
#include "core/wire/seal_info.h"

#include <QCoreApplication>

namespace camie::store {
namespace {

Error notYours(const QString& id) {
  return makeError(QStringLiteral("not_yours"),
                   QStringLiteral("Draft %1 belongs to another operator.").arg(id));
}

} // namespace

RegistrationQueue::RegistrationQueue(SqliteDatabase& db, const Clock& clock, QString deviceId,
                                     int retentionDays)
    : db_(db), clock_(clock), deviceId_(std::move(deviceId)), records_(db, clock, retentionDays) {}

Result<QByteArray> RegistrationQueue::encryptLocal(const OperatorSession& session,
                                                   const domain::RegistrationRecord& record) {
  return crypto::LocalCipher::encrypt(
      session.dataKey, RecordStore::localAad(record.id, record.revision), record.toJson());
}

Result<FinaliseOutcome>
RegistrationQueue::finalise(const OperatorSession& session, const refdata::ReferenceSet& reference,
                            const QJsonObject& answers, std::optional<qint64> consentAtMs,
                            const QString& draftId, const std::optional<DuplicateOverride>& allowed,
                            const std::optional<domain::CardCheck>& card) {
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
  bool fromDraft = false; // a draft id whose save never reached the disk starts a new record
  if (!draftId.isEmpty()) {
    auto meta = RecordReader(db_).find(draftId);
    if (!meta)
      return meta.error();
    if (*meta) {
      if ((*meta)->operatorId != session.operatorId && (*meta)->revision == 1)
        return notYours(draftId);
      record.revision = (*meta)->revision;
      fromDraft = true;
    }
  }
  // The same ID as another of this kiosk's records blocks, unless a
  // supervisor allowed a second record beside that one.
  auto digests = DuplicateIndex::digestsOf(session.dataKey, reference.form, valid.normalized);
  if (!digests)
    return digests.error();
  auto found = DuplicateIndex(db_).find(*digests, record.id);
  if (!found)
    return found.error();
  std::optional<DuplicateOverride> granted;
  if (found->sameId) {
    if (!allowed || allowed->existingRecordId != found->sameId->recordId)
      return makeError(
          ErrorKind::DuplicateId,
          QCoreApplication::translate("camie::store::RegistrationQueue",
                                      "This ID is already registered on this kiosk (receipt %1). "
                                      "Open that record, or ask a supervisor to allow a second "
                                      "registration.")
              .arg(domain::ReceiptCode::forRecordId(found->sameId->recordId)));
    granted = allowed;
  }

  record.formId = reference.form.id();
  record.formVersion = reference.form.version();
  record.capturedAtMs = now;
  record.consentAtMs = consentAtMs.value_or(now);
  record.operatorId = session.operatorId;
  record.deviceId = deviceId_;
  record.answers = valid.normalized;
  record.cardCheck = card;

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
  const auto stored = !fromDraft ? records_.createSealed({record.id, record.revision, record.formId,
                                                          record.formVersion, session.operatorId},
                                                         *local, copy, now, *digests, granted, card)
                                 : records_.seal(record.id, *local, copy, now, session.operatorId,
                                                 *digests, granted, card);
  if (!stored)
    return stored.error();
  qCDebug(lcStore) << "finalised record" << record.id;
  return FinaliseOutcome{record.id, {}};
}

Result<QString> RegistrationQueue::saveDraft(const OperatorSession& session,
                                             const domain::FormSchema& form,
                                             const QJsonObject& answers, const QString& draftId,
                                             std::optional<qint64> keepForMs) {
  const qint64 now = clock_.nowMs();
  domain::RegistrationRecord record;
  record.id = draftId.isEmpty() ? Uuid7::generate(now) : draftId;
  bool exists = false;
  if (!draftId.isEmpty()) {
    auto meta = RecordReader(db_).find(draftId);
    if (!meta)
      return meta.error();
    if (*meta) {
      if ((*meta)->operatorId != session.operatorId && (*meta)->revision == 1)
        return notYours(draftId);
      record.revision = (*meta)->revision;
      exists = true;
    }
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
  const std::optional<qint64> expiresAt =
      keepForMs ? std::optional<qint64>(now + *keepForMs) : std::nullopt;
  const auto stored = !exists
                          ? records_.createDraft({record.id, record.revision, record.formId,
                                                  record.formVersion, session.operatorId},
                                                 *local, expiresAt)
                          : records_.saveDraft(record.id, *local, session.operatorId, expiresAt);
  if (!stored)
    return stored.error();
  qCDebug(lcStore) << "draft saved" << record.id;
  return record.id;
}

Result<SavedDraft> RegistrationQueue::latestDraft(const OperatorSession& session) {
  auto stmt = db_.prepare("SELECT id, updated_at, purge_after FROM records WHERE status = 'draft' "
                          "AND revision = 1 AND operator_id = ? AND purge_after > ? "
                          "AND local_copy IS NOT NULL ORDER BY updated_at DESC LIMIT 1");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, session.operatorId).bind(2, clock_.nowMs());
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return SavedDraft{};
  SavedDraft draft;
  draft.id = stmt->text(0);
  draft.operatorId = session.operatorId;
  draft.savedAtMs = stmt->int64(1);
  draft.expiresAtMs = stmt->int64(2);
  auto record = openLocalCopy(session, draft.id);
  if (!record)
    return record.error();
  draft.answers = record->answers;
  return draft;
}

Result<void> RegistrationQueue::discardDraft(const OperatorSession& session, const QString& id) {
  auto meta = RecordReader(db_).find(id);
  if (!meta)
    return meta.error();
  if (*meta && (*meta)->operatorId != session.operatorId)
    return notYours(id);
  return records_.discardDraft(id, session.operatorId);
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

Result<int> RegistrationQueue::indexOlderRecords(const OperatorSession& session,
                                                 const domain::FormSchema& form, int limit) {
  auto stmt =
      db_.prepare("SELECT id FROM records r WHERE status != 'draft' AND "
                  "origin_device IS NULL AND purged_at IS NULL AND local_copy IS NOT NULL "
                  "AND NOT EXISTS (SELECT 1 FROM record_digests d WHERE d.record_id = r.id) "
                  "ORDER BY created_at LIMIT ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, limit);
  auto ids = stmt->texts();
  if (!ids)
    return ids.error();
  int indexed = 0;
  for (const QString& id : std::as_const(*ids)) {
    auto record = openLocalCopy(session, id);
    if (!record) {
      qCWarning(lcStore) << "record" << id << "not indexed for duplicates:" << record.error().code;
      continue;
    }
    auto digests = DuplicateIndex::digestsOf(session.dataKey, form, record->answers);
    if (!digests)
      return digests.error();
    if (digests->isEmpty())
      continue;
    Transaction tx(db_);
    if (!tx.began())
      return tx.began().error();
    if (auto r = DuplicateIndex(db_).replace(id, *digests); !r)
      return r.error();
    if (auto r = tx.commit(); !r)
      return r.error();
    ++indexed;
  }
  return indexed;
}

Result<void> RegistrationQueue::reopen(const OperatorSession& supervisor, const QString& id) {
  if (supervisor.role == OperatorRole::Teller)
    return makeError(ErrorKind::NotAllowed,
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
