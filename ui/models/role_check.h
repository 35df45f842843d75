// The technician's view-models (TransferModel, SettingsModel) check the
// signed-in role themselves, from the store service that signed the operator
// in — the QML that hides their screens from others is not the only lock.
#pragma once

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"

namespace camie::ui {

// A technician is signed in and is `actor` (the id the screen passes).
inline bool technicianSignedInAs(const QString& actor) {
  const auto* store = KioskServices::instance().store.data();
  return store && store->session().signedInAtLeast(store::OperatorRole::Technician) &&
         store->session().signedInOperator() == actor;
}

} // namespace camie::ui
