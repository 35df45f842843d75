// Fuzzes the placing of an OCR's characters in the cells of a TD1 zone
// (MrzZoneReader::placeInCells) with whatever boxes Tesseract might give:
// every 8 bytes are one symbol — its line (0..2), its character (A-Z, 0-9,
// <), its box (left: two bytes; top, width and height) and its confidence.
// Never a crash; what is placed is three lines of 30 zone characters, a
// confidence from 0 to 1, and what the corrector then says of it holds its
// own promises (a proposal is a zone the parser accepts).
#include "core/ocr/mrz_corrector.h"
#include "core/ocr/mrz_zone_reader.h"
#include "core/scan/mrz_layout.h"

#include <cstddef>
#include <cstdint>

using namespace camie::ocr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
  std::array<QList<OcrSymbol>, 3> lines;
  for (size_t i = 0; i + 8 <= size; i += 8) {
    const uint8_t* b = data + i;
    const QChar c = QLatin1Char(kAlphabet[b[1] % (sizeof kAlphabet - 1)]);
    const int left = b[2] | (b[3] << 8);
    lines[b[0] % 3].append({c, b[7] / 255.0, QRect(left, b[4] * 4, b[5], b[6])});
  }
  const auto placed = MrzZoneReader::placeInCells({&lines[0], &lines[1], &lines[2]});
  if (!placed)
    return 0;
  if (placed->lines.size() != 3 || placed->namesConfidence < 0 || placed->namesConfidence > 1)
    __builtin_trap();
  for (const QString& line : placed->lines) {
    if (line.size() != 30)
      __builtin_trap();
    for (QChar c : line) {
      if (!camie::scan::MrzLayout::isMrzChar(c))
        __builtin_trap();
    }
  }
  const QDate today(2025, 11, 25);
  const MrzCorrection c = MrzCorrector::correct(placed->lines, today);
  if (c.ok() && !camie::scan::MrzParser::parse(c.zone, today).ok())
    __builtin_trap();
  return 0;
}
