// KioskStoreService: the encrypted queue as the kiosk's screens use it, on
// its own thread with its own database connection — sign-in (scrypt takes
// about 100 ms), finalising, drafts, counts, record lists, receipts. Calls
// return at once; results come back as queued signals, so the GUI thread
// never waits on the disk or on key derivation. The signed-in operator's
// data key stays on the worker thread and is wiped on sign-out.
#pragma once

#include "core/refdata/reference_set.h"
#include "core/store/operator_role.h"
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
    QString tpmTcti{};                  // the kiosk's TPM (kiosk.conf [device] tpm); empty: none
  };

  explicit KioskStoreService(Config config, QObject* parent = nullptr);
  ~KioskStoreService() override;

  void start();

  // Each call answers with exactly one of the signals named beside it.
  void signIn(const QString& operatorId, const QString& secret); // signedIn | signInFailed
  void signOut();                                                // signedOut
  void finalise(const QJsonObject& answers, qint64 consentAtMs,
                const QString& draftId);             // finalised | finaliseRefused
  void refreshCounts();                              // countsChanged
  void findRecords(const QString& query, int limit); // recordsFound
  void openReceipt(const QString& recordId);         // receiptReady
  // A supervisor reopens a rejected record to correct it.
  void reopen(const QString& recordId); // reopened | reopenFailed
  void reloadReference();               // referenceChanged

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
  void signInFailed(const QString& code, const QString& message, qint64 lockedUntilMs);
  void signedOut();
  void finalised(const QString& recordId);
  // `fieldErrors`: [{field, code, message}] for invalid answers; else `code`/`message`.
  void finaliseRefused(const QString& code, const QString& message,
                       const QVariantList& fieldErrors);
  // {draft, sealed, sending, accepted, duplicate, rejected, today, oldestQueuedMs}
  void countsChanged(const QVariantMap& counts);
  // [{id, status, registryNumber, capturedAt, revision, serverErrors}]
  void recordsFound(const QString& query, const QVariantList& records);
  // {id, status, registryNumber, capturedAt, answers (when readable)}
  void receiptReady(const QVariantMap& receipt);
  // The record, now a draft of its next revision, and its answers to correct.
  void reopened(const QString& recordId, const QVariantMap& answers, const QVariantList& errors);
  void reopenFailed(const QString& message);
  // The reference documents, parsed on the worker thread (immutable, shared).
  void referenceChanged(std::shared_ptr<const camie::refdata::ReferenceSet> reference);

private:
  QThread thread_;
  StoreWorker* worker_ = nullptr;
  std::shared_ptr<const refdata::ReferenceSet> reference_;
  QString signedInOperator_;
  std::optional<OperatorRole> signedInRole_;
};

} // namespace camie::store
