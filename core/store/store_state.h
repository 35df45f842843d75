// StoreState: what the kiosk's store thread holds for its three services
// (SessionService, RegistrationService, RecordQueryService) — its database
// connection, the signed-in operator's session with the data key, the
// reference set, a supervisor's pending duplicate override and card check
// confirmation. It lives on that
// thread and is touched only there: the services reach it by askStore().
#pragma once

#include "core/domain/card_check.h"
#include "core/refdata/reference_set.h"
#include "core/store/duplicate_index.h"
#include "core/store/key_vault.h"
#include "core/store/registration_queue.h"
#include "core/util/clock.h"

#include <QMetaObject>
#include <QObject>

#include <memory>
#include <optional>

namespace camie::store {

class SqliteDatabase;

struct StoreConfig {
  QString databasePath;
  QString deviceId; // empty: the one made at init (DeviceIdentity)
  int retentionDays = 7;
  std::shared_ptr<const Clock> clock; // required: the kiosk's clock (a fake one in tests)
  int draftExpiryHours = 24;          // a saved draft is deleted this long after its last save
  QString tpmTcti{};                  // the kiosk's TPM (kiosk.conf [device] tpm); empty: none
};

class StoreState : public QObject {
  Q_OBJECT

public:
  explicit StoreState(StoreConfig config);
  ~StoreState() override;

  // Opens the database, reads the device identity and purges what is past
  // its retention (before anything else), then loads the reference set.
  [[nodiscard]] Result<void> open();
  // The reference set from the database (also after the sync engine fetched
  // new documents); kept here and returned. Errors in words for the screen.
  [[nodiscard]] Result<std::shared_ptr<const refdata::ReferenceSet>> loadReference();

  bool isOpen() const { return db_ != nullptr; }
  SqliteDatabase& db() { return *db_; }
  const StoreConfig& config() const { return config_; }
  const Clock& clock() const { return *config_.clock; }
  KeyVault vault();
  RegistrationQueue queue();

  // The operator signed in: resets a pending override and confirmation, makes sure of the
  // recovery slot and indexes older records for the duplicate check.
  void startSession(OperatorSession session);
  void endSession(); // SecureBytes wipes the data key

  std::optional<OperatorSession> session;
  std::shared_ptr<const refdata::ReferenceSet> reference;
  // A supervisor allowed the next registration beside a record with the same ID.
  std::optional<DuplicateOverride> allowedDuplicate;
  // A supervisor confirmed the next registration's answers where they differ
  // from the ID card read (`differing`, `confirmedBy`).
  std::optional<domain::CardCheck> confirmedCard;
  QString confirmedCardDraft; // the registration it was confirmed for

  // Words for a call made while the database is not open.
  static QString noDatabase();
  // A storage error as the screen that asked shows it: what failed, in words,
  // and the error's code for the technician (never its SQL detail).
  static QString inWords(const Error& error, const QString& whatFailed);
  static QString signInAgain(); // "Sign in again to finish this registration."

private:
  void indexOlderRecords();

  StoreConfig config_;
  std::unique_ptr<SqliteDatabase> db_;
};

// Runs `job(state)` on the store thread, then `answer(result)` on
// `receiver`'s thread: a typed call and its one answer. The state outlives
// every job (its thread is joined before it goes), and an answer posted to a
// receiver that is gone meanwhile is dropped with it.
template <typename Job, typename Answer>
void askStore(StoreState* state, QObject* receiver, Job job, Answer answer) {
  QMetaObject::invokeMethod(
      state,
      [state, receiver, job = std::move(job), answer = std::move(answer)]() mutable {
        auto result = job(*state);
        QMetaObject::invokeMethod(
            receiver,
            [answer = std::move(answer), result = std::move(result)]() mutable {
              answer(std::move(result));
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

} // namespace camie::store
