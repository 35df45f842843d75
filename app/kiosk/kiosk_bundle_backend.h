// KioskBundleBackend: the application's side of the technician's USB bundle
// panel — BundleTransfer (the code of `camie-kioskctl export/import`) on a
// worker thread with its own database connection.
#pragma once

#include "app/config/kiosk_config.h"
#include "ui/models/bundle_backend.h"

#include <atomic>
#include <memory>

namespace camie::app {

class KioskBundleBackend final : public ui::BundleBackend {
public:
  KioskBundleBackend(KioskConfig config, QString deviceId)
      : config_(std::move(config)), deviceId_(std::move(deviceId)) {}

  QStringList removableFolders() const override;
  void exportTo(const QString& folder, bool includeExported, const QString& actor,
                Progress progress, Done done) override;
  void importFrom(const QString& file, const QString& actor, Progress progress, Done done) override;
  void requeueExported(const QString& actor, Done done) override;

private:
  KioskConfig config_;
  QString deviceId_;
  std::shared_ptr<std::atomic<bool>> running_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace camie::app
