# Catch2 test sources for core/trust, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/trust/receipt_test.cpp
  core/trust/registry_roots_test.cpp
  core/trust/signed_keys_test.cpp
)
