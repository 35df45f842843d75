// Gazetteer: Cambodia's administrative units (province, district, commune,
// village) from the `gazetteer` reference data, for the address picker and checks.
#pragma once

#include "core/util/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace camie::domain {

class Gazetteer {
public:
  enum class Level { Province, District, Commune, Village }; // 2, 4, 6 and 8 digits

  struct Unit {
    QString code; // "12010101"; a unit's parent is its code less the last two digits
    QString km;
    QString en;

    Level level() const { return static_cast<Level>(code.size() / 2 - 1); }
    QString parentCode() const { return code.left(code.size() - 2); } // "" for a province
  };

  // {"version": "...", "units": [{"code","km","en"}, ...]}, or the bare array
  // of units (as in the published data file; version() is then empty).
  // Errors (code "invalid_json" or "invalid_gazetteer") name the unit at fault.
  static Result<Gazetteer> fromJson(QByteArrayView json);

  const QString& version() const;
  qsizetype size() const;
  qsizetype count(Level level) const;

  const Unit* find(const QString& code) const;                  // nullptr if unknown
  QList<const Unit*> children(const QString& parentCode) const; // sorted by code
  QList<const Unit*> provinces() const;                         // sorted by code
  bool isVillage(const QString& code) const;

private:
  struct Data {
    QString version;
    std::vector<Unit> units;                         // sorted by code
    QHash<QString, qsizetype> byCode;                // code → index in units
    QHash<QString, QList<qsizetype>> childrenByCode; // parent code ("" for provinces) → indexes
    std::array<qsizetype, 4> counts{};               // units per level
  };
  explicit Gazetteer(std::shared_ptr<const Data> data);

  std::shared_ptr<const Data> d_; // shared, so copies are cheap and Unit pointers stay valid
};

} // namespace camie::domain
