#include "core/store/store_worker.h"

#include "core/domain/receipt_code.h"
#include "core/logging/log_categories.h"
#include "core/store/device_identity.h"
#include "core/store/kiosk_database.h"
#include "core/store/record_reader.h"
#include "core/store/record_search.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/store/retention_purge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace camie::store {
namespace {

QVariantList errorsToVariant(const QList<domain::FieldError>& errors) {
  QVariantList list;
  for (const auto& e : errors)
    list.append(QVariantMap{{QStringLiteral("field"), e.field},
                            {QStringLiteral("code"), e.code},
                            {QStringLiteral("message"), e.message}});
  return list;
}

QVariantMap metaToVariant(const RecordMeta& m) {
  return {{QStringLiteral("id"), m.id},
          {QStringLiteral("status"), toString(m.status)},
          {QStringLiteral("registryNumber"), m.registryNumber},
          {QStringLiteral("capturedAt"), m.capturedAt.value_or(m.createdAt)},
          {QStringLiteral("revision"), m.revision},
          {QStringLiteral("purged"), m.purgedAt.has_value()},
          {QStringLiteral("serverErrors"),
           QJsonDocument::fromJson(m.serverErrors.toUtf8()).array().toVariantList()}};
}

// Every call answers, also when the database did not open at start.
QString noDatabase() {
  return QCoreApplication::translate("camie::store::KioskStoreService",
                                     "The kiosk's database is not open. Restart the kiosk; if this "
                                     "happens again, call a technician.");
}

// A storage error as the screen that asked shows it: what failed, in words,
// and the error's code for the technician (never its SQL detail).
QString inWords(const Error& error, const QString& whatFailed) {
  if (error.code == u"storage_full" || !error.code.startsWith(u"storage_"))
    return error.message;
  return QCoreApplication::translate("camie::store::KioskStoreService",
                                     "%1 The kiosk's database did not answer (%2). Try again; if "
                                     "this happens again, call a technician.")
      .arg(whatFailed, error.code);
}

} // namespace

StoreWorker::StoreWorker(KioskStoreService::Config config)
    : config_(std::move(config)),
      clockOwner_(config_.clock ? config_.clock : std::make_shared<SystemClock>()),
      clock_(*clockOwner_) {}

StoreWorker::~StoreWorker() = default;

void StoreWorker::start() {
  auto db = KioskDatabase::open(config_.databasePath, KioskDatabase::Create::IfMissing);
  if (!db) {
    emit ready(false, db.error().message);
    return;
  }
  db_ = std::move(*db);
  if (auto identity = DeviceIdentity::read(*db_, config_.deviceId))
    config_.deviceId = identity->deviceId;
  // Every start: personal data past its retention leaves the disk before anything else.
  if (auto purged = purgeExpiredRecords(*db_, clock_, config_.retentionDays); !purged)
    qCWarning(lcStore).noquote() << "retention purge failed:" << purged.error().code
                                 << purged.error().message;
  reloadReference();
  emit ready(true, {});
  refreshCounts();
}

qint64 StoreWorker::lockedUntil(KeyVault& vault, const QString& operatorId) {
  if (auto op = vault.findOperator(operatorId); op && *op && (*op)->lockedUntil)
    return *(*op)->lockedUntil;
  return 0;
}

void StoreWorker::startSession(KeyVault& vault, OperatorSession session) {
  session_ = std::move(session);
  allowedDuplicate_.reset();
  if (reference_) {
    if (auto added = vault.ensureCurrentRecoverySlot(*session_, *reference_, config_.deviceId);
        !added)
      qCWarning(lcStore) << "recovery slot not added:" << added.error().code;
  }
}

void StoreWorker::signIn(const QString& operatorId, const QString& secret) {
  if (!db_) {
    emit signInFailed({SignInRefusal::Reason::StoreUnavailable, noDatabase(), 0});
    return;
  }
  session_.reset();
  KeyVault vault(*db_, clock_);
  vault.useTpm(config_.tpmTcti);
  auto session = vault.signIn(operatorId, secret);
  if (!session) {
    if (session.error().code == u"secret_change_required")
      emit secretChangeRequired(operatorId.trimmed(), session.error().message);
    else
      emit signInFailed(SignInRefusal::fromError(session.error(), lockedUntil(vault, operatorId)));
    return;
  }
  startSession(vault, std::move(*session));
  emit signedIn(session_->operatorId, toString(session_->role));
  indexOlderRecords();
}

