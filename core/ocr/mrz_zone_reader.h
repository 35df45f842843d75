// MrzZoneReader: finds the three-line machine-readable zone on a picture of an
// ID card's back and reads it with Tesseract (eng, A-Z 0-9 < only); the
// MrzCorrector decides what, if anything, it says.
#pragma once

#include "core/ocr/mrz_corrector.h"
#include "core/ocr/tesseract_engine.h"
#include "core/scan/image_ref.h"

#include <QDate>

#include <optional>

namespace camie::ocr {

struct ZoneReading {
  std::optional<MrzCorrection> correction; // none when no three MRZ-like lines were seen
  double namesConfidence = 0;              // the OCR's confidence in the names line
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
