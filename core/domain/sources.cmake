# Sources of core/domain, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  domain/card_check.cpp domain/card_check.h
  domain/field_checker.cpp domain/field_checker.h
  domain/field_condition.cpp domain/field_condition.h
  domain/field_spec.cpp domain/field_spec.h
  domain/field_spec_parser.cpp domain/field_spec_parser.h
  domain/form_schema.cpp domain/form_schema.h
  domain/gazetteer.cpp domain/gazetteer.h
  domain/khmer_romanizer.cpp domain/khmer_romanizer.h
  domain/khmer_text.cpp domain/khmer_text.h
  domain/latin_name.cpp domain/latin_name.h
  domain/localized_text.h
  domain/phone_number.cpp domain/phone_number.h
  domain/receipt_code.cpp domain/receipt_code.h
  domain/date_text.cpp domain/date_text.h
  domain/demo_registrations.cpp domain/demo_registrations.h
  domain/duplicate_keys.cpp domain/duplicate_keys.h
  domain/registration_record.h
  domain/registration_validator.cpp domain/registration_validator.h
  domain/script_hint.cpp domain/script_hint.h
  domain/step_spec.h
)
