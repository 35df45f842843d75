# Catch2 test sources for core/scan, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/scan/barcode_decoder_test.cpp
  core/scan/barcode_encoder_test.cpp
  core/scan/base45_test.cpp
  core/scan/camera_decoder_test.cpp
  core/scan/duplicate_filter_test.cpp
  core/scan/frame_pipeline_test.cpp
  core/scan/ie1_decoder_test.cpp
  core/scan/mrz_parser_test.cpp
  core/scan/prefill_builder_test.cpp
  core/scan/scan_classifier_test.cpp
  core/scan/verify_link_test.cpp
  core/scan/wedge_detector_test.cpp
  core/scan/zlib_codec_test.cpp
)
