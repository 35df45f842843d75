# Catch2 test sources for core/sync, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/sync/retry_and_backoff_test.cpp
  core/sync/sync_runner_test.cpp
  core/sync/sync_service_test.cpp
  core/sync/registry_answers_test.cpp
  core/sync/retention_purge_test.cpp
)
