# Sources of core/crypto, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
)
