// SettingsBackend: what the technician's settings screen needs from the
// application — the settings in effect, a connection check done the way
// `camie-kioskctl sync check` does it, and saving — behind an interface, so
// ui/ does not depend on app/. The application provides one in
// KioskServices; without one the screen shows that settings cannot be edited.
#pragma once

#include "core/util/result.h"

#include <QVariantMap>

#include <functional>

namespace camie::ui {

class SettingsBackend {
public:
  virtual ~SettingsBackend() = default;

  // Values by kiosk.conf key: "sync/endpoint", "sync/connection", "sync/client",
  // "sync/service", "sync/ca_file", "sync/cert_file", "sync/key_file",
  // "sync/proxy", "ui/idle_lock_seconds", "ui/language".
  virtual QVariantMap values() const = 0;
  // Off the GUI thread; `done` runs on the GUI thread with the outcome in words.
  virtual void check(const QVariantMap& values, std::function<void(bool, QString)> done) = 0;
  // Validates and writes the configuration; they apply at the next start.
  // Audited as `operatorId`, naming the keys that changed (never a value).
  // Returns the file written.
  [[nodiscard]] virtual Result<QString> save(const QVariantMap& values,
                                             const QString& operatorId) = 0;
  // Audits that `operatorId` is leaving kiosk mode (the application then quits).
  [[nodiscard]] virtual Result<void> leaveKioskMode(const QString& operatorId) = 0;
};

} // namespace camie::ui
