# Catch2 test sources for core/store, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
)
