// ProvinceStatistics: the stats/provinces document — registrations per
// province (counts seeded with --seed-stats plus those the simulator
// accepted), ranked, with each province's names from the gazetteer.
#pragma once

#include "core/domain/gazetteer.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace camie::sim {

class ProvinceStatistics {
public:
  // A JSON object of province code → registrations, e.g. {"12": 5210, "02": 393}.
  // Errors: "io_error", "bad_seed_stats".
  [[nodiscard]] static Result<QHash<QString, qint64>> loadSeed(const QString& path);

  // {"asOf", "total", "provinces": [{code, name_en, name_km, registrations, rank}]}:
  // every province of the gazetteer, most registrations first (ties by code,
  // sharing a rank: 1, 2, 2, 4).
  static QJsonObject build(const domain::Gazetteer& gazetteer, const QHash<QString, qint64>& seeded,
                           const QHash<QString, qint64>& accepted, const QDateTime& asOf);
};

} // namespace camie::sim
