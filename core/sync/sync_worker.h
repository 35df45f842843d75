// SyncWorker: the part of SyncService that lives on the worker thread. Not
// for use on its own.
#pragma once

#include "core/sync/sync_service.h"

#include <QTimer>

#include <memory>

namespace camie::store {
class SqliteDatabase;
}

namespace camie::sync {

class HttpClient;
class RegistryClient;
class SyncRunner;

class SyncWorker : public QObject {
  Q_OBJECT

public:
  explicit SyncWorker(SyncService::Config config);
  ~SyncWorker() override;

public slots:
  void start();
  void runNow();
  void fetchStatistics();

signals:
  void statusChanged(const camie::sync::SyncStatus& status);
  void referenceDataChanged();
  void statisticsReady(const QJsonObject& statistics);
  void statisticsFailed(const QString& message);

private:
  void publish();
  void scheduleNext();

  SyncService::Config config_;
  std::shared_ptr<const Clock> clockOwner_;
  const Clock& clock_;
  std::unique_ptr<store::SqliteDatabase> db_;
  std::unique_ptr<HttpClient> http_;
  std::unique_ptr<RegistryClient> client_;
  std::unique_ptr<SyncRunner> runner_;
  QTimer* timer_ = nullptr;
  SyncStatus status_;
  bool startUp_ = true;
  qint64 lastReferenceMs_ = 0;
};

} // namespace camie::sync
