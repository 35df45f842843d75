# Sources of core/sync, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  sync/backoff_policy.h
  sync/gzip.cpp sync/gzip.h
  sync/http_client.cpp sync/http_client.h
  sync/record_answer.cpp sync/record_answer.h
  sync/registry_client.cpp sync/registry_client.h
  sync/retry_after.cpp sync/retry_after.h
  sync/sync_reference.cpp
  sync/sync_runner.cpp sync/sync_runner.h
  sync/sync_service.cpp sync/sync_service.h
  sync/sync_settings.h
  sync/sync_status.h
  sync/sync_worker.cpp sync/sync_worker.h
  sync/transport_errors.cpp sync/transport_errors.h
  sync/xroad_error.cpp sync/xroad_error.h
  sync/xroad_identifier.cpp sync/xroad_identifier.h
)
