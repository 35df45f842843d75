#include "core/sync/sync_service.h"

#include "core/sync/sync_worker.h"

namespace camie::sync {

SyncService::SyncService(Config config, QObject* parent) : QObject(parent) {
  qRegisterMetaType<camie::sync::SyncStatus>();
  thread_.setObjectName(QStringLiteral("camie-sync"));
  worker_ = new SyncWorker(std::move(config)); // deleted on the worker thread when it ends
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(worker_, &SyncWorker::statusChanged, this, [this](const SyncStatus& s) {
    status_ = s;
    emit statusChanged(s);
  });
  connect(worker_, &SyncWorker::referenceDataChanged, this, &SyncService::referenceDataChanged);
  connect(worker_, &SyncWorker::statisticsReady, this, &SyncService::statisticsReady);
  connect(worker_, &SyncWorker::statisticsFailed, this, &SyncService::statisticsFailed);
}

SyncService::~SyncService() {
  thread_.quit();
  thread_.wait();
}

void SyncService::start() {
  thread_.start();
  QMetaObject::invokeMethod(worker_, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncService::fetchStatistics() {
  QMetaObject::invokeMethod(worker_, &SyncWorker::fetchStatistics, Qt::QueuedConnection);
}

void SyncService::syncNow() {
  QMetaObject::invokeMethod(worker_, &SyncWorker::runNow, Qt::QueuedConnection);
}

} // namespace camie::sync
