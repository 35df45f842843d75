// KioskWindow: the real kiosk (KioskApp: its store, its sync when
// configured, the real QML) started on a configuration, its window shown
// offscreen, and a QuickDriver on it — what every end-to-end journey starts
// from. `both()` saves the screen as a screenshot in Khmer and in English.
#pragma once

#include "app/config/kiosk_config.h"
#include "app/kiosk/kiosk_app.h"
#include "support/quick_driver.h"

#include <catch2/catch.hpp>

#include <QQuickWindow>

#include <memory>

namespace camie::test {

class KioskWindow {
public:
  explicit KioskWindow(const app::KioskConfig& config,
                       const QString& language = QStringLiteral("en"))
      : kiosk_(config, language) {
    auto window = kiosk_.start();
    INFO((window ? QString() : window.error().message).toStdString());
    REQUIRE(window.ok());
    (*window)->show();
    driver_ = std::make_unique<QuickDriver>(*window);
  }

  app::KioskApp& kiosk() { return kiosk_; }
  QuickDriver& driver() { return *driver_; }
  QQuickWindow* window() const { return driver_->window(); }

  // The screen as it is now, saved as `<name>-km.png` and `<name>-en.png`
  // under the screenshot folder; the screen is left in English.
  void both(const QString& name) {
    for (const char* code : {"km", "en"}) {
      kiosk_.language().setCode(QString::fromLatin1(code));
      QCoreApplication::processEvents();
      driver_->screenshot(QStringLiteral(CAMIE_SCREENSHOT_DIR),
                          name + u'-' + QString::fromLatin1(code));
    }
  }

private:
  app::KioskApp kiosk_;
  std::unique_ptr<QuickDriver> driver_;
};

} // namespace camie::test
