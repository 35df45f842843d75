# Sources of core/trust (the registry's pinned root keys, the signed keys
# document and signed receipts; docs/security.md), relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  trust/receipt.cpp trust/receipt.h
  trust/registry_roots.cpp trust/registry_roots.h
  trust/signed_keys.cpp trust/signed_keys.h
)
