// RegistrationQueue: where a registration becomes a queued record. Finalising
// validates the answers, encrypts the local copy under the data key,
// seals a copy to the registry's newest key (HPKE) and commits both in one
// transaction. Also opens local copies for receipts and corrections, and
// reopens rejected records for a supervisor.
#pragma once

#include "core/domain/registration_record.h"
#include "core/domain/registration_validator.h"
#include "core/refdata/reference_set.h"
#include "core/store/key_vault.h"
#include "core/store/record_store.h"
#include "core/store/saved_draft.h"

namespace camie::store {

struct FinaliseOutcome {
  QString recordId;                 // set when finalised
  QList<domain::FieldError> errors; // set when the answers are not valid; nothing stored
  bool ok() const { return errors.isEmpty(); }
};

class RegistrationQueue {
public:
  RegistrationQueue(SqliteDatabase& db, const Clock& clock, QString deviceId, int retentionDays);

  // Validates and finalises. `consentAtMs` is when the person consented
  // (defaults to now). `draftId` finalises an existing draft instead of a
  // new record. Errors: "no_registry_key" when no registry key is valid now,
  // "duplicate_id" when another of this kiosk's finalised records has the
  // same ID type and number (DuplicateIndex) and `allowed` does not name
  // that record (a supervisor's override, audited with the new record),
  // storage and crypto errors; invalid answers come back in the outcome.
  // `card`: how the answers compare with the ID card the kiosk read (the
  // caller has had any difference confirmed by a supervisor); kept in the
  // record, and a confirmed difference audited in the record's transaction.
  [[nodiscard]] Result<FinaliseOutcome>
  finalise(const OperatorSession& session, const refdata::ReferenceSet& reference,
           const QJsonObject& answers, std::optional<qint64> consentAtMs = std::nullopt,
           const QString& draftId = {}, const std::optional<DuplicateOverride>& allowed = {},
           const std::optional<domain::CardCheck>& card = {});

  // Saves unfinished answers as an encrypted draft, under the data key like
  // a record; returns the record id. A new draft when `draftId` is empty or
  // names no record yet (the form picks its draft's id before the first
  // save). With `keepForMs`, the draft expires that long after this save
  // and the retention purge deletes it. Errors: "not_yours" for another
  // operator's draft, "illegal_transition" when the record is no draft.
  [[nodiscard]] Result<QString> saveDraft(const OperatorSession& session,
                                          const domain::FormSchema& form,
                                          const QJsonObject& answers, const QString& draftId = {},
                                          std::optional<qint64> keepForMs = std::nullopt);

  // The operator's newest new-registration draft that has not expired,
  // opened (an empty SavedDraft when there is none). Another operator's
  // drafts are never returned.
  [[nodiscard]] Result<SavedDraft> latestDraft(const OperatorSession& session);

  // Deletes the operator's draft of a new registration. Errors: "not_yours",
  // "no_such_record", "illegal_transition".
  [[nodiscard]] Result<void> discardDraft(const OperatorSession& session, const QString& id);

  // Decrypts the local copy. Errors: "purged" after retention,
  // "tampered" when the ciphertext does not belong to this row and revision.
  [[nodiscard]] Result<domain::RegistrationRecord> openLocalCopy(const OperatorSession& session,
                                                                 const QString& id);

  // Gives up to `limit` of this kiosk's finalised records that have no
  // duplicate digests yet (finalised before schema 6) their digests, from
  // their local copies; returns how many. Run after each sign-in.
  [[nodiscard]] Result<int> indexOlderRecords(const OperatorSession& session,
                                              const domain::FormSchema& form, int limit);

  // A supervisor reopens a rejected record as a new revision (a draft).
  [[nodiscard]] Result<void> reopen(const OperatorSession& supervisor, const QString& id);

private:
  Result<QByteArray> encryptLocal(const OperatorSession& session,
                                  const domain::RegistrationRecord& record);

  SqliteDatabase& db_;
  const Clock& clock_;
  QString deviceId_;
  RecordStore records_;
};

} // namespace camie::store
