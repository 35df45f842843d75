# Sources of core/store, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  store/audit_log.cpp store/audit_log.h
  store/bundle_queue.cpp store/bundle_queue.h
  store/database_backup.cpp store/database_backup.h
  store/database_check.cpp store/database_check.h
  store/device_identity.cpp store/device_identity.h
  store/duplicate_index.cpp store/duplicate_index.h
  store/duplicate_report.h
  store/key_vault.cpp store/key_vault.h store/key_vault_sign_in.cpp
  store/kiosk_database.cpp store/kiosk_database.h
  store/kiosk_store_service.cpp store/kiosk_store_service.h
  store/operator_directory.cpp store/operator_directory.h
  store/operator_info.h
  store/operator_role.h
  store/outgoing_queue.cpp store/outgoing_queue.h
  store/receipt_facts.h
  store/record_query.cpp store/record_query.h
  store/record_query_service.cpp store/record_query_service.h
  store/record_reader.cpp store/record_reader.h
  store/record_search.cpp store/record_search.h
  store/record_status.cpp store/record_status.h
  store/record_store.cpp store/record_store.h
  store/record_summary.h
  store/registration_queue.cpp store/registration_queue.h
  store/registration_service.cpp store/registration_service.h
  store/reference_data_store.cpp store/reference_data_store.h
  store/retention_purge.cpp store/retention_purge.h
  store/saved_draft.h
  store/schema_migrations.cpp store/schema_migrations.h
  store/secret_policy.cpp store/secret_policy.h
  store/settings_store.cpp store/settings_store.h
  store/session_service.cpp store/session_service.h
  store/sign_in_refusal.cpp store/sign_in_refusal.h
  store/sqlite_database.cpp store/sqlite_database.h
  store/sqlite_error.cpp store/sqlite_error.h
  store/sqlite_statement.cpp store/sqlite_statement.h
  store/status_counts.h
  store/store_state.cpp store/store_state.h
  store/slot_kdf.cpp store/slot_kdf.h
  store/slot_kek.cpp store/slot_kek.h
)
