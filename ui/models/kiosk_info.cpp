#include "ui/models/kiosk_info.h"

#include "core/version.h"
#include "ui/models/kiosk_services.h"

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

void KioskInfo::quit() {
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