void StoreWorker::changeSecret(const QString& operatorId, const QString& oldSecret,
                               const QString& newSecret) {
  if (!db_ || (session_ && session_->operatorId != operatorId.trimmed())) {
    emit secretChangeFailed({SignInRefusal::Reason::NotAllowed,
                             QCoreApplication::translate("camie::store::KioskStoreService",
                                                         "Only the operator signed in can change "
                                                         "their own PIN."),
                             0});
    return;
  }
  KeyVault vault(*db_, clock_);
  vault.useTpm(config_.tpmTcti);
  auto session = vault.changeSecret(operatorId, oldSecret, newSecret);
  if (!session) {
    emit secretChangeFailed(
        SignInRefusal::fromError(session.error(), lockedUntil(vault, operatorId)));
    return;
  }
  startSession(vault, std::move(*session));
  emit secretChanged(session_->operatorId, toString(session_->role));
  indexOlderRecords();
}

// Records finalised before the duplicate check existed get their digests
// once someone signs in (the data key is needed), a bounded number each time.
void StoreWorker::indexOlderRecords() {
  if (!reference_ || !session_)
    return;
  RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
  if (auto indexed = queue.indexOlderRecords(*session_, reference_->form, 5000); !indexed)
    qCWarning(lcStore) << "older records not indexed for duplicates:" << indexed.error().code;
  else if (*indexed > 0)
    qCInfo(lcStore) << *indexed << "older records indexed for the duplicate check";
}

void StoreWorker::signOut() {
  session_.reset(); // SecureBytes wipes the data key
  allowedDuplicate_.reset();
  emit signedOut();
}

void StoreWorker::finalise(const QJsonObject& answers, qint64 consentAtMs, const QString& draftId) {
  if (!db_ || !session_) {
    emit finaliseRefused(QStringLiteral("signed_out"),
                         QCoreApplication::translate("camie::store::KioskStoreService",
                                                     "Sign in again to finish this registration."),
                         {});
    return;
  }
  if (!reference_) {
    emit finaliseRefused(QStringLiteral("no_reference"), QStringLiteral("No form is loaded."), {});
    return;
  }
  RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
  auto outcome = queue.finalise(*session_, *reference_, answers,
                                consentAtMs > 0 ? std::optional<qint64>(consentAtMs) : std::nullopt,
                                draftId, allowedDuplicate_);
  if (!outcome) {
    emit finaliseRefused(outcome.error().code, outcome.error().message, {});
    if (outcome.error().code == u"duplicate_id") // the review screen shows which record
      emit duplicatesChecked(duplicateReport(answers));
  } else if (!outcome->ok()) {
    emit finaliseRefused(QStringLiteral("invalid"), {}, errorsToVariant(outcome->errors));
  } else {
    allowedDuplicate_.reset();
    emit finalised(outcome->recordId);
    refreshCounts();
  }
}

void StoreWorker::refreshCounts() {
  if (!db_) {
    emit countsFailed(noDatabase());
    return;
  }
  const auto failed = [this](const Error& e) {
    qCWarning(lcStore) << "counts failed:" << e.code;
    emit countsFailed(inWords(e, tr("The numbers could not be counted.")));
  };
  RecordReader reader(*db_);
  auto counts = reader.countByStatus();
  if (!counts)
    return failed(counts.error());
  QVariantMap map;
  for (auto it = counts->cbegin(); it != counts->cend(); ++it)
    map.insert(toString(it.key()), it.value());
  const qint64 midnight =
      QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch(); // local time
  auto today =
      db_->prepare("SELECT count(*) FROM records WHERE captured_at >= ? AND origin_device IS NULL");
  if (!today)
    return failed(today.error());
  today->bind(1, midnight);
  auto row = today->step();
  if (!row)
    return failed(row.error());
  if (*row)
    map.insert(QStringLiteral("today"), today->int64(0));
  auto oldest = reader.oldestQueuedCapturedAt();
  if (!oldest)
    return failed(oldest.error());
  if (*oldest)
    map.insert(QStringLiteral("oldestQueuedMs"), **oldest);
  emit countsChanged(map);
}

