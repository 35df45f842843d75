// Fuzzes the signed keys envelope's verifier (core/trust/signed_keys.h): what
// GET reference/keys, `refdata load keys` and `enrol install --keys` feed it.
// The pinned root is the example root of docs/api/registry.yaml (private key
// bytes 0..31), so the seed corpus holds envelopes that verify.
#include "core/trust/signed_keys.h"
#include "example_roots.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArrayView bytes(data, static_cast<qsizetype>(size));
  for (const qint64 held : {qint64{0}, qint64{7}}) {
    auto verified = camie::trust::SignedKeys::verify(bytes, camie::fuzz::exampleRoots(), held,
                                                     QStringLiteral("fuzz"));
    if (verified.ok()) {
      // The verifier promised: a signed document, a serial not going back,
      // issued while the root was valid.
      if (verified->document.isEmpty() || verified->serial < held ||
          verified->rootKid != u"root-2026" ||
          !camie::fuzz::exampleRoots().find(u"root-2026")->validAt(verified->issuedAt))
        __builtin_trap();
    } else if (verified.error().code.isEmpty() || verified.error().message.isEmpty()) {
      __builtin_trap();
    }
  }
  return 0;
}
