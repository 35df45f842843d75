# Sources of core/wire (the sealed record's wire form: the record and the
# upload batch as JSON, the HPKE info string, the suite names), relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  wire/batch.cpp wire/batch.h
  wire/json_fields.cpp wire/json_fields.h
  wire/seal_info.cpp wire/seal_info.h
  wire/sealed_copy.h
  wire/sealed_record.cpp wire/sealed_record.h
  wire/suite_names.h
)
