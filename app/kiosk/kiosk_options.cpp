#include "app/kiosk/kiosk_options.h"

#include <QCommandLineParser>

namespace camie::app {

Result<KioskOptions> parseKioskOptions(const QStringList& arguments) {
  QCommandLineParser parser;
  const QCommandLineOption config(QStringLiteral("config"),
                                  QStringLiteral("Read the configuration from PATH."),
                                  QStringLiteral("PATH"));
  const QCommandLineOption windowed(QStringLiteral("windowed"),
                                    QStringLiteral("Run in a window, not full-screen."));
  const QCommandLineOption language(QStringLiteral("language"),
                                    QStringLiteral("Start in this language (km or en)."),
                                    QStringLiteral("CODE"));
  const QCommandLineOption selfTest(
      QStringLiteral("self-test"),
      QStringLiteral("Render the first screen in Khmer and English, then exit: 0 when no "
                     "QML warning or error occurred."));
  const QCommandLineOption shots(QStringLiteral("screenshot-dir"),
                                 QStringLiteral("With --self-test, save PNG screenshots here."),
                                 QStringLiteral("DIR"));
  parser.addOptions({config, windowed, language, selfTest, shots});
  const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                QStringLiteral("Show this help and exit."));
  const QCommandLineOption version(QStringLiteral("version"),
                                   QStringLiteral("Show the version and exit."));
  parser.addOptions({help, version});
  parser.setApplicationDescription(
      QStringLiteral("CAM-IE registration kiosk. Configuration: docs/config.md."));

  if (!parser.parse(arguments))
    return makeError(QStringLiteral("bad_arguments"), parser.errorText());
  if (!parser.positionalArguments().isEmpty())
    return makeError(
        QStringLiteral("bad_arguments"),
        QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

  KioskOptions o;
  o.showHelp = parser.isSet(help);
  o.showVersion = parser.isSet(version);
  o.helpText = parser.helpText();
  if (parser.isSet(config))
    o.configPath = parser.value(config);
  o.windowed = parser.isSet(windowed);
  if (parser.isSet(language)) {
    const QString code = parser.value(language);
    if (code != u"km" && code != u"en")
      return makeError(QStringLiteral("bad_arguments"),
                       QStringLiteral("--language must be km or en, not \"%1\"").arg(code));
    o.language = code;
  }
  o.selfTest = parser.isSet(selfTest);
  o.screenshotDir = parser.value(shots);
  if (!o.screenshotDir.isEmpty() && !o.selfTest)
    return makeError(QStringLiteral("bad_arguments"),
                     QStringLiteral("--screenshot-dir only applies with --self-test"));
  return o;
}

} // namespace camie::app
