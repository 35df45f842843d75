// The technician's screens (settings, USB bundles, leaving kiosk mode) are
// refused here, in the backends, unless a technician is signed in: the QML
// that hides them from others is not the only lock. The operator id the
// screen passes must be the one signed in.
#pragma once

#include "core/store/kiosk_store_service.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <optional>

namespace camie::app {

inline std::optional<Error> technicianRefusal(const store::KioskStoreService& store,
                                              const QString& actor) {
  if (store.session().signedInAtLeast(store::OperatorRole::Technician) &&
      store.session().signedInOperator() == actor)
    return std::nullopt;
  return makeError(ErrorKind::NotAllowed,
                   QCoreApplication::translate("camie::app::TechnicianCheck",
                                               "Only a signed-in technician can do this."));
}

} // namespace camie::app
