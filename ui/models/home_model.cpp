#include "ui/models/home_model.h"

#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

namespace camie::ui {

HomeModel::HomeModel(QObject* parent) : QObject(parent) {
  auto& services = KioskServices::instance();
  if (services.store) {
    connect(&services.store->records(), &store::RecordQueryService::countsChanged, this,
            &HomeModel::setCounts);
    connect(&services.store->records(), &store::RecordQueryService::countsFailed, this,
            [this](const QString& message) {
              countsProblem_ = message;
              emit changed();
            });
  }
  if (services.sync) {
    connect(services.sync, &sync::SyncService::statusChanged, this, &HomeModel::setSyncStatus);
    connect(services.sync, &sync::SyncService::statusChanged, this, [this] {
      if (auto* store = KioskServices::instance().store.data())
        store->records().refreshCounts();
    });
    sync_ = services.sync->status();
  }
  // Words made here follow the language like qsTr ones do.
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &HomeModel::changed);
  refresh();
}

int HomeModel::queued() const {
  return static_cast<int>(counts_.of(store::RecordStatus::Sealed) +
                          counts_.of(store::RecordStatus::Sending));
}

int HomeModel::sent() const {
  return static_cast<int>(counts_.of(store::RecordStatus::Accepted) +
                          counts_.of(store::RecordStatus::Duplicate));
}

QString HomeModel::syncState() const {
  using S = sync::SyncStatus::State;
  switch (sync_.state) {
  case S::Disabled:
    return QStringLiteral("disabled");
  case S::Idle:
    return QStringLiteral("idle");
  case S::Connecting:
    return QStringLiteral("connecting");
  case S::Syncing:
    return QStringLiteral("syncing");
  case S::Offline:
    return QStringLiteral("offline");
  case S::Error:
    return QStringLiteral("error");
  }
  return {};
}

QString HomeModel::syncWords() const {
  using S = sync::SyncStatus::State;
  switch (sync_.state) {
  case S::Disabled:
    return tr(
        "Sync is not set up on this kiosk. Registrations are kept safely until a technician connects it.");
  case S::Idle:
    return queued() == 0 ? tr("Everything is sent.") : tr("Connected. Waiting to send.");
  case S::Connecting:
    return tr("Connecting to the registry…");
  case S::Syncing:
    return tr("Sending %1 of %2…").arg(sync_.done).arg(sync_.total);
  case S::Offline:
    return tr("Offline. Registrations are kept safely and will be sent when the network is back.");
  case S::Error:
    return tr("Sync has stopped and needs a technician.");
  }
  return {};
}

QDateTime HomeModel::lastSuccess() const {
  // A sync run with nothing to send also succeeds; it sent nothing.
  const bool anySent = sent() + rejected() > 0;
  return anySent && sync_.lastSuccessMs > 0 ? QDateTime::fromMSecsSinceEpoch(sync_.lastSuccessMs)
                                            : QDateTime();
}

void HomeModel::refresh() {
  if (auto* store = KioskServices::instance().store.data())
    store->records().refreshCounts();
}

void HomeModel::syncNow() {
  if (auto* service = KioskServices::instance().sync.data())
    service->syncNow();
}

void HomeModel::setCounts(const store::StatusCounts& counts) {
  counts_ = counts;
  countsProblem_.clear();
  emit changed();
}

void HomeModel::setSyncStatus(const sync::SyncStatus& status) {
  sync_ = status;
  emit changed();
}

} // namespace camie::ui
