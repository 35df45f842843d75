#include "core/sync/sync_worker.h"

#include "core/logging/log_categories.h"
#include "core/store/device_identity.h"
#include "core/store/kiosk_database.h"
#include "core/store/outgoing_queue.h"
#include "core/store/reference_data_store.h"
#include "core/store/settings_store.h"
#include "core/sync/sync_runner.h"

#include <random>

namespace camie::sync {
namespace {
constexpr qint64 kReferenceEveryMs = 6LL * 3600 * 1000; // reference data: every 6 hours
} // namespace

SyncWorker::SyncWorker(SyncService::Config config)
    : config_(std::move(config)),
      clockOwner_(config_.clock ? config_.clock : std::make_shared<SystemClock>()),
      clock_(*clockOwner_) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start() {
  timer_ = new QTimer(this);
  timer_->setSingleShot(true);
  connect(timer_, &QTimer::timeout, this, &SyncWorker::runNow);
  auto db = store::KioskDatabase::open(config_.databasePath, store::KioskDatabase::Create::Never);
  if (!db) {
    status_.state = SyncStatus::State::Error;
    status_.errorCode = db.error().code;
    status_.message = db.error().message;
    publish();
    return;
  }
  db_ = std::move(*db);
  if (auto identity = store::DeviceIdentity::read(*db_, config_.deviceId))
    config_.deviceId = identity->deviceId;
  if (config_.endpoint.userId.isEmpty())
    config_.endpoint.userId = store::DeviceIdentity::xroadUserIdOf(config_.deviceId);
  if (auto last = store::SettingsStore(*db_).get(QStringLiteral("sync_last_success"));
      last && *last)
    status_.lastSuccessMs = (*last)->toLongLong();
  http_ = std::make_unique<HttpClient>(config_.settings.transport);
  client_ = std::make_unique<RegistryClient>(*http_, config_.endpoint, clock_);
  std::random_device seed;
  runner_ = std::make_unique<SyncRunner>(*db_, clock_, *client_, config_.settings, config_.deviceId,
                                         config_.retentionDays, (quint64{seed()} << 32) | seed());
  runNow();
}

void SyncWorker::publish() {
  emit statusChanged(status_);
}

void SyncWorker::runNow() {
  if (!runner_)
    return;
  timer_->stop();
  status_.state = SyncStatus::State::Connecting;
  publish();

  if (clock_.nowMs() - lastReferenceMs_ > kReferenceEveryMs) {
    store::ReferenceDataStore refdata(*db_);
    auto changed = runner_->refreshReference(refdata);
    if (changed.ok()) {
      lastReferenceMs_ = clock_.nowMs();
      if (changed.value() > 0)
        emit referenceDataChanged();
    }
  }
  const auto progress = [this](const SyncProgress& p) {
    status_.state = SyncStatus::State::Syncing;
    status_.done = p.done;
    status_.total = p.total;
    publish();
  };
  // Never wait inside the worker: the timer brings it back when a record is due.
  const DrainSummary s = runner_->drain(
      0, [](qint64) { return false; }, startUp_, progress);
  startUp_ = false;
  status_.queued = s.remaining;
  const auto failure = s.stoppedBy ? s.stoppedBy : s.lastFailure;
  if (s.stoppedBy && SyncRunner::isPermanent(*s.stoppedBy)) {
    status_.state = SyncStatus::State::Error;
  } else if (failure && (s.requests == 0 || s.accepted + s.duplicate + s.rejected == 0) &&
             !s.complete) {
    status_.state = SyncStatus::State::Offline;
  } else {
    status_.state = SyncStatus::State::Idle;
  }
  if (status_.state == SyncStatus::State::Idle) {
    status_.errorCode.clear();
    status_.message.clear();
    if (s.requests > 0 || s.complete) {
      status_.lastSuccessMs = clock_.nowMs();
      (void)store::SettingsStore(*db_).set(QStringLiteral("sync_last_success"),
                                           QString::number(status_.lastSuccessMs));
    }
  } else if (failure) {
    status_.errorCode = failure->error.code;
    status_.message = failure->error.message;
  }
  qCInfo(lcSync) << "sync run:" << s.accepted << "accepted," << s.remaining << "left";
  publish();
  scheduleNext();
}

void SyncWorker::scheduleNext() {
  qint64 delay = config_.settings.intervalSeconds * 1000LL;
  store::OutgoingQueue queue(*db_, clock_, config_.retentionDays);
  if (auto next = queue.nextDueAt(); next && *next)
    delay = qBound<qint64>(1000, **next - clock_.nowMs(), delay);
  timer_->start(static_cast<int>(delay));
}

void SyncWorker::fetchStatistics() {
  if (!client_) {
    emit statisticsFailed(status_.message);
    return;
  }
  auto statistics = client_->provinceStatistics();
  if (statistics.ok())
    emit statisticsReady(statistics.value());
  else
    emit statisticsFailed(statistics.error().error.message);
}

} // namespace camie::sync
