# Sources of core/scan, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  scan/barcode_decoder.cpp scan/barcode_decoder.h
  scan/barcode_encoder.cpp scan/barcode_encoder.h
  scan/camera_decoder.cpp scan/camera_decoder.h
  scan/base45.cpp scan/base45.h
  scan/decoded_code.h
  scan/duplicate_filter.cpp scan/duplicate_filter.h
  scan/frame_buffer.h
  scan/frame_decoder.h
  scan/frame_outcome.h
  scan/frame_pipeline.cpp scan/frame_pipeline.h
  scan/frame_worker.cpp scan/frame_worker.h
  scan/grey_image.h
  scan/ie1_decoder.cpp scan/ie1_decoder.h
  scan/ie1_encoder.cpp scan/ie1_encoder.h
  scan/ie1_envelope.cpp scan/ie1_envelope.h
  scan/ie1_outcome.h
  scan/image_frame.h
  scan/image_ref.h
  scan/mrz_layout.cpp scan/mrz_layout.h
  scan/mrz_parser.cpp scan/mrz_parser.h
  scan/mrz_record.h
  scan/prefill.h
  scan/prefill_builder.cpp scan/prefill_builder.h
  scan/scan_classifier.cpp scan/scan_classifier.h
  scan/scanned_payload.cpp scan/scanned_payload.h
  scan/verify_link.cpp scan/verify_link.h
  scan/wedge_detector.cpp scan/wedge_detector.h
  scan/zlib_codec.cpp scan/zlib_codec.h
)
