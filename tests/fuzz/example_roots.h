// The registry roots the fuzz targets pin: the example root of
// docs/api/registry.yaml (private key bytes 0..31), so that their seed
// corpora hold documents that verify.
#pragma once

#include "core/trust/registry_roots.h"

namespace camie::fuzz {

inline const trust::RegistryRoots& exampleRoots() {
  static const trust::RegistryRoots r = [] {
    auto parsed = trust::RegistryRoots::fromJson(
        R"({"roots": [{"kid": "root-2026", "public": "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=",
            "not_before": 1767225600, "not_after": 1924992000}]})",
        QStringLiteral("fuzz"));
    if (!parsed)
      __builtin_trap();
    return *parsed;
  }();
  return r;
}

} // namespace camie::fuzz
