// Fuzzes the text of a key slot's derivation (core/store/slot_kdf.h), read
// from key_slots.kdf of a database someone may have edited: scrypt's cost and
// salt, and a TPM key's marshalled public and private parts (tpm2-tss's
// unmarshalling). A text that parses prints back to one that parses the same.
#include "core/store/slot_kdf.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QString text =
      QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  auto kdf = camie::store::SlotKdf::fromString(text);
  if (kdf.ok()) {
    auto again = camie::store::SlotKdf::fromString(kdf->toString());
    if (!again.ok() || again->scrypt != kdf->scrypt || again->tpm != kdf->tpm)
      __builtin_trap();
  }
  return 0;
}
