#include "core/ocr/mrz_zone_reader.h"

#include "core/ocr/mrz_cells.h"
#include "core/scan/mrz_layout.h"

namespace camie::ocr {

namespace {

qsizetype printed(const QString& text) {
  qsizetype n = 0;
  for (QChar c : text)
    n += c.isSpace() ? 0 : 1;
  return n;
}

// A line that may belong to a TD1 zone: up to 30 characters once blanks go,
// and a few more for strays; at least 12, as the OCR loses many fillers of a
// run (placeInCells and MrzCorrector::fitLine put them back).
bool zoneLike(const QString& text) {
  const qsizetype n = printed(text);
  return n >= 12 && n <= 38;
}

// A line that looks like a TD1 zone's by itself: about 30 characters. Three
// such lines are a zone seen, even when it does not validate; shorter ones
// count only when they validate (a card's front, read with the zone's
// characters only, makes lines of a dozen characters too).
bool fullZoneLine(const QString& text) {
  const qsizetype n = printed(text);
  return n >= 24 && n <= 38;
}

} // namespace

TesseractEngine::Options MrzZoneReader::engineOptions() {
  return {QStringLiteral("eng"), QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"), false, 0};
}

ZoneReading MrzZoneReader::read(const scan::ImageRef& image, QDate today) {
  engine_.setThresholdingMethod(0);
  ZoneReading reading = readOnce(image, today);
  // Read again only what may be a zone: a picture without a run of fillers
  // anywhere (a card's front) is not read twice.
  if (!(reading.correction && reading.correction->ok()) && reading.fillersSeen) {
    engine_.setThresholdingMethod(2); // Sauvola: local thresholds
    ZoneReading second = readOnce(image, today);
    engine_.setThresholdingMethod(0);
    if (second.correction && (second.correction->ok() || !reading.correction))
      reading = std::move(second);
  }
  // The names have no check digit: their line is read again alone (the
  // model reads a lone line with less context to mislead it) and must say
  // the same names.
  if (reading.correction && reading.correction->ok()) {
    const QString names = reading.correction->zone.section(u'\n', 2, 2);
    const int margin = reading.namesBox.height() / 4;
    for (const OcrLine& again :
         engine_.readLines(image, reading.namesBox.adjusted(-margin, -margin, margin, margin))) {
      if (sameNames(names, again.text)) {
        reading.namesConfirmed = true;
        break;
      }
    }
  }
  return reading;
}

ZoneReading MrzZoneReader::readOnce(const scan::ImageRef& image, QDate today) {
  ZoneReading reading;
  const int top = image.height * 2 / 5;
  QList<QList<OcrSymbol>> symbols;
  const QList<OcrLine> lines =
      engine_.readLines(image, QRect(0, top, image.width, image.height - top), &symbols);
  QList<const OcrLine*> candidates;
  QList<const QList<OcrSymbol>*> candidateSymbols;
  for (qsizetype i = 0; i < lines.size(); ++i) {
    reading.fillersSeen = reading.fillersSeen || lines[i].text.contains(QStringLiteral("<<"));
    if (zoneLike(lines[i].text)) {
      candidates.append(&lines[i]);
      candidateSymbols.append(&symbols[i]);
    }
  }
  // From the bottom up: the zone is the card's last three lines of text.
  for (qsizetype i = candidates.size() - scan::MrzLayout::kTd1Lines; i >= 0; --i) {
    // The characters placed in their cells first; the lines as read when
    // that does not validate.
    const std::optional<MrzCells> placed =
        placeInCells({candidateSymbols[i], candidateSymbols[i + 1], candidateSymbols[i + 2]});
    std::optional<MrzCorrection> correction;
    if (placed)
      correction = MrzCorrector::correct(placed->lines, today);
    const bool fromCells = correction && correction->ok();
    if (!fromCells) {
      correction = MrzCorrector::correct(
          {candidates[i]->text, candidates[i + 1]->text, candidates[i + 2]->text}, today);
    }
    const bool seen = fullZoneLine(candidates[i]->text) && fullZoneLine(candidates[i + 1]->text) &&
                      fullZoneLine(candidates[i + 2]->text);
    if (!correction->ok() && !seen)
      continue;
    const bool better = !reading.correction || correction->ok();
    if (better) {
      reading.correction = std::move(correction);
      reading.namesConfidence = candidates[i + 2]->confidence;
      reading.namesGap = fromCells && placed->namesGap;
      reading.fromCells = fromCells;
      reading.namesBox = candidates[i + 2]->box;
      if (fromCells)
        reading.namesConfidence = placed->namesConfidence;
    }
    if (reading.correction->ok() || reading.correction->status == MrzCorrection::Status::Ambiguous)
      break;
  }
  return reading;
}

} // namespace camie::ocr
