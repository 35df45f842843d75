#include "ui/models/settings_model.h"

#include "ui/models/kiosk_services.h"
#include "ui/models/role_check.h"
#include "ui/models/settings_backend.h"

#include <QPointer>

namespace camie::ui {

SettingsModel::SettingsModel(QObject* parent) : QObject(parent) {
  reload();
}

bool SettingsModel::available() const {
  return KioskServices::instance().settings != nullptr;
}

void SettingsModel::reload() {
  if (auto* backend = KioskServices::instance().settings)
    values_ = backend->values();
  message_.clear();
  emit changed();
}

void SettingsModel::setValue(const QString& key, const QVariant& value) {
  values_.insert(key, value);
  emit changed();
}

void SettingsModel::check() {
  auto* backend = KioskServices::instance().settings;
  if (!backend || busy_)
    return;
  const auto* store = KioskServices::instance().store.data();
  if (!store || !technicianSignedInAs(store->session().signedInOperator()))
    return refuse();
  busy_ = true;
  message_ = tr("Checking the connection…");
  emit changed();
  QPointer<SettingsModel> self(this);
  backend->check(values_, [self](bool ok, const QString& words) {
    if (!self)
      return;
    self->busy_ = false;
    self->lastOk_ = ok;
    self->message_ = words;
    emit self->changed();
  });
}

void SettingsModel::refuse() {
  lastOk_ = false;
  message_ = tr("Only a signed-in technician can check or save the settings.");
  emit changed();
}

void SettingsModel::save(const QString& operatorId) {
  auto* backend = KioskServices::instance().settings;
  if (!backend)
    return;
  if (!technicianSignedInAs(operatorId))
    return refuse();
  auto saved = backend->save(values_, operatorId);
  lastOk_ = saved.ok();
  message_ =
      saved ? tr("Saved in %1. The kiosk uses the new settings from its next start.").arg(*saved)
            : saved.error().message;
  emit changed();
}

} // namespace camie::ui
