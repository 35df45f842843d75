#include "app/ctl/cli.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace camie::app {

Cli::Cli(QStringList arguments)
    : arguments_(std::move(arguments)),
      json_(QStringLiteral("json"), QStringLiteral("Print the result as JSON.")),
      config_(QStringLiteral("config"), QStringLiteral("Read the configuration from PATH."),
              QStringLiteral("PATH")),
      db_(QStringLiteral("db"),
          QStringLiteral("Use the database at PATH instead of the configured one."),
          QStringLiteral("PATH")),
      now_(QStringLiteral("now"), QStringLiteral("Take the time to be UNIX (seconds)."),
           QStringLiteral("UNIX")) {
  parser_.addOptions({json_, config_, db_});
#ifdef CAMIE_TEST_SWITCHES
  // Only in camie-kioskctl-testing (dev and asan builds, never installed): a
  // chosen time bypasses lockout, expiry and bundle age, and dates the audit.
  parser_.addOption(now_);
#endif
}

QString Cli::commandName() const {
  const QStringList valued = {QStringLiteral("--config"), QStringLiteral("--db"),
                              QStringLiteral("--now")};
  for (qsizetype i = 1; i < arguments_.size(); ++i) {
    const QString& a = arguments_.at(i);
    if (valued.contains(a)) {
      ++i; // skip the option's value
      continue;
    }
    if (!a.startsWith(u'-'))
      return a;
  }
  return {};
}

bool Cli::wantsJson() const {
  return arguments_.contains(QStringLiteral("--json"));
}

bool Cli::parse(const QString& usage) {
  parser_.addPositionalArgument(QStringLiteral("command"), usage);
  if (!parser_.parse(arguments_)) {
    printError(makeError(QStringLiteral("bad_arguments"), parser_.errorText()), 2);
    return false;
  }
  return true;
}

QStringList Cli::commandArguments() const {
  QStringList positional = parser_.positionalArguments();
  if (!positional.isEmpty())
    positional.removeFirst();
  return positional;
}

Result<KioskConfig> Cli::fileConfig() const {
  return ConfigLoader::load(parser_.isSet(config_) ? std::optional<QString>(parser_.value(config_))
                                                   : std::nullopt);
}

Result<KioskConfig> Cli::config() const {
  auto config = fileConfig();
  if (config && parser_.isSet(db_))
    config->databasePath = parser_.value(db_);
  return config;
}

std::unique_ptr<Clock> Cli::clock() const {
#ifdef CAMIE_TEST_SWITCHES
  bool ok = false;
  const qint64 seconds = parser_.value(now_).toLongLong(&ok);
  if (parser_.isSet(now_) && ok)
    return std::make_unique<FakeClock>(seconds * 1000);
#endif
  return std::make_unique<SystemClock>();
}

QString Cli::fileStamp() const {
  return QDateTime::fromMSecsSinceEpoch(clock()->nowMs(), Qt::UTC)
      .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

int Cli::printResult(const QJsonObject& json, const QString& text) const {
  if (wantsJson())
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
  else
    std::fputs(qPrintable(text + u'\n'), stdout);
  return 0;
}

int Cli::printError(const Error& error, int exitCode) const {
  if (wantsJson()) {
    const QJsonObject body{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                              {QStringLiteral("message"), error.message}}}};
    std::fputs(QJsonDocument(body).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
  } else {
    std::fprintf(stderr, "camie-kioskctl: %s\n", qPrintable(error.message));
  }
  return exitCode;
}

} // namespace camie::app
