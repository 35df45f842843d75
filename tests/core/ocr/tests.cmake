# Catch2 test sources for core/ocr, relative to tests/ (pure: no pictures).
list(APPEND CAMIE_TEST_SOURCES
  core/ocr/card_front_reader_test.cpp
  core/ocr/mrz_corrector_test.cpp
  core/ocr/mrz_zone_reader_test.cpp
)
