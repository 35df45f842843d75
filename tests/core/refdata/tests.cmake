# Catch2 test sources for core/refdata, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/refdata/published_keys_test.cpp
)
