// KioskServices: the core services the view-models talk to, set once by the
// application before QML loads (QML tests may leave them unset: view-models
// then show their empty state). Not exposed to QML itself.
#pragma once

#include "core/input/keyboard_mode.h"

#include <QPointer>

namespace camie::store {
class KioskStoreService;
}
namespace camie::sync {
class SyncService;
}

namespace camie::ui {

class BundleBackend;
class SettingsBackend;

struct KioskServices {
  QPointer<store::KioskStoreService> store;
  QPointer<sync::SyncService> sync; // null when no [sync] endpoint is configured
  int idleLockSeconds = 120;
  input::KeyboardMode keyboardMode = input::KeyboardMode::Auto; // config ui/on_screen_keyboard
  SettingsBackend* settings = nullptr; // the technician's settings; null in QML tests
  BundleBackend* bundles = nullptr;    // USB bundles; null in QML tests

  static KioskServices& instance() {
    static KioskServices services;
    return services;
  }
};

} // namespace camie::ui
