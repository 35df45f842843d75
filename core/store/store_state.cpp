#include "core/store/store_state.h"

#include "core/logging/log_categories.h"
#include "core/store/device_identity.h"
#include "core/store/kiosk_database.h"
#include "core/store/reference_data_store.h"
#include "core/store/retention_purge.h"

#include <QCoreApplication>

namespace camie::store {

StoreState::StoreState(StoreConfig config) : config_(std::move(config)) {
  Q_ASSERT(config_.clock);
}

StoreState::~StoreState() = default;

Result<void> StoreState::open() {
  auto db = KioskDatabase::open(config_.databasePath, KioskDatabase::Create::IfMissing);
  if (!db)
    return db.error();
  db_ = std::move(*db);
  if (auto identity = DeviceIdentity::read(*db_, config_.deviceId))
    config_.deviceId = identity->deviceId;
  // Every start: personal data past its retention leaves the disk before anything else.
  if (auto purged = purgeExpiredRecords(*db_, clock(), config_.retentionDays); !purged)
    qCWarning(lcStore).noquote() << "retention purge failed:" << purged.error().code
                                 << purged.error().message;
  return {};
}

Result<std::shared_ptr<const refdata::ReferenceSet>> StoreState::loadReference() {
  if (!db_)
    return makeError(QStringLiteral("no_database"), noDatabase());
  auto set = ReferenceDataStore(*db_).referenceSet();
  if (!set && isStorage(set.error().kind)) {
    qCWarning(lcStore) << "reference data not read:" << set.error().code;
    return makeError(set.error().code,
                     inWords(set.error(), tr("The form and the list of places could not "
                                             "be read.")));
  }
  if (!set) {
    qCWarning(lcStore) << "reference data does not parse:" << set.error().code;
    return set.error();
  }
  reference = std::make_shared<const refdata::ReferenceSet>(std::move(*set));
  return reference;
}

KeyVault StoreState::vault() {
  KeyVault vault(*db_, clock());
  vault.useTpm(config_.tpmTcti);
  return vault;
}

RegistrationQueue StoreState::queue() {
  return RegistrationQueue(*db_, clock(), config_.deviceId, config_.retentionDays);
}

void StoreState::startSession(OperatorSession started) {
  session = std::move(started);
  allowedDuplicate.reset();
  confirmedCard.reset();
  if (reference) {
    if (auto added = vault().ensureCurrentRecoverySlot(*session, *reference, config_.deviceId);
        !added)
      qCWarning(lcStore) << "recovery slot not added:" << added.error().code;
  }
  indexOlderRecords();
}

void StoreState::endSession() {
  session.reset();
  allowedDuplicate.reset();
  confirmedCard.reset();
}

// Records finalised before the duplicate check existed get their digests
// once someone signs in (the data key is needed), a bounded number each time.
void StoreState::indexOlderRecords() {
  if (!reference || !session)
    return;
  if (auto indexed = queue().indexOlderRecords(*session, reference->form, 5000); !indexed)
    qCWarning(lcStore) << "older records not indexed for duplicates:" << indexed.error().code;
  else if (*indexed > 0)
    qCInfo(lcStore) << *indexed << "older records indexed for the duplicate check";
}

QString StoreState::noDatabase() {
  return tr("The kiosk's database is not open. Restart the kiosk; if this "
            "happens again, call a technician.");
}

QString StoreState::inWords(const Error& error, const QString& whatFailed) {
  if (error.kind == ErrorKind::StorageFull || !isStorage(error.kind))
    return error.message;
  return tr("%1 The kiosk's database did not answer (%2). Try again; if "
            "this happens again, call a technician.")
      .arg(whatFailed, error.code);
}

QString StoreState::signInAgain() {
  return tr("Sign in again to finish this registration.");
}

} // namespace camie::store
