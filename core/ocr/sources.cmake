# Sources of core/ocr, relative to core/: reading Khmer ID cards with Tesseract.
list(APPEND CAMIE_CORE_SOURCES
  ocr/card_front_reader.cpp ocr/card_front_reader.h
  ocr/card_reader.cpp ocr/card_reader.h
  ocr/card_reading.cpp ocr/card_reading.h
  ocr/mrz_cells.cpp ocr/mrz_cells.h
  ocr/mrz_check_sums.cpp ocr/mrz_check_sums.h
  ocr/mrz_corrector.cpp ocr/mrz_corrector.h
  ocr/mrz_zone_reader.cpp ocr/mrz_zone_reader.h
  ocr/tesseract_engine.cpp ocr/tesseract_engine.h
)
