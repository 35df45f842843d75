#include "app/kiosk/kiosk_app.h"

#include "app/config/sync_config.h"
#include "core/logging/log_categories.h"
#include "ui/models/kiosk_info.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/qr_image_provider.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(CamIEPlugin)

namespace camie::app {

KioskApp::KioskApp(const KioskConfig& config, const QString& language)
    : config_(config), clock_(std::make_shared<SystemClock>()),
      store_({config.databasePath, config.deviceId, config.retentionDays, clock_,
              config.draftExpiryHours, config.tpmTcti}),
      settings_(config, store_), bundles_(config, config.deviceId, store_) {
  if (!config_.sync.endpoint.isEmpty()) {
    auto setup = syncSetupFrom(config_, {});
    if (setup)
      sync_ = std::make_unique<sync::SyncService>(
          sync::SyncService::Config{config_.databasePath, setup->settings, setup->endpoint,
                                    config_.deviceId, config_.retentionDays, clock_});
    else
      qCWarning(lcSync).noquote() << setup.error().message;
  }
  ui::LanguageController::provide(&language_);
  language_.setCode(language);
  if (auto* application = QCoreApplication::instance())
    application->installEventFilter(&khmerKeys_);
}

KioskApp::~KioskApp() {
  auto& services = ui::KioskServices::instance();
  services.store = nullptr;
  services.sync = nullptr;
  services.settings = nullptr;
  services.bundles = nullptr;
  ui::LanguageController::provide(nullptr);
}

Result<QQuickWindow*> KioskApp::start() {
  // The core services, each on its own thread; view-models find them here.
  auto& services = ui::KioskServices::instance();
  services.store = &store_;
  services.sync = sync_.get();
  services.idleLockSeconds = config_.idleLockSeconds;
  services.keyboardMode = config_.onScreenKeyboard;
  services.settings = &settings_;
  services.bundles = &bundles_;
  store_.start();
  if (sync_) {
    QObject::connect(sync_.get(), &sync::SyncService::referenceDataChanged, &store_,
                     &store::KioskStoreService::reloadReference);
    // A finished registration goes out at once when the kiosk is online.
    QObject::connect(&store_.registration(), &store::RegistrationService::finalised, sync_.get(),
                     &sync::SyncService::syncNow);
    sync_->start();
  }
  if (!ui::KioskInfo::hasKhmerFont())
    qCWarning(lcUi) << "no Khmer font is installed: Khmer text cannot be shown";

  engine_.addImportPath(QStringLiteral("qrc:/")); // the CamIE module is linked in statically
  engine_.addImageProvider(QStringLiteral("qr"), new ui::QrImageProvider); // owned by the engine
  engine_.load(QUrl(QStringLiteral("qrc:/CamIE/qml/Main.qml")));
  auto* window = engine_.rootObjects().isEmpty()
                     ? nullptr
                     : qobject_cast<QQuickWindow*>(engine_.rootObjects().constFirst());
  if (!window)
    return makeError(QStringLiteral("ui_failed"),
                     QStringLiteral("The user interface failed to load (see the messages "
                                    "above)."));
  return window;
}

} // namespace camie::app
