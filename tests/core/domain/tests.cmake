# Catch2 test sources for core/domain, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/domain/date_text_test.cpp
  core/domain/domain_fixtures.h
  core/domain/field_checker_test.cpp
  core/domain/form_schema_test.cpp
  core/domain/gazetteer_test.cpp
  core/domain/khmer_romanizer_test.cpp
  core/domain/khmer_text_test.cpp
  core/domain/phone_number_test.cpp
  core/domain/receipt_code_test.cpp
  core/domain/registration_validator_test.cpp
  core/domain/script_hint_test.cpp
)
