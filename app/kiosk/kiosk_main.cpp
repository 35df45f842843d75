// camie-kiosk: the registration kiosk's Qt Quick application.
#include "app/config/kiosk_config.h"
#include "app/kiosk/kiosk_app.h"
#include "app/kiosk/kiosk_options.h"
#include "app/kiosk/self_test.h"
#include "core/logging/log_categories.h"
#include "core/version.h"
#include "ui/models/kiosk_info.h"

#include <QGuiApplication>
#include <QQuickWindow>

#include <cstdio>

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

  const bool kioskMode = !options->windowed && !options->selfTest && config->fullScreen;
  camie::ui::KioskInfo::setKioskMode(kioskMode);
  camie::app::KioskApp kiosk(*config, options->language.value_or(config->language));
  auto started = kiosk.start();
  if (!started) {
    std::fprintf(stderr, "camie-kiosk: %s\n", qPrintable(started.error().message));
    return 1;
  }
  QQuickWindow* window = *started;

  if (options->windowed || options->selfTest || !config->fullScreen)
    window->show();
  else
    window->showFullScreen();

  camie::app::SelfTest selfTest(window, &kiosk.language(), options->screenshotDir);
  if (options->selfTest)
    selfTest.start();
  return QGuiApplication::exec();
}
