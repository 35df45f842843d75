// KioskOptions: the command line of camie-kiosk.
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace camie::app {

struct KioskOptions {
  std::optional<QString> configPath; // --config PATH
  bool windowed = false;             // --windowed: a normal window, for development
  std::optional<QString> language;   // --language km|en: overrides the config
  bool selfTest = false;             // --self-test: render, screenshot, check, exit
  QString screenshotDir;             // --screenshot-dir DIR (with --self-test)
  bool showHelp = false;             // --help: print helpText and exit
  bool showVersion = false;          // --version
  QString helpText;
};

// Parses the arguments, argv[0] first; a wrong one is named in the error.
[[nodiscard]] Result<KioskOptions> parseKioskOptions(const QStringList& arguments);

} // namespace camie::app
