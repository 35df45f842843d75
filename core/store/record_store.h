// RecordStore: the registration queue's rows. Every change of status goes
// through RecordLifecycle, runs in one transaction and appends one audit
// entry; an illegal transition is refused ("illegal_transition") and changes
// nothing. Stores ciphertexts only: encryption happens in RegistrationQueue.
#pragma once

#include "core/domain/card_check.h"
#include "core/store/duplicate_index.h"
#include "core/store/record_status.h"
#include "core/util/clock.h"
#include "core/util/result.h"
#include "core/wire/sealed_copy.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace camie::store {

class SqliteDatabase;

struct NewRecord {
  QString id; // UUIDv7
  int revision = 1;
  QString formId;
  QString formVersion;
  QString operatorId;
};

// The copy sealed to the registry (HPKE); the kiosk cannot open it.
using SealedCopy = wire::SealedCopy;

struct RecordMeta {
  QString id;
  int revision = 0;
  RecordStatus status = RecordStatus::Draft;
  QString formId;
  QString formVersion;
  QString operatorId;
  qint64 createdAt = 0;
  qint64 updatedAt = 0;
  std::optional<qint64> capturedAt;
  int attempts = 0;
  std::optional<qint64> nextAttemptAt;
  QString batchId;
  std::optional<qint64> leaseUntil;
  QString registryNumber;
  QString serverErrors; // the registry's field errors, JSON
  std::optional<qint64> acceptedAt;
  std::optional<qint64> purgeAfter;
  std::optional<qint64> purgedAt;
};

class RecordStore {
public:
  static constexpr int kLocalSchema = 1; // format of the local copy's plaintext

  RecordStore(SqliteDatabase& db, const Clock& clock, int retentionDays);

  // Associated data of a local copy: a ciphertext moved to another row, or
  // kept across a revision, fails to open.
  static QByteArray localAad(const QString& id, int revision, int localSchema = kLocalSchema);

  // A draft the form saved expires at `expiresAt` (purge_after): the
  // retention purge deletes it then (deleteExpiredDrafts); without one it
  // stays until finalised or discarded.
  [[nodiscard]] Result<void> createDraft(const NewRecord& record, const QByteArray& localCopy,
                                         std::optional<qint64> expiresAt = std::nullopt);
  [[nodiscard]] Result<void> saveDraft(const QString& id, const QByteArray& localCopy,
                                       const QString& actor,
                                       std::optional<qint64> expiresAt = std::nullopt);
  // Deletes a new registration's draft (revision 1, never sealed) with its
  // local copy; one audit entry. Errors: "no_such_record", "illegal_transition"
  // (not a draft, or a reopened record's next revision, which stays).
  [[nodiscard]] Result<void> discardDraft(const QString& id, const QString& actor);
  // (new) → sealed: a registration finalised in one go. `digests` replace
  // the record's duplicate digests in the same transaction; an `allowed`
  // second record with the same ID is audited with the supervisor's id, and
  // so are answers a supervisor confirmed against the ID card (`card` with
  // differing fields: "record.card_differs_confirmed", the field ids, never
  // their values). All of it is stored, or none.
  [[nodiscard]] Result<void> createSealed(const NewRecord& record, const QByteArray& localCopy,
                                          const SealedCopy& sealed, qint64 capturedAt,
                                          const RecordDigests& digests = {},
                                          const std::optional<DuplicateOverride>& allowed = {},
                                          const std::optional<domain::CardCheck>& card = {});
  // draft → sealed (the same digests and audit as createSealed).
  [[nodiscard]] Result<void> seal(const QString& id, const QByteArray& localCopy,
                                  const SealedCopy& sealed, qint64 capturedAt, const QString& actor,
                                  const RecordDigests& digests = {},
                                  const std::optional<DuplicateOverride>& allowed = {},
                                  const std::optional<domain::CardCheck>& card = {});
  // rejected → draft, as revision + 1 (the caller re-encrypts the local copy
  // for the new revision).
  [[nodiscard]] Result<void> reopen(const QString& id, const QByteArray& newLocalCopy,
                                    const QString& actor);
  // Opens batch `batchId` and moves each record sealed → sending, leased to
  // the batch until `leaseUntil`; all or nothing, one audit entry per record.
  [[nodiscard]] Result<void> leaseBatch(const QString& batchId, const QStringList& ids,
                                        qint64 leaseUntil, const QString& actor);
  // Undoes leaseBatch for a batch that was never sent: its records sending →
  // sealed, due as before and with their count of sends as before (an audit
  // entry each), and the batch gone. Records no longer in it are left alone.
  [[nodiscard]] Result<int> withdrawBatch(const QString& batchId, const QString& actor);
  // sending | exported → accepted | duplicate (with the registry number and
  // its verified receipt, JSON; starts the retention clock), rejected (with
  // the registry's errors), or sealed (to retry at `nextAttemptAt`).
  [[nodiscard]] Result<void> finishSending(const QString& id, RecordStatus to,
                                           const QString& registryNumber,
                                           const QString& serverErrors,
                                           std::optional<qint64> nextAttemptAt,
                                           const QString& actor, const QString& receipt = {});

  // The same, inside a transaction the caller holds (a batch's answers are
  // applied in one transaction).
  [[nodiscard]] Result<void>
  finishSendingInTransaction(const QString& id, RecordStatus to, const QString& registryNumber,
                             const QString& serverErrors, std::optional<qint64> nextAttemptAt,
                             const QString& actor, const QString& receipt = {});
  // Wipes the personal data of accepted records past retention whose
  // acceptance carries a verified receipt (a record settled without one is
  // never purged), its duplicate digests with it; keeps the receipt (id,
  // number, times, status). Returns how many were purged.
  [[nodiscard]] Result<int> purgeDue();
  // Deletes the drafts whose expiry (purge_after) has passed, one audit entry
  // each; returns how many.
  [[nodiscard]] Result<int> deleteExpiredDrafts();

private:
  // The record's status now (nullopt: no such record), checked against `to`.
  Result<std::optional<RecordStatus>> checkTransition(const QString& id, RecordStatus to);
  Result<void> audit(const QString& actor, const QString& recordId,
                     std::optional<RecordStatus> from, RecordStatus to, const QString& detail = {});
  Result<void> noteDigests(const QString& id, const RecordDigests& digests,
                           const std::optional<DuplicateOverride>& allowed);
  Result<void> auditCardCheck(const QString& id, const std::optional<domain::CardCheck>& card);
  Result<void> insert(const NewRecord& record, RecordStatus status, const QByteArray& localCopy,
                      const SealedCopy* sealed, std::optional<qint64> capturedAt,
                      std::optional<qint64> purgeAfter = std::nullopt);
  Result<void> deleteDraft(const QString& id, const QString& actor, const QString& detail);

  SqliteDatabase& db_;
  const Clock& clock_;
  int retentionDays_;
};

} // namespace camie::store
