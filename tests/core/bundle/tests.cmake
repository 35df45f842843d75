# Catch2 test sources for core/bundle, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/bundle/record_bundle_test.cpp
)
