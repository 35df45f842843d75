#include "core/domain/gazetteer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace camie::domain {

namespace {

Error gazetteerError(const QString& message) {
  return makeError(QStringLiteral("invalid_gazetteer"), message);
}

bool isUnitCode(const QString& code) {
  if (code.isEmpty() || code.size() > 8 || code.size() % 2 != 0)
    return false;
  return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

Gazetteer::Gazetteer(std::shared_ptr<const Data> data) : d_(std::move(data)) {}

Result<Gazetteer> Gazetteer::fromJson(QByteArrayView json) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(QStringLiteral("invalid_json"),
                     QStringLiteral("gazetteer: not valid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
  auto data = std::make_shared<Data>();
  QJsonArray units;
  if (doc.isArray()) {
    units = doc.array();
  } else {
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("units")).isArray() ||
        !root.value(QStringLiteral("version")).isString())
      return gazetteerError(QStringLiteral("gazetteer: expected an object with a 'version' string "
                                           "and a 'units' array"));
    data->version = root.value(QStringLiteral("version")).toString();
    units = root.value(QStringLiteral("units")).toArray();
  }
  if (units.isEmpty())
    return gazetteerError(QStringLiteral("gazetteer: no units"));

  data->units.reserve(static_cast<std::size_t>(units.size()));
  for (qsizetype i = 0; i < units.size(); ++i) {
    const QJsonObject obj = units.at(i).toObject();
    Unit unit{obj.value(QStringLiteral("code")).toString(),
              obj.value(QStringLiteral("km")).toString(),
              obj.value(QStringLiteral("en")).toString()};
    if (!isUnitCode(unit.code))
      return gazetteerError(
          QStringLiteral("gazetteer: unit %1: the code must be a string of 2, 4, 6 or 8 digits")
              .arg(i));
    if (unit.km.trimmed().isEmpty() || unit.en.trimmed().isEmpty())
      return gazetteerError(
          QStringLiteral("gazetteer: unit '%1': 'km' and 'en' names must be non-empty")
              .arg(unit.code));
    data->units.push_back(std::move(unit));
  }
  std::sort(data->units.begin(), data->units.end(),
            [](const Unit& a, const Unit& b) { return a.code < b.code; });

  data->byCode.reserve(units.size());
  for (std::size_t i = 0; i < data->units.size(); ++i) {
    const Unit& unit = data->units[i];
    if (data->byCode.contains(unit.code))
      return gazetteerError(QStringLiteral("gazetteer: unit '%1' is listed twice").arg(unit.code));
    const QString parent = unit.parentCode();
    // Sorted by code, so a parent always comes before its children.
    if (!parent.isEmpty() && !data->byCode.contains(parent))
      return gazetteerError(QStringLiteral("gazetteer: unit '%1': its parent '%2' is missing")
                                .arg(unit.code, parent));
    const auto index = static_cast<qsizetype>(i);
    data->byCode.insert(unit.code, index);
    data->childrenByCode[parent].append(index);
    ++data->counts[static_cast<std::size_t>(unit.level())];
  }
  return Gazetteer(std::move(data));
}

const QString& Gazetteer::version() const {
  return d_->version;
}

qsizetype Gazetteer::size() const {
  return static_cast<qsizetype>(d_->units.size());
}

qsizetype Gazetteer::count(Level level) const {
  return d_->counts[static_cast<std::size_t>(level)];
}

const Gazetteer::Unit* Gazetteer::find(const QString& code) const {
  const auto it = d_->byCode.constFind(code);
  return it == d_->byCode.cend() ? nullptr : &d_->units[static_cast<std::size_t>(*it)];
}

QList<const Gazetteer::Unit*> Gazetteer::children(const QString& parentCode) const {
  QList<const Unit*> result;
  const auto it = d_->childrenByCode.constFind(parentCode);
  if (it == d_->childrenByCode.cend())
    return result;
  result.reserve(it->size());
  for (const qsizetype index : *it)
    result.append(&d_->units[static_cast<std::size_t>(index)]);
  return result;
}

QList<const Gazetteer::Unit*> Gazetteer::provinces() const {
  return children(QString());
}

bool Gazetteer::isVillage(const QString& code) const {
  return code.size() == 8 && d_->byCode.contains(code);
}

} // namespace camie::domain
