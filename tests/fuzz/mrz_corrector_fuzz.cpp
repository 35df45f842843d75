// Fuzzes the OCR zone corrector with whatever an OCR engine might read: any
// three lines give a status, a proposed zone only when the parser accepts it
// (three lines of 30), never a crash and never more than the bounded search.
#include "core/ocr/mrz_corrector.h"

#include <cstddef>
#include <cstdint>

using camie::ocr::MrzCorrection;
using camie::ocr::MrzCorrector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QString text =
      QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const QDate today(2025, 11, 25);
  const MrzCorrection c = MrzCorrector::correct(text.split(u'\n'), today);
  if (c.alternativesTried > (1 << MrzCorrector::kMaxDoubtful))
    __builtin_trap(); // the search is bounded
  if (c.ok()) {
    if (!c.outcome.ok() || c.zone.size() != 3 * 30 + 2 ||
        !camie::scan::MrzParser::parse(c.zone, today).ok())
      __builtin_trap(); // a proposal is a zone the parser accepts
  } else if (!c.zone.isEmpty() || c.outcome.record) {
    __builtin_trap(); // nothing proposed means nothing at all
  }
  return 0;
}
