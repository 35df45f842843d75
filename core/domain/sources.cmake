# Sources of core/domain, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
)
