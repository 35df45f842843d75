# Sources of core/store, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
)
