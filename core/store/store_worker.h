// StoreWorker: the part of KioskStoreService that lives on its thread. Not
// for use on its own.
#pragma once

#include "core/store/duplicate_index.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_store_service.h"

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
  void signOut();
  void finalise(const QJsonObject& answers, qint64 consentAtMs, const QString& draftId);
  void refreshCounts();
  void findRecords(const QString& query, int limit);
  void openReceipt(const QString& recordId);
  void reopen(const QString& recordId);
  void reloadReference();
  void checkDuplicates(const QJsonObject& answers);
  void allowDuplicate(const QString& supervisorId, const QString& secret,
                      const QString& existingRecordId);

signals:
  void ready(bool ok, const QString& message);
  void signedIn(const QString& operatorId, const QString& role);
  void signInFailed(const QString& code, const QString& message, qint64 lockedUntilMs);
  void signedOut();
  void finalised(const QString& recordId);
  void finaliseRefused(const QString& code, const QString& message,
                       const QVariantList& fieldErrors);
  void countsChanged(const QVariantMap& counts);
  void recordsFound(const QString& query, const QVariantList& records);
  void receiptReady(const QVariantMap& receipt);
  void reopened(const QString& recordId, const QVariantMap& answers, const QVariantList& errors);
  void reopenFailed(const QString& message);
  void referenceChanged(std::shared_ptr<const camie::refdata::ReferenceSet> reference);
  void duplicatesChecked(const camie::store::DuplicateReport& report);
  void duplicateAllowed(const QString& supervisorId, const QString& existingRecordId);
  void duplicateRefused(const QString& message);

private:
  DuplicateReport duplicateReport(const QJsonObject& answers);

  KioskStoreService::Config config_;
  std::shared_ptr<const Clock> clockOwner_;
  const Clock& clock_;
  std::unique_ptr<SqliteDatabase> db_;
  std::optional<OperatorSession> session_;
  std::shared_ptr<const refdata::ReferenceSet> reference_;
  // A supervisor allowed the next registration beside a record with the same ID.
  std::optional<DuplicateOverride> allowedDuplicate_;
};

} // namespace camie::store