void StoreWorker::findRecords(const QString& query, int limit) {
  if (!db_) {
    emit recordsFailed(query, noDatabase());
    return;
  }
  // With the signed-in operator's key, names, phones and ID numbers are
  // matched in memory; without it (or after the purge), receipts only.
  auto found = RecordSearch(*db_, session_ ? &*session_ : nullptr).find(query, limit);
  if (!found) {
    qCWarning(lcStore) << "record search failed:" << found.error().code;
    emit recordsFailed(query, inWords(found.error(), tr("The records could not be searched.")));
    return;
  }
  emit recordsFound(query, *found);
}

void StoreWorker::openRecord(const QString& recordId) {
  if (!db_) {
    emit recordOpenFailed(recordId, noDatabase());
    return;
  }
  auto record = RecordSearch(*db_, session_ ? &*session_ : nullptr).open(recordId);
  if (!record) {
    qCWarning(lcStore) << "record" << recordId << "does not open:" << record.error().code;
    emit recordOpenFailed(recordId, inWords(record.error(), tr("The record could not be opened.")));
    return;
  }
  emit recordOpened(*record);
}

void StoreWorker::openReceipt(const QString& recordId) {
  if (!db_) {
    emit receiptFailed(recordId, noDatabase());
    return;
  }
  auto meta = RecordReader(*db_).find(recordId);
  if (!meta) {
    qCWarning(lcStore) << "receipt" << recordId << "not read:" << meta.error().code;
    emit receiptFailed(recordId, inWords(meta.error(), tr("The receipt could not be read.")));
    return;
  }
  if (!*meta) {
    emit receiptFailed(recordId, tr("This record is no longer on this kiosk."));
    return;
  }
  QVariantMap receipt = metaToVariant(**meta);
  if (session_) {
    RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
    if (auto record = queue.openLocalCopy(*session_, recordId))
      receipt.insert(QStringLiteral("answers"), record->answers.toVariantMap());
  }
  emit receiptReady(receipt);
}

void StoreWorker::reopen(const QString& recordId) {
  if (!db_ || !session_) {
    emit reopenFailed(QCoreApplication::translate("camie::store::KioskStoreService",
                                                  "Sign in again to finish this registration."));
    return;
  }
  auto meta = RecordReader(*db_).find(recordId);
  const QString errors = meta && *meta ? (*meta)->serverErrors : QString();
  RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
  if (auto done = queue.reopen(*session_, recordId); !done) {
    emit reopenFailed(done.error().message);
    return;
  }
  auto record = queue.openLocalCopy(*session_, recordId);
  if (!record) {
    emit reopenFailed(record.error().message);
    return;
  }
  emit reopened(recordId, record->answers.toVariantMap(),
                QJsonDocument::fromJson(errors.toUtf8()).array().toVariantList());
  refreshCounts();
}

DuplicateReport StoreWorker::duplicateReport(const QJsonObject& answers) {
  DuplicateReport report;
  if (!db_ || !session_ || !reference_) {
    report.problem = QCoreApplication::translate("camie::store::KioskStoreService",
                                                 "Sign in again to finish this registration.");
    return report;
  }
  const domain::RegistrationValidator validator(
      reference_->form, reference_->gazetteer ? &*reference_->gazetteer : nullptr,
      clock_.now().date());
  const QJsonObject normalized = validator.validate(answers).normalized;
  auto digests = DuplicateIndex::digestsOf(session_->dataKey, reference_->form, normalized);
  auto found =
      digests ? DuplicateIndex(*db_).find(*digests) : Result<DuplicateFindings>(digests.error());
  if (!found) {
    qCWarning(lcStore) << "duplicate check failed:" << found.error().code;
    report.problem = QCoreApplication::translate(
        "camie::store::KioskStoreService",
        "The kiosk could not look for an earlier registration of this person; finishing "
        "looks again.");
    return report;
  }
  if (found->sameId) {
    report.sameIdRecordId = found->sameId->recordId;
    report.sameIdReceiptCode = domain::ReceiptCode::forRecordId(report.sameIdRecordId);
    report.sameIdCapturedAt = found->sameId->capturedAt;
    if (allowedDuplicate_ && allowedDuplicate_->existingRecordId == report.sameIdRecordId)
      report.allowedBy = allowedDuplicate_->supervisorId;
  }
  if (found->sameNameAndBirth) {
    report.similarRecordId = found->sameNameAndBirth->recordId;
    report.similarReceiptCode = domain::ReceiptCode::forRecordId(report.similarRecordId);
    report.similarCapturedAt = found->sameNameAndBirth->capturedAt;
  }
  return report;
}

