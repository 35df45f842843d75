// camie-kiosk: the registration kiosk's Qt Quick application.
#include "app/config/kiosk_config.h"
#include "app/config/sync_config.h"
#include "app/kiosk/kiosk_options.h"
#include "app/kiosk/self_test.h"
#include "core/logging/log_categories.h"
#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "core/version.h"
#include "ui/models/kiosk_info.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(CamIEPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("camie-kiosk"));
  QGuiApplication::setApplicationVersion(QString::fromLatin1(camie::kVersion));

  auto options = camie::app::parseKioskOptions(QGuiApplication::arguments());
  if (!options) {
    std::fprintf(stderr, "camie-kiosk: %s\n", qPrintable(options.error().message));
    return 2;
  }
  if (options->showHelp) {
    std::fputs(qPrintable(options->helpText), stdout);
    return 0;
  }
  if (options->showVersion) {
    std::printf("camie-kiosk %s\n", camie::kVersion);
    return 0;
  }
  if (options->selfTest)
    camie::app::SelfTest::installMessageCounter();

  auto config = camie::app::ConfigLoader::load(options->configPath);
  if (!config) {
    std::fprintf(stderr, "camie-kiosk: %s\n", qPrintable(config.error().message));
    return 1;
  }
  for (const QString& warning : std::as_const(config->warnings))
    qCWarning(lcApp).noquote() << warning;
  qCInfo(lcApp).noquote() << "configuration:"
                          << (config->sourcePath.isEmpty() ? QStringLiteral("built-in defaults")
                                                           : config->sourcePath);

  // The core services, each on its own thread; view-models find them here.
  camie::store::KioskStoreService store(
      {config->databasePath, config->deviceId, config->retentionDays});
  std::unique_ptr<camie::sync::SyncService> sync;
  if (!config->sync.endpoint.isEmpty()) {
    auto setup = camie::app::syncSetupFrom(*config, {});
    if (setup)
      sync = std::make_unique<camie::sync::SyncService>(
          camie::sync::SyncService::Config{config->databasePath, setup->settings, setup->endpoint,
                                           config->deviceId, config->retentionDays});
    else
      qCWarning(lcSync).noquote() << setup.error().message;
  }
  auto& services = camie::ui::KioskServices::instance();
  services.store = &store;
  services.sync = sync.get();
  services.idleLockSeconds = config->idleLockSeconds;
  store.start();
  if (sync) {
    QObject::connect(sync.get(), &camie::sync::SyncService::referenceDataChanged, &store,
                     &camie::store::KioskStoreService::reloadReference);
    sync->start();
  }

  camie::ui::LanguageController language(nullptr);
  camie::ui::LanguageController::provide(&language);
  language.setCode(options->language.value_or(config->language));
  if (!camie::ui::KioskInfo::hasKhmerFont())
    qCWarning(lcUi) << "no Khmer font is installed: Khmer text cannot be shown";

  QQmlApplicationEngine engine;
  engine.addImportPath(QStringLiteral("qrc:/")); // the CamIE module is linked in statically
  engine.load(QUrl(QStringLiteral("qrc:/CamIE/qml/Main.qml")));
  auto* window = engine.rootObjects().isEmpty()
                     ? nullptr
                     : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
  if (!window) {
    std::fputs("camie-kiosk: the user interface failed to load (see the messages above)\n", stderr);
    return 1;
  }

  if (options->windowed || options->selfTest || !config->fullScreen)
    window->show();
  else
    window->showFullScreen();

  camie::app::SelfTest selfTest(window, &language, options->screenshotDir);
  if (options->selfTest)
    selfTest.start();
  return QGuiApplication::exec();
}
