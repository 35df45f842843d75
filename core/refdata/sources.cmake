# Sources of core/refdata (reference documents: parsers and the parsed set),
# relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  refdata/published_keys.cpp refdata/published_keys.h
  refdata/reference_set.cpp refdata/reference_set.h
)
