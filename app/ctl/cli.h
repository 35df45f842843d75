// Cli: what every camie-kioskctl command shares — the global options
// (--json, --config, --db), the command's own options, and output as text or
// JSON. A command adds its options, calls parse(), then prints a result.
#pragma once

#include "app/config/kiosk_config.h"
#include "core/util/clock.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace camie::app {

class Cli {
public:
  explicit Cli(QStringList arguments);

  // The first argument that is not an option or an option's value; empty when
  // there is none.
  QString commandName() const;
  bool wantsJson() const;

  QCommandLineParser& parser() { return parser_; }
  // Parses everything, the command's own options included; on a bad argument
  // prints the error and returns false.
  bool parse(const QString& usage);
  // Positional arguments after the command name.
  QStringList commandArguments() const;

  // The configuration, from --config or the default places.
  [[nodiscard]] Result<KioskConfig> config() const;
  // The same as its file says it, without --db: what a command that changes
  // settings writes back.
  [[nodiscard]] Result<KioskConfig> fileConfig() const;

  // The system clock, or a fixed one with --now UNIX_SECONDS.
  std::unique_ptr<Clock> clock() const;
  // The clock's time for file names: "20260115T080000Z".
  QString fileStamp() const;

  // Prints `json` with --json, else `text`. Returns 0.
  int printResult(const QJsonObject& json, const QString& text) const;
  // Prints {"error": {code, message}} with --json (on stdout), else the
  // message on stderr. Returns `exitCode`.
  int printError(const Error& error, int exitCode = 1) const;

private:
  QStringList arguments_;
  QCommandLineParser parser_;
  QCommandLineOption json_;
  QCommandLineOption config_;
  QCommandLineOption db_;
  QCommandLineOption now_;
};

} // namespace camie::app