void StoreWorker::checkDuplicates(const QJsonObject& answers) {
  emit duplicatesChecked(duplicateReport(answers));
}

void StoreWorker::allowDuplicate(const QString& supervisorId, const QString& secret,
                                 const QString& existingRecordId) {
  if (!db_ || !session_) {
    emit duplicateRefused(QCoreApplication::translate(
        "camie::store::KioskStoreService", "Sign in again to finish this registration."));
    return;
  }
  // Checked as a sign-in is (failures counted, lockout), then forgotten: the
  // teller stays signed in.
  KeyVault vault(*db_, clock_);
  vault.useTpm(config_.tpmTcti);
  auto supervisor = vault.signIn(supervisorId, secret);
  if (!supervisor) {
    emit duplicateRefused(supervisor.error().message);
    return;
  }
  if (supervisor->role == OperatorRole::Teller) {
    emit duplicateRefused(QCoreApplication::translate(
        "camie::store::KioskStoreService",
        "Only a supervisor can allow a second registration with the same ID."));
    return;
  }
  allowedDuplicate_ = DuplicateOverride{supervisor->operatorId, existingRecordId};
  qCInfo(lcStore) << "a second registration beside record" << existingRecordId
                  << "allowed by a supervisor";
  emit duplicateAllowed(supervisor->operatorId, existingRecordId);
}

void StoreWorker::reloadReference() {
  if (!db_) {
    emit referenceFailed(noDatabase());
    return;
  }
  auto set = ReferenceDataStore(*db_).referenceSet();
  if (!set && set.error().code.startsWith(u"storage_")) {
    qCWarning(lcStore) << "reference data not read:" << set.error().code;
    emit referenceFailed(
        inWords(set.error(), tr("The form and the list of places could not be read.")));
    return;
  }
  if (!set) {
    qCWarning(lcStore) << "reference data does not parse:" << set.error().code;
    emit referenceFailed(set.error().message);
    return;
  }
  reference_ = std::make_shared<const refdata::ReferenceSet>(std::move(*set));
  emit referenceChanged(reference_);
}

bool StoreWorker::draftReady() {
  if (db_ && session_)
    return true;
  emit draftFailed(QStringLiteral("signed_out"),
                   QCoreApplication::translate("camie::store::KioskStoreService",
                                               "Sign in again to keep this registration."));
  return false;
}

void StoreWorker::saveDraft(const QJsonObject& answers, const QString& draftId) {
  if (!draftReady())
    return;
  if (!reference_) {
    emit draftFailed(
        QStringLiteral("no_reference"),
        QCoreApplication::translate("camie::store::KioskStoreService", "No form is loaded."));
    return;
  }
  RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
  const qint64 keepFor = qint64{config_.draftExpiryHours} * 60 * 60 * 1000;
  auto saved = queue.saveDraft(*session_, reference_->form, answers, draftId, keepFor);
  if (!saved) {
    qCWarning(lcStore) << "draft not saved:" << saved.error().code;
    emit draftFailed(saved.error().code,
                     QCoreApplication::translate("camie::store::KioskStoreService",
                                                 "The answers could not be kept as a draft (%1).")
                         .arg(saved.error().message));
    return;
  }
  emit draftSaved(*saved, clock_.nowMs());
}

void StoreWorker::findDraft() {
  if (!draftReady())
    return;
  RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
  auto draft = queue.latestDraft(*session_);
  if (!draft) {
    qCWarning(lcStore) << "draft not opened:" << draft.error().code;
    emit draftFailed(draft.error().code,
                     QCoreApplication::translate("camie::store::KioskStoreService",
                                                 "An unfinished registration could not be "
                                                 "opened (%1).")
                         .arg(draft.error().message));
    return;
  }
  emit draftFound(*draft);
}

void StoreWorker::discardDraft(const QString& draftId) {
  if (!draftReady())
    return;
  RegistrationQueue queue(*db_, clock_, config_.deviceId, config_.retentionDays);
  if (auto done = queue.discardDraft(*session_, draftId); !done) {
    emit draftFailed(done.error().code,
                     QCoreApplication::translate("camie::store::KioskStoreService",
                                                 "The draft could not be deleted (%1).")
                         .arg(done.error().message));
    return;
  }
  qCDebug(lcStore) << "draft discarded" << draftId;
  emit draftDiscarded(draftId);
  refreshCounts();
}

} // namespace camie::store
