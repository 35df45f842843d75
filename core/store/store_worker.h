// StoreWorker: the part of KioskStoreService that lives on its thread. Not
// for use on its own.
#pragma once

#include "core/domain/card_check.h"
#include "core/store/duplicate_index.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_store_service.h"
#include "core/store/record_summary.h"

#include <memory>
#include <optional>

namespace camie::store {

class SqliteDatabase;

class StoreWorker : public QObject {
  Q_OBJECT

public:
  explicit StoreWorker(KioskStoreService::Config config);
  ~StoreWorker() override;

public slots:
  void start();
  void signIn(const QString& operatorId, const QString& secret);
  void changeSecret(const QString& operatorId, const QString& oldSecret, const QString& newSecret);
  void signOut();
  void finalise(const QJsonObject& answers, qint64 consentAtMs, const QString& draftId,
                const std::optional<domain::CardCheck>& card = {});
  void refreshCounts();
  void findRecords(const QString& query, int limit);
  void openRecord(const QString& recordId);
  void openReceipt(const QString& recordId);
  void reopen(const QString& recordId);
  void reloadReference();
  void checkDuplicates(const QJsonObject& answers);
  void allowDuplicate(const QString& supervisorId, const QString& secret,
                      const QString& existingRecordId);
  void confirmCardCheck(const QString& supervisorId, const QString& secret, const QString& draftId,
                        const QStringList& differing);

  // Called on the worker's thread (KioskStoreService queues them).
  void saveDraft(const QJsonObject& answers, const QString& draftId);
  void findDraft();
  void discardDraft(const QString& draftId);

signals:
  void ready(bool ok, const QString& message);
  void signedIn(const QString& operatorId, const QString& role);
  void signInFailed(const camie::store::SignInRefusal& refusal);
  void secretChangeRequired(const QString& operatorId, const QString& message);
  void secretChanged(const QString& operatorId, const QString& role);
  void secretChangeFailed(const camie::store::SignInRefusal& refusal);
  void signedOut();
  void finalised(const QString& recordId);
  void finaliseRefused(const QString& code, const QString& message,
                       const QVariantList& fieldErrors);
  void countsChanged(const QVariantMap& counts);
  void countsFailed(const QString& message);
  void recordsFound(const QString& query, const QList<camie::store::RecordSummary>& records);
  void recordsFailed(const QString& query, const QString& message);
  void recordOpened(const camie::store::RecordSummary& record);
  void recordOpenFailed(const QString& recordId, const QString& message);
  void receiptReady(const QVariantMap& receipt);
  void receiptFailed(const QString& recordId, const QString& message);
  void reopened(const QString& recordId, const QVariantMap& answers, const QVariantList& errors);
  void reopenFailed(const QString& message);
  void referenceChanged(std::shared_ptr<const camie::refdata::ReferenceSet> reference);
  void referenceFailed(const QString& message);
  void draftSaved(const QString& draftId, qint64 savedAtMs);
  void draftFound(const camie::store::SavedDraft& draft);
  void draftDiscarded(const QString& draftId);
  void draftFailed(const QString& code, const QString& message);
  void duplicatesChecked(const camie::store::DuplicateReport& report);
  void duplicateAllowed(const QString& supervisorId, const QString& existingRecordId);
  void duplicateRefused(const QString& message);
  void cardCheckConfirmed(const QString& supervisorId, const QStringList& differing);
  void cardCheckRefused(const QString& message);

private:
  bool draftReady(); // signed in with a database; else answers draftFailed
  qint64 lockedUntil(KeyVault& vault, const QString& operatorId);
  void startSession(KeyVault& vault, OperatorSession session);
  void indexOlderRecords();
  DuplicateReport duplicateReport(const QJsonObject& answers);

  KioskStoreService::Config config_;
  std::shared_ptr<const Clock> clockOwner_;
  const Clock& clock_;
  std::unique_ptr<SqliteDatabase> db_;
  std::optional<OperatorSession> session_;
  std::shared_ptr<const refdata::ReferenceSet> reference_;
  // A supervisor allowed the next registration beside a record with the same ID.
  std::optional<DuplicateOverride> allowedDuplicate_;
  // A supervisor confirmed the next registration's answers where they differ
  // from the ID card read (`differing`, `confirmedBy`).
  std::optional<domain::CardCheck> confirmedCard_;
  QString confirmedCardDraft_; // the registration it was confirmed for
};

} // namespace camie::store
