# Catch2 test sources for core/wire, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/wire/batch_test.cpp
  core/wire/sealed_record_test.cpp
)
