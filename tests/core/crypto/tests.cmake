# Catch2 test sources for core/crypto, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
)
