#include "ui/models/kiosk_info.h"

#include "core/version.h"

#include <QFontDatabase>

namespace camie::ui {

KioskInfo::KioskInfo(QObject* parent) : QObject(parent), khmerFont_(hasKhmerFont()) {}

QString KioskInfo::version() const {
  return QString::fromLatin1(camie::kVersion);
}

bool KioskInfo::hasKhmerFont() {
  // QRawFont::fromFont crashes without a Khmer font; asking the database is safe.
  return !QFontDatabase::families(QFontDatabase::Khmer).isEmpty();
}

} // namespace camie::ui
