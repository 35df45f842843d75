#include "core/store/kiosk_store_service.h"

#include "core/store/store_worker.h"

namespace camie::store {

KioskStoreService::KioskStoreService(Config config, QObject* parent) : QObject(parent) {
  qRegisterMetaType<std::shared_ptr<const camie::refdata::ReferenceSet>>();
  qRegisterMetaType<camie::store::SavedDraft>();
  qRegisterMetaType<SignInRefusal>();
  qRegisterMetaType<camie::store::DuplicateReport>();
  thread_.setObjectName(QStringLiteral("camie-store"));
  worker_ = new StoreWorker(std::move(config)); // deleted on its thread when the thread ends
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(worker_, &StoreWorker::ready, this, &KioskStoreService::ready);
  connect(worker_, &StoreWorker::signedIn, this,
          [this](const QString& operatorId, const QString& role) {
            signedInOperator_ = operatorId;
            signedInRole_ = operatorRoleFromString(role);
            emit signedIn(operatorId, role);
          });
  connect(worker_, &StoreWorker::signInFailed, this, &KioskStoreService::signInFailed);
  connect(worker_, &StoreWorker::secretChangeRequired, this,
          &KioskStoreService::secretChangeRequired);
  connect(worker_, &StoreWorker::secretChanged, this,
          [this](const QString& operatorId, const QString& role) {
            signedInOperator_ = operatorId; // the worker holds this operator's session now
            signedInRole_ = operatorRoleFromString(role);
            emit secretChanged(operatorId, role);
          });
  connect(worker_, &StoreWorker::secretChangeFailed, this, &KioskStoreService::secretChangeFailed);
  connect(worker_, &StoreWorker::signedOut, this, [this] {
    signedInOperator_.clear();
    signedInRole_.reset();
    emit signedOut();
  });
  connect(worker_, &StoreWorker::finalised, this, &KioskStoreService::finalised);
  connect(worker_, &StoreWorker::finaliseRefused, this, &KioskStoreService::finaliseRefused);
  connect(worker_, &StoreWorker::countsChanged, this, &KioskStoreService::countsChanged);
  connect(worker_, &StoreWorker::countsFailed, this, &KioskStoreService::countsFailed);
  connect(worker_, &StoreWorker::recordsFound, this, &KioskStoreService::recordsFound);
  connect(worker_, &StoreWorker::recordsFailed, this, &KioskStoreService::recordsFailed);
  connect(worker_, &StoreWorker::recordOpened, this, &KioskStoreService::recordOpened);
  connect(worker_, &StoreWorker::recordOpenFailed, this, &KioskStoreService::recordOpenFailed);
  connect(worker_, &StoreWorker::receiptReady, this, &KioskStoreService::receiptReady);
  connect(worker_, &StoreWorker::receiptFailed, this, &KioskStoreService::receiptFailed);
  connect(worker_, &StoreWorker::referenceFailed, this, &KioskStoreService::referenceFailed);
  connect(worker_, &StoreWorker::reopened, this, &KioskStoreService::reopened);
  connect(worker_, &StoreWorker::reopenFailed, this, &KioskStoreService::reopenFailed);
  connect(worker_, &StoreWorker::duplicatesChecked, this, &KioskStoreService::duplicatesChecked);
  connect(worker_, &StoreWorker::duplicateAllowed, this, &KioskStoreService::duplicateAllowed);
  connect(worker_, &StoreWorker::duplicateRefused, this, &KioskStoreService::duplicateRefused);
  connect(worker_, &StoreWorker::cardCheckConfirmed, this, &KioskStoreService::cardCheckConfirmed);
  connect(worker_, &StoreWorker::cardCheckRefused, this, &KioskStoreService::cardCheckRefused);
  connect(worker_, &StoreWorker::referenceChanged, this,
          [this](const std::shared_ptr<const refdata::ReferenceSet>& reference) {
            reference_ = reference;
            emit referenceChanged(reference);
          });
  connect(worker_, &StoreWorker::draftSaved, this, &KioskStoreService::draftSaved);
  connect(worker_, &StoreWorker::draftFound, this, &KioskStoreService::draftFound);
  connect(worker_, &StoreWorker::draftDiscarded, this, &KioskStoreService::draftDiscarded);
  connect(worker_, &StoreWorker::draftFailed, this, &KioskStoreService::draftFailed);
}

KioskStoreService::~KioskStoreService() {
  thread_.quit();
  thread_.wait();
}

void KioskStoreService::start() {
  thread_.start();
  QMetaObject::invokeMethod(worker_, &StoreWorker::start, Qt::QueuedConnection);
}

void KioskStoreService::signIn(const QString& operatorId, const QString& secret) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, operatorId, secret] { w->signIn(operatorId, secret); },
      Qt::QueuedConnection);
}

