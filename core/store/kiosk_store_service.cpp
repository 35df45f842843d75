#include "core/store/kiosk_store_service.h"

#include "core/store/store_worker.h"

namespace camie::store {

KioskStoreService::KioskStoreService(Config config, QObject* parent) : QObject(parent) {
  qRegisterMetaType<std::shared_ptr<const camie::refdata::ReferenceSet>>();
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
  connect(worker_, &StoreWorker::signedOut, this, [this] {
    signedInOperator_.clear();
    signedInRole_.reset();
    emit signedOut();
  });
  connect(worker_, &StoreWorker::finalised, this, &KioskStoreService::finalised);
  connect(worker_, &StoreWorker::finaliseRefused, this, &KioskStoreService::finaliseRefused);
  connect(worker_, &StoreWorker::countsChanged, this, &KioskStoreService::countsChanged);
  connect(worker_, &StoreWorker::recordsFound, this, &KioskStoreService::recordsFound);
  connect(worker_, &StoreWorker::receiptReady, this, &KioskStoreService::receiptReady);
  connect(worker_, &StoreWorker::reopened, this, &KioskStoreService::reopened);
  connect(worker_, &StoreWorker::reopenFailed, this, &KioskStoreService::reopenFailed);
  connect(worker_, &StoreWorker::duplicatesChecked, this, &KioskStoreService::duplicatesChecked);
  connect(worker_, &StoreWorker::duplicateAllowed, this, &KioskStoreService::duplicateAllowed);
  connect(worker_, &StoreWorker::duplicateRefused, this, &KioskStoreService::duplicateRefused);
  connect(worker_, &StoreWorker::referenceChanged, this,
          [this](const std::shared_ptr<const refdata::ReferenceSet>& reference) {
            reference_ = reference;
            emit referenceChanged(reference);
          });
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
  QMetaObject::invokeMethod(worker_, "signIn", Qt::QueuedConnection, Q_ARG(QString, operatorId),
                            Q_ARG(QString, secret));
}

void KioskStoreService::signOut() {
  QMetaObject::invokeMethod(worker_, &StoreWorker::signOut, Qt::QueuedConnection);
}

void KioskStoreService::finalise(const QJsonObject& answers, qint64 consentAtMs,
                                 const QString& draftId) {
  QMetaObject::invokeMethod(worker_, "finalise", Qt::QueuedConnection, Q_ARG(QJsonObject, answers),
                            Q_ARG(qint64, consentAtMs), Q_ARG(QString, draftId));
}

void KioskStoreService::refreshCounts() {
  QMetaObject::invokeMethod(worker_, &StoreWorker::refreshCounts, Qt::QueuedConnection);
}

void KioskStoreService::findRecords(const QString& query, int limit) {
  QMetaObject::invokeMethod(worker_, "findRecords", Qt::QueuedConnection, Q_ARG(QString, query),
                            Q_ARG(int, limit));
}

void KioskStoreService::openReceipt(const QString& recordId) {
  QMetaObject::invokeMethod(worker_, "openReceipt", Qt::QueuedConnection, Q_ARG(QString, recordId));
}

void KioskStoreService::reopen(const QString& recordId) {
  QMetaObject::invokeMethod(worker_, "reopen", Qt::QueuedConnection, Q_ARG(QString, recordId));
}

void KioskStoreService::reloadReference() {
  QMetaObject::invokeMethod(worker_, &StoreWorker::reloadReference, Qt::QueuedConnection);
}

void KioskStoreService::checkDuplicates(const QJsonObject& answers) {
  QMetaObject::invokeMethod(
      worker_, [worker = worker_, answers] { worker->checkDuplicates(answers); },
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
