// SyncService: runs the sync engine on its own thread for the kiosk — with
// its own database connection and its own libcurl handle — every
// `interval` or sooner when a record comes due, at once on syncNow(), with or
// without an operator signed in. Reports SyncStatus through a queued signal;
// the GUI thread never waits on the network or the disk.
#pragma once

#include "core/sync/registry_client.h"
#include "core/sync/sync_settings.h"
#include "core/sync/sync_status.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <memory>

namespace camie::sync {

class SyncWorker;

class SyncService : public QObject {
  Q_OBJECT

public:
  struct Config {
    QString databasePath;
    SyncSettings settings;
    SyncEndpoint endpoint;
    QString deviceId;
    int retentionDays = 7;
    std::shared_ptr<const Clock> clock; // null: the system clock
  };

  explicit SyncService(Config config, QObject* parent = nullptr);
  ~SyncService() override;

  void start();
  void syncNow();
  // Asks the registry for the campaign statistics (statisticsReady or statisticsFailed).
  void fetchStatistics();
  const SyncStatus& status() const { return status_; }

signals:
  void statusChanged(const camie::sync::SyncStatus& status);
  // Reference data changed (a new form, gazetteer or keys): reload it.
  void referenceDataChanged();
  void statisticsReady(const QJsonObject& statistics);
  void statisticsFailed(const QString& message);

private:
  QThread thread_;
  SyncWorker* worker_ = nullptr;
  SyncStatus status_;
};

} // namespace camie::sync
