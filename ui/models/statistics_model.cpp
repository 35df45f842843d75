#include "ui/models/statistics_model.h"

#include "core/sync/sync_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

#include <QJsonArray>

namespace camie::ui {

StatisticsModel::StatisticsModel(QObject* parent) : QObject(parent) {
  if (auto* sync = KioskServices::instance().sync.data()) {
    connect(sync, &sync::SyncService::statisticsReady, this, &StatisticsModel::setStatistics);
    connect(sync, &sync::SyncService::statisticsFailed, this, [this](const QString& message) {
      loading_ = false;
      problem_ = message;
      emit changed();
    });
  }
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &StatisticsModel::changed);
}

void StatisticsModel::refresh() {
  auto* sync = KioskServices::instance().sync.data();
  if (!sync) {
    problem_ = tr("Statistics come from the registry, and sync is not set up on this kiosk.");
    emit changed();
    return;
  }
  loading_ = true;
  problem_.clear();
  emit changed();
  sync->fetchStatistics();
}

void StatisticsModel::setStatistics(const QJsonObject& statistics) {
  loading_ = false;
  problem_.clear();
  total_ = statistics.value(QStringLiteral("total")).toInt();
  asOf_ = QDateTime::fromString(statistics.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
  raw_ = statistics.value(QStringLiteral("provinces")).toArray().toVariantList();
  emit changed();
}

QVariantList StatisticsModel::provinces() const {
  const auto* language = LanguageController::provided();
  const bool english = language && language->code() == u"en";
  QVariantList list;
  for (const QVariant& v : raw_) {
    const QVariantMap p = v.toMap();
    list.append(
        QVariantMap{{QStringLiteral("code"), p.value(QStringLiteral("code"))},
                    {QStringLiteral("name"),
                     p.value(english ? QStringLiteral("name_en") : QStringLiteral("name_km"))},
                    {QStringLiteral("registrations"), p.value(QStringLiteral("registrations"))},
                    {QStringLiteral("rank"), p.value(QStringLiteral("rank"))}});
  }
  return list;
}

} // namespace camie::ui
