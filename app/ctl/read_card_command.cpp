#include "app/ctl/cli.h"
#include "app/ctl/commands.h"
#include "core/ocr/card_reader.h"

#include <QImage>
#include <QJsonObject>

namespace camie::app {

namespace {

QString describe(const QString& source, const ocr::CardReading& reading) {
  QString text = QStringLiteral("%1: %2").arg(source, reading.sideCode());
  if (reading.mrz) {
    text += QStringLiteral(", zone %1").arg(reading.mrz->statusCode());
    if (reading.mrz->ok() && !reading.mrz->outcome.record->compositeChecked)
      text += QStringLiteral(" (no composite check digit on the card)");
    else if (!reading.mrz->ok() && !reading.mrz->outcome.field.isEmpty())
      text += QStringLiteral(" (%1 in %2)")
                  .arg(reading.mrz->outcome.verdictCode(), reading.mrz->outcome.field);
  } else {
    text += QStringLiteral(", no zone");
  }
  for (const ocr::FieldProposal& p : reading.proposals) {
    text += QStringLiteral("\n  %1: %2 (%3 %4%5)")
                .arg(p.fieldId, p.value, p.source, QString::number(p.confidence, 'f', 2),
                     p.lowConfidence() ? QStringLiteral(", low") : QString());
  }
  return text;
}

} // namespace

// `read-card FILE...`: what the kiosk would propose from each picture of a
// Khmer ID card (front or back), with each value's confidence and the zone's
// verdict; with --json one object per file. The picture is read into memory
// and nowhere else: nothing of it is written or logged.
int runReadCardCommand(Cli& cli) {
  if (!cli.parse(QStringLiteral("read-card FILE...")))
    return 2;
  const QStringList files = cli.commandArguments();
  if (files.isEmpty())
    return cli.printError(
        makeError(QStringLiteral("bad_arguments"), QStringLiteral("usage: read-card FILE...")), 2);
  auto reader = ocr::CardReader::open();
  if (!reader)
    return cli.printError(reader.error());
  const QDate today = cli.clock()->now().toLocalTime().date();

  int exitCode = 0;
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
    const ocr::CardReading reading = (*reader)->read(view, today);
    QJsonObject json = reading.toJson();
    json.insert(QStringLiteral("source"), path);
    cli.printResult(json, describe(path, reading));
    if (reading.proposals.isEmpty())
      exitCode = 1;
  }
  return exitCode;
}

} // namespace camie::app
