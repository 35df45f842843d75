// Fuzzes the parser of a registration record (what the registry opens).
#include "core/domain/registration_record.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto record = camie::domain::RegistrationRecord::fromJson(
      QByteArrayView(data, static_cast<qsizetype>(size)));
  if (record.ok()) {
    // A parsed record serialises and parses back to the same id and answers.
    auto again = camie::domain::RegistrationRecord::fromJson(record->toJson());
    if (!again.ok() || again->id != record->id || again->answers != record->answers)
      __builtin_trap();
  }
  return 0;
}
