// CardReader: reads one picture of a Khmer national ID card — the back's
// machine-readable zone, else the front's printed fields — into proposals for
// the registration form. Holds its Tesseract engines: made once per worker
// thread, reused for every picture. The picture is only read, never kept.
#pragma once

#include "core/ocr/card_reading.h"
#include "core/ocr/tesseract_engine.h"
#include "core/scan/image_ref.h"
#include "core/util/result.h"

#include <QDate>

#include <memory>

namespace camie::ocr {

class CardReader {
public:
  // Loads the eng and khm models; error "ocr_unavailable" when one is missing.
  static Result<std::unique_ptr<CardReader>> open();

  // `image`: 8-bit grey (PixelLayout::Lum, pixel stride 1), the card upright
  // and filling most of the picture. `today` resolves the zone's two-digit years.
  CardReading read(const scan::ImageRef& image, QDate today);

private:
  CardReader(std::unique_ptr<TesseractEngine> zone, std::unique_ptr<TesseractEngine> front,
             std::unique_ptr<TesseractEngine> khmer);

  std::unique_ptr<TesseractEngine> zone_;
  std::unique_ptr<TesseractEngine> front_;
  std::unique_ptr<TesseractEngine> khmer_; // the front's name line read again
};

} // namespace camie::ocr