void KioskStoreService::changeSecret(const QString& operatorId, const QString& oldSecret,
                                     const QString& newSecret) {
  QMetaObject::invokeMethod(
      worker_,
      [w = worker_, operatorId, oldSecret, newSecret] {
        w->changeSecret(operatorId, oldSecret, newSecret);
      },
      Qt::QueuedConnection);
}

void KioskStoreService::signOut() {
  QMetaObject::invokeMethod(worker_, &StoreWorker::signOut, Qt::QueuedConnection);
}

void KioskStoreService::finalise(const QJsonObject& answers, qint64 consentAtMs,
                                 const QString& draftId,
                                 const std::optional<domain::CardCheck>& card) {
  QMetaObject::invokeMethod(
      worker_,
      [worker = worker_, answers, consentAtMs, draftId, card] {
        worker->finalise(answers, consentAtMs, draftId, card);
      },
      Qt::QueuedConnection);
}

void KioskStoreService::refreshCounts() {
  QMetaObject::invokeMethod(worker_, &StoreWorker::refreshCounts, Qt::QueuedConnection);
}

void KioskStoreService::findRecords(const QString& query, int limit) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, query, limit] { w->findRecords(query, limit); }, Qt::QueuedConnection);
}

void KioskStoreService::openRecord(const QString& recordId) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, recordId] { w->openRecord(recordId); }, Qt::QueuedConnection);
}

void KioskStoreService::openReceipt(const QString& recordId) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, recordId] { w->openReceipt(recordId); }, Qt::QueuedConnection);
}

void KioskStoreService::reopen(const QString& recordId) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, recordId] { w->reopen(recordId); }, Qt::QueuedConnection);
}

void KioskStoreService::reloadReference() {
  QMetaObject::invokeMethod(worker_, &StoreWorker::reloadReference, Qt::QueuedConnection);
}

void KioskStoreService::saveDraft(const QJsonObject& answers, const QString& draftId) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, answers, draftId] { w->saveDraft(answers, draftId); },
      Qt::QueuedConnection);
}

void KioskStoreService::findDraft() {
  QMetaObject::invokeMethod(
      worker_, [w = worker_] { w->findDraft(); }, Qt::QueuedConnection);
}

void KioskStoreService::discardDraft(const QString& draftId) {
  QMetaObject::invokeMethod(
      worker_, [w = worker_, draftId] { w->discardDraft(draftId); }, Qt::QueuedConnection);
}

void KioskStoreService::checkDuplicates(const QJsonObject& answers) {
  QMetaObject::invokeMethod(
      worker_, [worker = worker_, answers] { worker->checkDuplicates(answers); },
      Qt::QueuedConnection);
}

void KioskStoreService::confirmCardCheck(const QString& supervisorId, const QString& secret,
                                         const QString& draftId, const QStringList& differing) {
  QMetaObject::invokeMethod(
      worker_,
      [worker = worker_, supervisorId, secret, draftId, differing] {
        worker->confirmCardCheck(supervisorId, secret, draftId, differing);
      },
      Qt::QueuedConnection);
}

void KioskStoreService::allowDuplicate(const QString& supervisorId, const QString& secret,
                                       const QString& existingRecordId) {
  QMetaObject::invokeMethod(
      worker_,
      [worker = worker_, supervisorId, secret, existingRecordId] {
        worker->allowDuplicate(supervisorId, secret, existingRecordId);
      },
      Qt::QueuedConnection);
}

} // namespace camie::store
