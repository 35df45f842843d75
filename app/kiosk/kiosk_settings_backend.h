// KioskSettingsBackend: the application's side of the technician's settings
// screen — the configuration in effect, a connection check (the code of
// `camie-kioskctl sync check`: syncSetupFrom, then a keys fetch through the
// security server) on a worker thread, and saving kiosk.conf. Saving and
// leaving kiosk mode are written to the audit log: who, and which keys
// changed — never their values (a proxy may hold a password).
#pragma once

#include "app/config/kiosk_config.h"
#include "ui/models/settings_backend.h"

namespace camie::store {
class KioskStoreService;
}

namespace camie::app {

class KioskSettingsBackend final : public ui::SettingsBackend {
public:
  // Checking, saving and leaving kiosk mode are refused unless a technician
  // is signed in on `store` (and, for saving and leaving, is `operatorId`).
  KioskSettingsBackend(KioskConfig config, const store::KioskStoreService& store)
      : config_(std::move(config)), store_(store) {}

  QVariantMap values() const override;
  void check(const QVariantMap& values, std::function<void(bool, QString)> done) override;
  Result<QString> save(const QVariantMap& values, const QString& operatorId) override;
  Result<void> leaveKioskMode(const QString& operatorId) override;

  // The configuration with the screen's values applied (exposed for tests).
  KioskConfig withValues(const QVariantMap& values) const;
  // Where saving writes: the file the kiosk read, if it may write it, else
  // the kiosk user's own kiosk.conf (which the loader reads first).
  QString savePath() const;

private:
  static QVariantMap valuesOf(const KioskConfig& config);
  Result<void> audit(const QString& operatorId, const QString& action, const QString& detail);

  KioskConfig config_;
  const store::KioskStoreService& store_;
};

} // namespace camie::app
