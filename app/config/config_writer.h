// ConfigWriter: writes a KioskConfig back as kiosk.conf — every key, so the
// file says exactly what the kiosk will use. The technician's settings
// screen saves through it; ConfigLoader reads what it wrote.
#pragma once

#include "app/config/kiosk_config.h"

namespace camie::app {

class ConfigWriter {
public:
  // Writes atomically (a temporary file renamed over `path`), readable by
  // the kiosk's user only. Errors: "config_unwritable".
  [[nodiscard]] static Result<void> write(const KioskConfig& config, const QString& path);

  // Where the kiosk saves a changed configuration: the file it read, when
  // that is writable; else the user's own kiosk.conf, which is read first
  // from then on (docs/config.md).
  static QString savePath(const KioskConfig& config);
};

} // namespace camie::app
