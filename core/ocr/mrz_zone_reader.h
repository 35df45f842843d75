// MrzZoneReader: finds the three-line machine-readable zone on a picture of an
// ID card's back and reads it with Tesseract (eng, A-Z 0-9 < only), its
// characters placed in their cells (MrzCells); the MrzCorrector decides what,
// if anything, it says.
#pragma once

#include "core/ocr/mrz_corrector.h"
#include "core/ocr/tesseract_engine.h"
#include "core/scan/image_ref.h"

#include <QDate>
#include <QRect>

#include <optional>

namespace camie::ocr {

struct ZoneReading {
  std::optional<MrzCorrection> correction; // none when no three MRZ-like lines were seen
  // The OCR's confidence in the names: its least sure letter when the zone
  // came from placeInCells (mrz_cells.h; fromCells), else its mean over the line.
  double namesConfidence = 0;
  bool fromCells = false;
  bool namesGap = false;    // a cell inside the names held nothing: a letter may be lost
  bool fillersSeen = false; // some line read had a run of fillers (<<)
  QRect namesBox;           // where the names line stands in the picture
  // The names line read again alone gave the same names (sameNames); set
  // only for a zone that validated.
  bool namesConfirmed = false;
};

class MrzZoneReader {
public:
  // The engine's options for reading zones.
  static TesseractEngine::Options engineOptions();

  explicit MrzZoneReader(TesseractEngine& engine) : engine_(engine) {}

  // `image`: 8-bit grey. Reads the lower part of the picture (where the zone
  // stands when the card is upright), once more with adaptive thresholding
  // when the first reading does not validate (glare, uneven light).
  ZoneReading read(const scan::ImageRef& image, QDate today);

private:
  ZoneReading readOnce(const scan::ImageRef& image, QDate today);

  TesseractEngine& engine_;
};

} // namespace camie::ocr
