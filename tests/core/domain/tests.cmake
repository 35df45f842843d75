# Catch2 test sources for core/domain, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
)
