// CardFrontReader: reads the printed fields of a Khmer ID card's front with
// Tesseract (khm+eng): the Khmer name, the Latin name, sex, date of birth
// (Khmer or Western digits) and the ID number with its bracketed check digit.
// Each value is a proposal with the OCR's confidence; when the card shows no
// Latin name, one is proposed from the Khmer name (KhmerRomanizer).
#pragma once

#include "core/ocr/card_reading.h"
#include "core/ocr/tesseract_engine.h"
#include "core/scan/image_ref.h"

#include <QList>

namespace camie::ocr {

class CardFrontReader {
public:
  static TesseractEngine::Options engineOptions();
  // Khmer alone: the name's line is read again with it when khm+eng made a
  // short Khmer word into Latin letters (or lost it).
  static TesseractEngine::Options khmerOptions();

  explicit CardFrontReader(TesseractEngine& engine) : engine_(engine) {}
  CardFrontReader(TesseractEngine& engine, TesseractEngine& khmer)
      : engine_(engine), khmer_(&khmer) {}

  QList<FieldProposal> read(const scan::ImageRef& image);

  // The proposals in lines of text read from a front (what read() does after
  // the OCR; separate so it can be tested on text).
  static QList<FieldProposal> propose(const QList<OcrLine>& lines);

private:
  TesseractEngine& engine_;
  TesseractEngine* khmer_ = nullptr;
};

} // namespace camie::ocr
