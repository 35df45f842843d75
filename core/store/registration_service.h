// RegistrationService: a registration on its way into the queue, on the
// kiosk's store thread — finalising (validate, seal, queue in one
// transaction), the signed-in operator's draft, the duplicate check and a
// supervisor's override, a supervisor's confirmation of answers that differ
// from the ID card read, reopening a rejected record to correct it. Each
// call answers with exactly one of the signals named beside it, also when
// the database fails (then in words, for the screen that asked).
#pragma once

#include "core/domain/card_check.h"
#include "core/domain/registration_validator.h"
#include "core/store/duplicate_report.h"
#include "core/store/record_summary.h"
#include "core/store/saved_draft.h"

#include <QJsonObject>
#include <QObject>

namespace camie::store {

class StoreState;

class RegistrationService : public QObject {
  Q_OBJECT

public:
  RegistrationService(StoreState* state, QObject* parent);

  // `card`: when the ID card was read, the answers' differences from it;
  // differences need confirmCardCheck first ("card_differs" otherwise).
  void finalise(const QJsonObject& answers, qint64 consentAtMs, const QString& draftId,
                const std::optional<domain::CardCheck>& card = {}); // finalised | finaliseRefused
  // A supervisor reopens a rejected record to correct it.
  void reopen(const QString& recordId); // reopened | reopenFailed
  // The signed-in operator's unfinished registration, encrypted like records.
  void saveDraft(const QJsonObject& answers, const QString& draftId); // draftSaved | draftFailed
  void findDraft();                                                   // draftFound | draftFailed
  void discardDraft(const QString& draftId); // draftDiscarded | draftFailed
  // The kiosk's own records of the same person as `answers` (same ID: blocks
  // finishing; same name and date of birth: a warning).
  void checkDuplicates(const QJsonObject& answers); // duplicatesChecked
  // A supervisor (id and PIN or passphrase, checked like a sign-in, failures
  // counted) allows the signed-in operator's next registration beside
  // `existingRecordId`, which has the same ID; audited when it is finished.
  void allowDuplicate(const QString& supervisorId, const QString& secret,
                      const QString& existingRecordId); // duplicateAllowed | duplicateRefused
  // A supervisor (checked as for allowDuplicate) confirms the signed-in
  // operator's next registration although its answers differ from the ID
  // card read in `differing`, for the registration `draftId` (the id
  // finalise is given); the record and the audit log name them.
  void confirmCardCheck(const QString& supervisorId, const QString& secret, const QString& draftId,
                        const QStringList& differing); // cardCheckConfirmed | cardCheckRefused

signals:
  void finalised(const QString& recordId);
  // `fieldErrors` for invalid answers (code "invalid"); else `code`/`message`.
  // A refusal for the same ID ("duplicate_id") is followed by duplicatesChecked.
  void finaliseRefused(const QString& code, const QString& message,
                       const QList<camie::domain::FieldError>& fieldErrors);
  // The record, now a draft of its next revision, and its answers to correct.
  void reopened(const QString& recordId, const QJsonObject& answers,
                const QList<camie::store::RegistryFieldError>& errors);
  void reopenFailed(const QString& message);
  void draftSaved(const QString& draftId, qint64 savedAtMs);
  void draftFound(const camie::store::SavedDraft& draft); // empty: the operator has none
  void draftDiscarded(const QString& draftId);
  void draftFailed(const QString& code, const QString& message); // message in words
  void duplicatesChecked(const camie::store::DuplicateReport& report);
  void duplicateAllowed(const QString& supervisorId, const QString& existingRecordId);
  void duplicateRefused(const QString& message);
  void cardCheckConfirmed(const QString& supervisorId, const QStringList& differing);
  void cardCheckRefused(const QString& message);

private:
  StoreState* state_;
};

} // namespace camie::store
