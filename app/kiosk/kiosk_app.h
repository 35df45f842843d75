// KioskApp: everything camie-kiosk runs, wired from a configuration — the
// store and sync services on their threads, the language, the QML engine and
// its window. main() and the end-to-end test both build one.
#pragma once

#include "app/config/kiosk_config.h"
#include "app/kiosk/khmer_composite_keys.h"
#include "app/kiosk/kiosk_bundle_backend.h"
#include "app/kiosk/kiosk_settings_backend.h"
#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "ui/models/language_controller.h"

#include <QQmlApplicationEngine>

#include <memory>

class QQuickWindow;

namespace camie::app {

class KioskApp {
public:
  KioskApp(const KioskConfig& config, const QString& language);
  ~KioskApp();
  KioskApp(const KioskApp&) = delete;
  KioskApp& operator=(const KioskApp&) = delete;

  // Starts the services and loads the QML; the window is not shown yet.
  // Errors: "ui_failed" when the QML does not load.
  [[nodiscard]] Result<QQuickWindow*> start();

  store::KioskStoreService& store() { return store_; }
  sync::SyncService* sync() { return sync_.get(); }
  ui::LanguageController& language() { return language_; }
  QQmlApplicationEngine& engine() { return engine_; }

private:
  KioskConfig config_;
  std::shared_ptr<const Clock> clock_; // the system clock: the one place the kiosk picks it
  store::KioskStoreService store_;
  std::unique_ptr<sync::SyncService> sync_;
  ui::LanguageController language_{nullptr};
  KioskSettingsBackend settings_;
  KioskBundleBackend bundles_;
  KhmerCompositeKeys khmerKeys_; // on the application: every window's keys
  QQmlApplicationEngine engine_;
};

} // namespace camie::app
