# Catch2 tests of app/transfer (USB bundle import and export), relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  app/transfer/bundle_import_test.cpp
)
