// Fuzzes the ICAO 9303 MRZ parser (TD1, TD3): any text gives an outcome, a
// valid one only with every check digit right, never a crash.
#include "core/scan/mrz_parser.h"

#include <cstddef>
#include <cstdint>

using camie::scan::MrzParser;
using camie::scan::MrzVerdict;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QString text =
      QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const QDate today(2025, 11, 25);
  const auto outcome = MrzParser::parse(text, today);
  (void)MrzParser::looksLikeMrz(text);
  const int digit = MrzParser::checkDigit(text);
  if (digit < -1 || digit > 9)
    __builtin_trap();
  if (outcome.ok()) {
    const auto& r = *outcome.record;
    if (!r.birthDate.isValid() || !r.expiryDate.isValid() || r.birthDate > today ||
        r.issuer.size() > 3 || r.nationality.size() > 3)
      __builtin_trap(); // the parser promised real dates and country codes
    (void)r.toJson();
    (void)r.isKhmerIdCard();
  } else if (outcome.message.isEmpty() || outcome.record ||
             (outcome.verdict != MrzVerdict::BadLength && outcome.field.isEmpty())) {
    __builtin_trap(); // every failure is explained and, past the shape, names a field
  }
  return 0;
}
