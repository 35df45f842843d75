#include "core/ocr/card_reader.h"

#include "core/ocr/card_front_reader.h"
#include "core/ocr/mrz_zone_reader.h"

#include <QElapsedTimer>

#include <algorithm>

namespace camie::ocr {

namespace {

// A value protected by a check digit that agreed.
constexpr double kChecked = 0.99;
// A letter of the names the OCR is this sure of, or more, is taken as read
// (on the generated cards, right letters come at 0.96 and more).
constexpr double kSureLetter = 0.9;

void proposeFromZone(const scan::MrzRecord& record, double namesConfidence,
                     QList<FieldProposal>& proposals) {
  const auto propose = [&proposals](const char* field, const QString& value, double confidence) {
    if (!value.isEmpty())
      proposals.append({QString::fromLatin1(field), value, confidence, QStringLiteral("mrz")});
  };
  // Names carry no check digit: as sure as the OCR was of the line.
  propose("name_en", (record.surname + u' ' + record.givenNames).trimmed(), namesConfidence);
  propose("sex",
          record.sex == u"F"   ? QStringLiteral("female")
          : record.sex == u"M" ? QStringLiteral("male")
                               : QString(),
          kChecked);
  propose("dob", record.birthDate.toString(Qt::ISODate), kChecked);
  if (record.isKhmerIdCard()) {
    propose("id_type", QStringLiteral("national_id"), kChecked);
    propose("id_number", record.documentNumber, kChecked);
  }
}

} // namespace

CardReader::CardReader(std::unique_ptr<TesseractEngine> zone,
                       std::unique_ptr<TesseractEngine> front,
                       std::unique_ptr<TesseractEngine> khmer)
    : zone_(std::move(zone)), front_(std::move(front)), khmer_(std::move(khmer)) {}

Result<std::unique_ptr<CardReader>> CardReader::open() {
  auto zone = TesseractEngine::open(MrzZoneReader::engineOptions());
  if (!zone)
    return zone.error();
  auto front = TesseractEngine::open(CardFrontReader::engineOptions());
  if (!front)
    return front.error();
  auto khmer = TesseractEngine::open(CardFrontReader::khmerOptions());
  if (!khmer)
    return khmer.error();
  return std::unique_ptr<CardReader>(
      new CardReader(std::move(*zone), std::move(*front), std::move(*khmer)));
}

CardReading CardReader::read(const scan::ImageRef& image, QDate today) {
  QElapsedTimer timer;
  timer.start();
  CardReading reading;
  ZoneReading zone = MrzZoneReader(*zone_).read(image, today);
  reading.zoneFound = zone.correction.has_value();
  reading.mrz = std::move(zone.correction);
  if (reading.mrz && reading.mrz->ok()) {
    reading.side = CardSide::Back;
    // Names carry no check digit: fairly sure when read without any fix, not
    // ending in a letter Tesseract reads for a filler, without an empty cell
    // between their letters, read the same when their line is read again
    // alone, and (when placed in cells) every letter read surely.
    const bool doubtful = reading.mrz->nameChanges > 0 || reading.mrz->nameEndsInLookAlike ||
                          zone.namesGap || !zone.namesConfirmed ||
                          (zone.fromCells && zone.namesConfidence < kSureLetter);
    const double names =
        doubtful ? std::min(zone.namesConfidence, 0.6) : std::max(zone.namesConfidence, 0.85);
    proposeFromZone(*reading.mrz->outcome.record, names, reading.proposals);
  } else if (!reading.zoneFound) {
    reading.proposals = CardFrontReader(*front_, *khmer_).read(image);
    if (!reading.proposals.isEmpty())
      reading.side = CardSide::Front;
  } else {
    reading.side = CardSide::Back; // a zone that does not validate proposes nothing
  }
  reading.elapsedMs = timer.elapsed();
  return reading;
}

} // namespace camie::ocr
