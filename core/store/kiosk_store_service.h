// KioskStoreService: the encrypted queue as the kiosk's screens use it, on
// its own thread with its own database connection — sign-in (scrypt takes
// about 100 ms), finalising, drafts, counts, record lists, receipts. Calls
// return at once; results come back as queued signals, so the GUI thread
// never waits on the disk or on key derivation. The signed-in operator's
// data key stays on the worker thread and is wiped on sign-out.
#pragma once

#include "core/domain/card_check.h"
#include "core/refdata/reference_set.h"
#include "core/store/duplicate_report.h"
#include "core/store/operator_role.h"
#include "core/store/record_summary.h"
#include "core/store/saved_draft.h"
#include "core/store/sign_in_refusal.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace camie::store {

class StoreWorker;

class KioskStoreService : public QObject {
  Q_OBJECT

public:
  struct Config {
    QString databasePath;
    QString deviceId;
    int retentionDays = 7;
    std::shared_ptr<const Clock> clock; // null: the system clock
    int draftExpiryHours = 24;          // a saved draft is deleted this long after its last save
    QString tpmTcti{};                  // the kiosk's TPM (kiosk.conf [device] tpm); empty: none
  };

  explicit KioskStoreService(Config config, QObject* parent = nullptr);
  ~KioskStoreService() override;

  void start();

  // Each call answers with exactly one of the signals named beside it, also
  // when the database fails (then in words, for the screen that asked).
  // secretChangeRequired: the right one-time PIN of a new operator, who must
  // now choose their own (changeSecret with it).
  void signIn(const QString& operatorId,
              const QString& secret); // signedIn | signInFailed | secretChangeRequired
  // The operator's own PIN or passphrase replaced (KeyVault::changeSecret):
  // at the first sign-in (the one-time PIN as `oldSecret`), or signed in.
  // Then signed in as `operatorId`.
  void changeSecret(const QString& operatorId, const QString& oldSecret,
                    const QString& newSecret); // secretChanged | secretChangeFailed
  void signOut();                              // signedOut
  // `card`: when the ID card was read, the answers' differences from it;
  // differences need confirmCardCheck first ("card_differs" otherwise).
  void finalise(const QJsonObject& answers, qint64 consentAtMs, const QString& draftId,
                const std::optional<domain::CardCheck>& card = {}); // finalised | finaliseRefused
  void refreshCounts();                                             // countsChanged | countsFailed
  // Records matching what the teller typed (RecordQuery), newest first.
  void findRecords(const QString& query, int limit); // recordsFound | recordsFailed
  void openRecord(const QString& recordId);          // recordOpened | recordOpenFailed
  void openReceipt(const QString& recordId);         // receiptReady | receiptFailed
  // A supervisor reopens a rejected record to correct it.
  void reopen(const QString& recordId); // reopened | reopenFailed
  void reloadReference();               // referenceChanged | referenceFailed
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

  // Who is signed in, as the worker last reported it (empty: nobody). The
  // view-models and backends of privileged screens check the role here
  // themselves, not only the QML that shows them.
  QString signedInOperator() const { return signedInOperator_; }
  // Signed in with `role` or a role above it (teller < supervisor < technician).
  bool signedInAtLeast(OperatorRole role) const {
    return signedInRole_ && static_cast<int>(*signedInRole_) >= static_cast<int>(role);
  }

  // The reference documents last loaded (null before the first load).
  std::shared_ptr<const refdata::ReferenceSet> reference() const { return reference_; }

signals:
  void ready(bool ok, const QString& message);
  void signedIn(const QString& operatorId, const QString& role);
  void signInFailed(const camie::store::SignInRefusal& refusal);
  void secretChangeRequired(const QString& operatorId, const QString& message);
  void secretChanged(const QString& operatorId, const QString& role);
  void secretChangeFailed(const camie::store::SignInRefusal& refusal);
  void signedOut();
  void finalised(const QString& recordId);
  // `fieldErrors`: [{field, code, message}] for invalid answers; else `code`/`message`.
  void finaliseRefused(const QString& code, const QString& message,
                       const QVariantList& fieldErrors);
  // {draft, sealed, sending, accepted, duplicate, rejected, today, oldestQueuedMs}
  void countsChanged(const QVariantMap& counts);
  void countsFailed(const QString& message);
  // The answer to findRecords(query): names, phones and ID numbers only while
  // the local copy exists and opens with the signed-in operator's key.
  void recordsFound(const QString& query, const QList<camie::store::RecordSummary>& records);
  void recordsFailed(const QString& query, const QString& message);
  void recordOpened(const camie::store::RecordSummary& record);
  void recordOpenFailed(const QString& recordId, const QString& message);
  // {id, status, registryNumber, capturedAt, answers (when readable)}
  void receiptReady(const QVariantMap& receipt);
  void receiptFailed(const QString& recordId, const QString& message);
  // The record, now a draft of its next revision, and its answers to correct.
  void reopened(const QString& recordId, const QVariantMap& answers, const QVariantList& errors);
  void reopenFailed(const QString& message);
  void duplicatesChecked(const camie::store::DuplicateReport& report);
  void duplicateAllowed(const QString& supervisorId, const QString& existingRecordId);
  void duplicateRefused(const QString& message);
  void cardCheckConfirmed(const QString& supervisorId, const QStringList& differing);
  void cardCheckRefused(const QString& message);
  // The reference documents, parsed on the worker thread (immutable, shared).
  void referenceChanged(std::shared_ptr<const camie::refdata::ReferenceSet> reference);
  void referenceFailed(const QString& message);
  void draftSaved(const QString& draftId, qint64 savedAtMs);
  void draftFound(const camie::store::SavedDraft& draft); // empty: the operator has none
  void draftDiscarded(const QString& draftId);
  void draftFailed(const QString& code, const QString& message); // message in words

private:
  QThread thread_;
  StoreWorker* worker_ = nullptr;
  std::shared_ptr<const refdata::ReferenceSet> reference_;
  QString signedInOperator_;
  std::optional<OperatorRole> signedInRole_;
};

} // namespace camie::store
