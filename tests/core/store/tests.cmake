# Catch2 test sources for core/store, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/store/audit_log_test.cpp
  core/store/bundle_queue_test.cpp
  core/store/database_backup_test.cpp
  core/store/duplicate_index_test.cpp
  core/store/key_vault_attack_test.cpp
  core/store/key_vault_one_time_pin_test.cpp
  core/store/key_vault_test.cpp
  core/store/kiosk_store_card_check_test.cpp
  core/store/kiosk_store_service_test.cpp
  core/store/kiosk_store_service_sign_in_test.cpp
  core/store/operator_directory_test.cpp
  core/store/key_vault_tpm_test.cpp
  core/store/privacy_test.cpp
  core/store/record_search_test.cpp
  core/store/record_store_test.cpp
  core/store/registration_queue_test.cpp
  core/store/registration_drafts_test.cpp
  core/store/schema_migrations_test.cpp
  core/store/secret_policy_test.cpp
  core/store/sqlite_database_test.cpp
)
