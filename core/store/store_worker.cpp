#include "core/store/store_worker.h"

#include "core/logging/log_categories.h"
#include "core/store/kiosk_database.h"
#include "core/store/record_reader.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/store/retention_purge.h"
#include "core/store/settings_store.h"

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
  if (config_.deviceId.isEmpty()) {
    if (auto stored = SettingsStore(*db_).get(QStringLiteral("device_id")); stored && *stored)
      config_.deviceId = **stored;
  }
  // Every start: personal data past its retention leaves the disk before anything else.
  if (auto purged = purgeExpiredRecords(*db_, clock_, config_.retentionDays); !purged)
    qCWarning(lcStore).noquote() << "retention purge failed:" << purged.error().code
                                 << purged.error().message;
  reloadReference();
  emit ready(true, {});
  refreshCounts();
}

void StoreWorker::signIn(const QString& operatorId, const QString& secret) {
  if (!db_)
    return;
  session_.reset();
  KeyVault vault(*db_, clock_);
  vault.useTpm(config_.tpmTcti);
  auto session = vault.signIn(operatorId, secret);
  if (!session) {
    qint64 lockedUntil = 0;
    if (auto op = vault.findOperator(operatorId); op && *op && (*op)->lockedUntil)
      lockedUntil = *(*op)->lockedUntil;
    emit signInFailed(session.error().code, session.error().message, lockedUntil);
    return;
  }
  session_ = std::move(*session);
  if (reference_ && reference_->keys && !config_.deviceId.isEmpty()) {
    if (const auto key = reference_->keys->sealingKeyAt(clock_.nowMs() / 1000)) {
      if (auto added = vault.ensureRecoverySlot(*session_, *key, config_.deviceId); !added)
        qCWarning(lcStore) << "recovery slot not added:" << added.error().code;
    }
  }
  emit signedIn(session_->operatorId, toString(session_->role));
}

void StoreWorker::signOut() {
  session_.reset(); // SecureBytes wipes the data key
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
  auto outcome =
      queue.finalise(*session_, *reference_, answers,
                     consentAtMs > 0 ? std::optional<qint64>(consentAtMs) : std::nullopt, draftId);
  if (!outcome) {
    emit finaliseRefused(outcome.error().code, outcome.error().message, {});
  } else if (!outcome->ok()) {
    emit finaliseRefused(QStringLiteral("invalid"), {}, errorsToVariant(outcome->errors));
  } else {
    emit finalised(outcome->recordId);
    refreshCounts();
  }
}

void StoreWorker::refreshCounts() {
  if (!db_)
    return;
  RecordReader reader(*db_);
  auto counts = reader.countByStatus();
  if (!counts)
    return;
  QVariantMap map;
  for (auto it = counts->cbegin(); it != counts->cend(); ++it)
    map.insert(toString(it.key()), it.value());
  const qint64 midnight =
      QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch(); // local time
  auto today =
      db_->prepare("SELECT count(*) FROM records WHERE captured_at >= ? AND origin_device IS NULL");
  if (today) {
    today->bind(1, midnight);
    if (auto row = today->step(); row && *row)
      map.insert(QStringLiteral("today"), today->int64(0));
  }
  if (auto oldest = reader.oldestQueuedCapturedAt(); oldest && *oldest)
    map.insert(QStringLiteral("oldestQueuedMs"), **oldest);
  emit countsChanged(map);
}

void StoreWorker::findRecords(const QString& query, int limit) {
  if (!db_)
    return;
  // Receipt id or registry number only: records are never searched by
  // personal data (which may already be purged anyway).
  const QString q = query.trimmed();
  auto stmt = q.isEmpty() ? db_->prepare("SELECT id FROM records ORDER BY created_at DESC LIMIT ?2")
                          : db_->prepare("SELECT id FROM records WHERE id LIKE ?1 || '%' OR "
                                         "registry_number LIKE ?1 || '%' ORDER BY created_at DESC "
                                         "LIMIT ?2");
  if (!stmt)
    return;
  if (!q.isEmpty())
    stmt->bind(1, q.toLower().startsWith(u"ie-") ? q.toUpper() : q.toLower());
  stmt->bind(2, limit);
  QStringList ids;
  while (auto row = stmt->step()) {
    if (!*row)
      break;
    ids << stmt->text(0);
  }
  QVariantList records;
  RecordReader reader(*db_);
  for (const QString& id : std::as_const(ids)) {
    if (auto meta = reader.find(id); meta && *meta)
      records.append(metaToVariant(**meta));
  }
  emit recordsFound(query, records);
}

void StoreWorker::openReceipt(const QString& recordId) {
  if (!db_)
    return;
  auto meta = RecordReader(*db_).find(recordId);
  if (!meta || !*meta)
    return;
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

void StoreWorker::reloadReference() {
  if (!db_)
    return;
  ReferenceDataStore refdata(*db_);
  QByteArray bodies[3];
  const char* names[3] = {"form", "gazetteer", "keys"};
  for (int i = 0; i < 3; ++i) {
    if (auto doc = refdata.get(QString::fromLatin1(names[i])); doc && *doc)
      bodies[i] = (*doc)->body;
  }
  auto set = refdata::ReferenceSet::fromDocuments(bodies[0], bodies[1], bodies[2]);
  if (!set) {
    qCWarning(lcStore) << "reference data does not parse:" << set.error().code;
    return;
  }
  reference_ = std::make_shared<const refdata::ReferenceSet>(std::move(*set));
  emit referenceChanged(reference_);
}

} // namespace camie::store
