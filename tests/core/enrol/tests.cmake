# Catch2 test sources for core/enrol, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/enrol/certificate_request_test.cpp
  core/enrol/device_certificate_test.cpp
  core/enrol/device_enrolment_test.cpp
  core/enrol/device_key_test.cpp
)
