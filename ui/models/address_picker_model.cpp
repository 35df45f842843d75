#include "ui/models/address_picker_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

namespace camie::ui {
namespace {
constexpr int kMaxResults = 60;
} // namespace

AddressPickerModel::AddressPickerModel(QObject* parent) : QObject(parent) {
  if (auto* store = KioskServices::instance().store.data()) {
    if (const auto reference = store->reference(); reference && reference->gazetteer)
      setGazetteer(*reference->gazetteer);
    connect(store, &store::KioskStoreService::referenceChanged, this,
            [this](const std::shared_ptr<const refdata::ReferenceSet>& reference) {
              if (reference && reference->gazetteer)
                setGazetteer(*reference->gazetteer);
            });
  }
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &AddressPickerModel::refresh);
}

void AddressPickerModel::setGazetteer(const domain::Gazetteer& gazetteer) {
  gazetteer_ = gazetteer;
  searchable_.clear();
  QStringList level = {QString()};
  for (int depth = 0; depth < 4; ++depth) {
    QStringList next;
    for (const QString& parent : level) {
      for (const auto* unit :
           parent.isEmpty() ? gazetteer_->provinces() : gazetteer_->children(parent)) {
        searchable_.append({unit, unit->km, unit->en.toLower()});
        next << unit->code;
      }
    }
    level = next;
  }
  reset();
}

QString AddressPickerModel::name(const domain::Gazetteer::Unit& unit) const {
  const auto* language = LanguageController::provided();
  return language && language->code() == u"en" ? unit.en : unit.km;
}

QVariantList AddressPickerModel::path() const {
  QVariantList list;
  for (const QString& code : path_) {
    if (const auto* unit = gazetteer_ ? gazetteer_->find(code) : nullptr)
      list.append(
          QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name(*unit)}});
  }
  return list;
}

QString AddressPickerModel::describe(const QString& villageCode) const {
  if (!gazetteer_)
    return villageCode;
  QStringList parts;
  for (qsizetype length = villageCode.size(); length >= 2; length -= 2) {
    if (const auto* unit = gazetteer_->find(villageCode.left(length)))
      parts << name(*unit);
  }
  return parts.join(QStringLiteral(", "));
}

void AddressPickerModel::setQuery(const QString& query) {
  if (query_ == query)
    return;
  query_ = query;
  refresh();
}

void AddressPickerModel::reset() {
  path_.clear();
  query_.clear();
  refresh();
}

void AddressPickerModel::choose(const QString& code) {
  if (!gazetteer_ || !gazetteer_->find(code))
    return;
  if (gazetteer_->isVillage(code)) {
    emit villageChosen(code);
    return;
  }
  path_.clear();
  for (qsizetype length = 2; length <= code.size(); length += 2)
    path_ << code.left(length);
  query_.clear();
  refresh();
}

void AddressPickerModel::up() {
  if (!path_.isEmpty())
    path_.removeLast();
  refresh();
}

void AddressPickerModel::refresh() {
  items_.clear();
  if (gazetteer_) {
    const QString q = query_.trimmed();
    if (q.isEmpty()) {
      const auto units =
          path_.isEmpty() ? gazetteer_->provinces() : gazetteer_->children(path_.last());
      for (const auto* unit : units)
        items_.append(QVariantMap{{QStringLiteral("code"), unit->code},
                                  {QStringLiteral("name"), name(*unit)},
                                  {QStringLiteral("detail"), QString()}});
    } else {
      const QString lower = q.toLower();
      const QString within = path_.isEmpty() ? QString() : path_.last();
      for (const Searchable& s : std::as_const(searchable_)) {
        if (!within.isEmpty() && !s.unit->code.startsWith(within))
          continue;
        if (!s.km.contains(q) && !s.en.contains(lower))
          continue;
        items_.append(QVariantMap{
            {QStringLiteral("code"), s.unit->code},
            {QStringLiteral("name"), name(*s.unit)},
            {QStringLiteral("detail"), describe(s.unit->code.left(s.unit->code.size() - 2))}});
        if (items_.size() >= kMaxResults)
          break;
      }
    }
  }
  emit changed();
}

} // namespace camie::ui
