// Fuzzes the `keys` reference document parser (registry and portal keys).
#include "core/refdata/published_keys.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArrayView bytes(data, static_cast<qsizetype>(size));
  auto keys = camie::refdata::PublishedKeys::fromJson(bytes);
  if (keys.ok()) {
    for (const auto& k : keys->registry()) {
      if (k.publicKey.size() != 32 || k.notAfter <= k.notBefore)
        __builtin_trap(); // the parser promised both
    }
    (void)keys->sealingKeyAt(1767225600);
  } else if (keys.error().code.isEmpty() || keys.error().message.isEmpty()) {
    __builtin_trap();
  }
  return 0;
}
