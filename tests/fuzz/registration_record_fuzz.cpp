// Fuzzes the parser of a registration record (what the registry opens).
#include "core/domain/registration_record.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto record = camie::domain::RegistrationRecord::fromJson(
      QByteArrayView(data, static_cast<qsizetype>(size)));
  if (record.ok()) {
    // A parsed record serialises and parses back to the same id, answers and card check.
    auto again = camie::domain::RegistrationRecord::fromJson(record->toJson());
    if (!again.ok() || again->id != record->id || again->answers != record->answers ||
        again->cardCheck.has_value() != record->cardCheck.has_value() ||
        (again->cardCheck && (again->cardCheck->differing != record->cardCheck->differing ||
                              again->cardCheck->confirmedBy != record->cardCheck->confirmedBy)))
      __builtin_trap();
  }
  return 0;
}
