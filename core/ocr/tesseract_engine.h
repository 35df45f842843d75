// TesseractEngine: one Tesseract instance (a language model loaded once), made
// silent — Tesseract writes its notices to stderr by default, and nothing of a
// card may reach a log. Reads lines of text with their confidences from a
// region of a grey picture. Not thread-safe: one per worker thread.
// Tesseract's library is loaded (dlopen) by the first engine of the process,
// not linked: a kiosk that reads no card never maps it.
#pragma once

#include "core/scan/image_ref.h"
#include "core/util/result.h"

#include <QList>
#include <QRect>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace camie::ocr {

// One character as the engine read it, where it stands (the machine-readable
// zone's characters are placed in their cells by these boxes).
struct OcrSymbol {
  QChar character;
  double confidence = 0; // 0..1
  QRect box;             // in the picture's coordinates
};

struct OcrLine {
  QString text;
  double confidence = 0; // 0..1, Tesseract's mean over the line
  QRect box;             // in the picture's coordinates
};

class TesseractEngine {
public:
  struct Options {
    QString languages;          // "eng", "khm", "khm+eng"
    QString whitelist;          // characters allowed, empty for any
    bool dictionaries = true;   // word lists (off for the MRZ: no words there)
    int thresholdingMethod = 0; // 0 Otsu, 1 Leptonica's adaptive Otsu, 2 Sauvola
  };

  // Loads the models from Tesseract's data folder (TESSDATA_PREFIX, else the
  // packaged one). Error "ocr_unavailable" when the library (libtesseract.so.5)
  // or a model is missing.
  static Result<std::unique_ptr<TesseractEngine>> open(const Options& options);
  ~TesseractEngine();
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  // The text lines Tesseract finds in `region` of `image` (8-bit grey, a
  // pixel stride of 1), read as one block of text (page segmentation mode 6).
  // `symbols`, when given, receives each line's characters with their boxes
  // (one list per line, blanks aside).
  QList<OcrLine> readLines(const scan::ImageRef& image, const QRect& region,
                           QList<QList<OcrSymbol>>* symbols = nullptr);
  // Another binarisation for the next reads (Options::thresholdingMethod).
  void setThresholdingMethod(int method);

private:
  explicit TesseractEngine(tesseract::TessBaseAPI* api);

  tesseract::TessBaseAPI* api_; // owned, through the loaded library
};

} // namespace camie::ocr
