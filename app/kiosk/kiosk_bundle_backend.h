// KioskBundleBackend: the application's side of the technician's USB bundle
// panel — BundleTransfer (the code of `camie-kioskctl export/import`) on a
// worker thread with its own database connection.
#pragma once

#include "app/config/kiosk_config.h"
#include "ui/models/bundle_backend.h"

namespace camie::store {
class KioskStoreService;
}

#include <atomic>
#include <memory>

namespace camie::app {

class KioskBundleBackend final : public ui::BundleBackend {
public:
  // Every transfer is refused unless a technician is signed in on `store`
  // and is the `actor` named.
  KioskBundleBackend(KioskConfig config, QString deviceId, const store::KioskStoreService& store)
      : config_(std::move(config)), deviceId_(std::move(deviceId)), store_(store) {}

  QStringList removableFolders() const override;
  void exportTo(const QString& folder, bool includeExported, const QString& actor,
                Progress progress, Done done) override;
  void importFrom(const QString& file, const QString& actor, Progress progress, Done done) override;
  void requeueExported(const QString& actor, Done done) override;

private:
  bool refused(const QString& actor, const Done& done) const;
  KioskConfig config_;
  QString deviceId_;
  const store::KioskStoreService& store_;
  std::shared_ptr<std::atomic<bool>> running_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace camie::app
