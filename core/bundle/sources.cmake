# Sources of core/bundle (signed USB bundles of sealed records), relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  bundle/record_bundle.cpp bundle/record_bundle.h
)
