#include "core/ocr/mrz_zone_reader.h"

#include "core/scan/mrz_layout.h"

namespace camie::ocr {

namespace {

// A line that may belong to a TD1 zone: about 30 characters once blanks go.
bool zoneLike(const QString& text) {
  qsizetype n = 0;
  for (QChar c : text)
    n += c.isSpace() ? 0 : 1;
  return n >= 24 && n <= 38;
}

} // namespace

TesseractEngine::Options MrzZoneReader::engineOptions() {
  return {QStringLiteral("eng"), QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"), false, 0};
}

ZoneReading MrzZoneReader::read(const scan::ImageRef& image, QDate today) {
  engine_.setThresholdingMethod(0);
  ZoneReading first = readOnce(image, today);
  if (first.correction && first.correction->ok())
    return first;
  engine_.setThresholdingMethod(2); // Sauvola: local thresholds
  ZoneReading second = readOnce(image, today);
  engine_.setThresholdingMethod(0);
  if (second.correction && (second.correction->ok() || !first.correction))
    return second;
  return first;
}

ZoneReading MrzZoneReader::readOnce(const scan::ImageRef& image, QDate today) {
  ZoneReading reading;
  const int top = image.height * 2 / 5;
  const QList<OcrLine> lines =
      engine_.readLines(image, QRect(0, top, image.width, image.height - top));
  QList<const OcrLine*> candidates;
  for (const OcrLine& line : lines) {
    if (zoneLike(line.text))
      candidates.append(&line);
  }
  // From the bottom up: the zone is the card's last three lines of text.
  for (qsizetype i = candidates.size() - scan::MrzLayout::kTd1Lines; i >= 0; --i) {
    const QStringList triple = {candidates[i]->text, candidates[i + 1]->text,
                                candidates[i + 2]->text};
    MrzCorrection correction = MrzCorrector::correct(triple, today);
    const bool better = !reading.correction || correction.ok();
    if (better) {
      reading.correction = std::move(correction);
      reading.namesConfidence = candidates[i + 2]->confidence;
    }
    if (reading.correction->ok() || reading.correction->status == MrzCorrection::Status::Ambiguous)
      break;
  }
  return reading;
}

} // namespace camie::ocr
