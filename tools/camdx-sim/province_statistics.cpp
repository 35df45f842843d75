#include "tools/camdx-sim/province_statistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace camie::sim {

Result<QHash<QString, qint64>> ProvinceStatistics::loadSeed(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1.").arg(path));
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    return makeError(QStringLiteral("bad_seed_stats"),
                     QStringLiteral("%1 is not a JSON object of province code → count.").arg(path));
  QHash<QString, qint64> seeded;
  const QJsonObject o = doc.object();
  for (auto it = o.begin(); it != o.end(); ++it) {
    if (it.key().size() != 2 || !it.value().isDouble() || it.value().toDouble() < 0)
      return makeError(QStringLiteral("bad_seed_stats"),
                       QStringLiteral("%1: \"%2\" is not a 2-digit province code with a count.")
                           .arg(path, it.key()));
    seeded.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
  }
  return seeded;
}

QJsonObject ProvinceStatistics::build(const domain::Gazetteer& gazetteer,
                                      const QHash<QString, qint64>& seeded,
                                      const QHash<QString, qint64>& accepted,
                                      const QDateTime& asOf) {
  struct Row {
    const domain::Gazetteer::Unit* unit;
    qint64 registrations;
  };
  std::vector<Row> rows;
  qint64 total = 0;
  for (const auto* unit : gazetteer.provinces()) {
    const qint64 n = seeded.value(unit->code) + accepted.value(unit->code);
    rows.push_back({unit, n});
    total += n;
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.registrations > b.registrations; // provinces() is already sorted by code
  });
  QJsonArray provinces;
  int rank = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i == 0 || rows[i].registrations != rows[i - 1].registrations)
      rank = static_cast<int>(i) + 1;
    provinces.append(QJsonObject{{QStringLiteral("code"), rows[i].unit->code},
                                 {QStringLiteral("name_en"), rows[i].unit->en},
                                 {QStringLiteral("name_km"), rows[i].unit->km},
                                 {QStringLiteral("registrations"), rows[i].registrations},
                                 {QStringLiteral("rank"), rank}});
  }
  return {{QStringLiteral("asOf"), asOf.toUTC().toString(Qt::ISODateWithMs)},
          {QStringLiteral("total"), total},
          {QStringLiteral("provinces"), provinces}};
}

} // namespace camie::sim
