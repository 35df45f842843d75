// MrzZoneReader: finds the three-line machine-readable zone on a picture of an
// ID card's back and reads it with Tesseract (eng, A-Z 0-9 < only); the
// MrzCorrector decides what, if anything, it says.
#pragma once

#include "core/ocr/mrz_corrector.h"
#include "core/ocr/tesseract_engine.h"
#include "core/scan/image_ref.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <optional>

namespace camie::ocr {

struct ZoneReading {
  std::optional<MrzCorrection> correction; // none when no three MRZ-like lines were seen
  // The OCR's confidence in the names: its least sure letter when the zone
  // came from placeInCells (fromCells), else its mean over the line.
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

  // The three lines of a zone with every character the OCR read put in its
  // cell by where it stands (OCR-B is monospaced): fillers
  // the OCR lost come back as `<`, a character read twice in one cell counts
  // once, and a filler read as a look-alike (K, E, C, S, X, G, J; a digit in
  // optional data) — a shorter glyph than any letter or digit — is a filler
  // again where a filler may stand (in the names, only next to a filler).
  // Nothing when the boxes do not make three left-aligned lines of 30 cells.
  // Whether the names of a validated zone's third line (`names`) are the
  // ones a second reading of that line (`reread`, as read) begins with. Both
  // compared without fillers and without a K beside a filler (a filler's
  // look-alike), so a `<<` read as `<K<` is no disagreement.
  static bool sameNames(const QString& names, const QString& reread);

  struct Cells {
    QStringList lines;
    bool namesGap = false; // an empty cell between letters of the names
    // The lowest OCR confidence of a letter of the names; at most 0.5 when
    // the names end in a filler's look-alike (K, E, C, S, X, G, J).
    double namesConfidence = 1;
  };
  static std::optional<Cells> placeInCells(const std::array<const QList<OcrSymbol>*, 3>& lines);

private:
  ZoneReading readOnce(const scan::ImageRef& image, QDate today);

  TesseractEngine& engine_;
};

} // namespace camie::ocr
