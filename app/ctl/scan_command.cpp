#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "app/ctl/ctl_kiosk.h"
#include "core/refdata/published_keys.h"
#include "core/scan/barcode_decoder.h"
#include "core/scan/scan_classifier.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>

namespace camie::app {

namespace {

// The portal keys: from --keys FILE, else from the kiosk's reference data
// when its database exists, else none (every IE1 code is then unknown_key).
Result<QList<refdata::PortalKey>> portalKeys(Cli& cli, const QCommandLineOption& keysOption) {
  if (cli.parser().isSet(keysOption)) {
    QFile file(cli.parser().value(keysOption));
    if (!file.open(QIODevice::ReadOnly))
      return makeError(QStringLiteral("unreadable"),
                       QStringLiteral("Cannot read %1.").arg(file.fileName()));
    auto keys = refdata::PublishedKeys::fromJson(file.readAll());
    if (!keys)
      return keys.error();
    return keys->portal();
  }
  auto config = cli.config();
  if (!config || !QFile::exists(config->databasePath))
    return QList<refdata::PortalKey>();
  auto kiosk = CtlKiosk::open(cli, store::KioskDatabase::Create::Never);
  if (!kiosk)
    return kiosk.error();
  auto reference = kiosk->reference();
  if (!reference)
    return reference.error();
  return reference->keys ? reference->keys->portal() : QList<refdata::PortalKey>();
}

QString describe(const QString& source, const scan::ScannedPayload& payload,
                 const QString& format) {
  QString text = QStringLiteral("%1: %2 (%3)").arg(source, payload.kindCode(), format);
  if (!payload.verdict().isEmpty())
    text += u' ' + payload.verdict();
  if (!payload.field().isEmpty())
    text += QStringLiteral(" in %1").arg(payload.field());
  if (!payload.message().isEmpty())
    text += QStringLiteral("\n  ") + payload.message();
  const QJsonObject fields = payload.fields();
  for (auto it = fields.begin(); it != fields.end(); ++it)
    text += QStringLiteral("\n  %1: %2").arg(it.key(), it.value().toVariant().toString());
  return text;
}

// A scanner's text from the command line: MRZ lines may also be separated by
// the two characters \n, which is easier to type in a shell.
QString scannerText(QString text) {
  return text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
}

} // namespace

// `scan FILE...` decodes the codes in images (PNG, JPEG); `scan --text TEXT`
// reads what a keyboard-wedge scanner typed. Each code found is classified
// (MRZ, IE1 pre-registration code, verify.gov.kh link, plain text) and
// printed, with --json as one object per line.
int runScanCommand(Cli& cli) {
  const QCommandLineOption textOption(QStringLiteral("text"),
                                      QStringLiteral("Parse TEXT as a scanner typed it."),
                                      QStringLiteral("TEXT"));
  const QCommandLineOption keysOption(
      QStringLiteral("keys"), QStringLiteral("Take the portal keys from the keys document FILE."),
      QStringLiteral("FILE"));
  cli.parser().addOptions({textOption, keysOption});
  if (!cli.parse(QStringLiteral("scan FILE... | scan --text TEXT [--keys FILE]")))
    return 2;
  const QStringList files = cli.commandArguments();
  const bool textMode = cli.parser().isSet(textOption);
  if (textMode == !files.isEmpty())
    return cli.printError(makeError(QStringLiteral("bad_arguments"),
                                    QStringLiteral("usage: scan FILE... | scan --text TEXT")),
                          2);
  auto keys = portalKeys(cli, keysOption);
  if (!keys)
    return cli.printError(keys.error());
  const std::unique_ptr<Clock> clock = cli.clock();
  const qint64 nowSeconds = clock->nowMs() / 1000;
  const QDate today = clock->now().toLocalTime().date();
  const scan::ScanClassifier classifier(*keys);

  const auto report = [&](const QString& source, const QString& text, const QString& format) {
    const scan::ScannedPayload payload = classifier.classify(text, nowSeconds, today);
    QJsonObject json = payload.toJson(format);
    json.insert(QStringLiteral("source"), source);
    cli.printResult(json, describe(source, payload, format));
  };
  if (textMode) {
    report(QStringLiteral("text"), scannerText(cli.parser().value(textOption)),
           QStringLiteral("text"));
    return 0;
  }

  int exitCode = 0;
  const scan::BarcodeDecoder decoder(scan::BarcodeDecoder::imageOptions());
  for (const QString& path : files) {
    const QImage image = QImage(path).convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull()) {
      exitCode =
          cli.printError(makeError(QStringLiteral("unreadable"),
                                   QStringLiteral("%1: not an image that can be read.").arg(path)));
      continue;
    }
    const scan::ImageRef view{image.constBits(),
                              image.width(),
                              image.height(),
                              static_cast<int>(image.bytesPerLine()),
                              1,
                              scan::PixelLayout::Lum};
    auto codes = decoder.decode(view);
    if (!codes) {
      exitCode = cli.printError(codes.error());
      continue;
    }
    if (codes->isEmpty())
      exitCode = cli.printError(
          makeError(QStringLiteral("no_code"), QStringLiteral("%1: no code found.").arg(path)));
    for (const scan::DecodedCode& code : *codes)
      report(path, code.text, code.format);
  }
  return exitCode;
}

} // namespace camie::app
