#include "ui/models/kiosk_info.h"

#include "core/logging/log_categories.h"
#include "core/version.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/role_check.h"
#include "ui/models/settings_backend.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace camie::ui {
namespace {
bool g_kioskMode = false; // NOLINT: set once by the application at start
} // namespace

bool KioskInfo::kioskMode() const {
  return g_kioskMode;
}

int KioskInfo::keyboardMode() const {
  return static_cast<int>(KioskServices::instance().keyboardMode);
}

void KioskInfo::setKioskMode(bool on) {
  g_kioskMode = on;
}

void KioskInfo::quit(const QString& operatorId) {
  // Only a signed-in technician leaves kiosk mode (checked here, not only by
  // the screen that offers it).
  if (KioskServices::instance().store && !technicianSignedInAs(operatorId)) {
    qCWarning(lcUi) << "leaving kiosk mode was refused: no technician signed in";
    return;
  }
  if (auto* backend = KioskServices::instance().settings) {
    // Leaving must work even when the log cannot be written (a broken disk is
    // when a technician needs the desktop): the failure is logged instead.
    if (auto audited = backend->leaveKioskMode(operatorId); !audited)
      qCWarning(lcUi).noquote() << "leaving kiosk mode was not audited:" << audited.error().message;
  }
  QCoreApplication::quit();
}

KioskInfo::KioskInfo(QObject* parent) : QObject(parent), khmerFont_(hasKhmerFont()) {}

QString KioskInfo::version() const {
  return QString::fromLatin1(camie::kVersion);
}

bool KioskInfo::hasKhmerFont() {
  // QRawFont::fromFont crashes without a Khmer font; asking the database is safe.
  return !QFontDatabase::families(QFontDatabase::Khmer).isEmpty();
}

} // namespace camie::ui
