# Catch2 tests of camie-kioskctl, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  app/ctl/crash_safety_test.cpp
  app/ctl/kioskctl_backup_test.cpp
  app/ctl/kioskctl_enrol_test.cpp
  app/ctl/kioskctl_operator_test.cpp
  app/ctl/kioskctl_status_test.cpp
  app/ctl/kioskctl_store_test.cpp
  app/ctl/kioskctl_sync_test.cpp
  app/ctl/kioskctl_bundle_test.cpp
  app/ctl/kioskctl_scan_test.cpp
  app/ctl/kioskctl_test.cpp
  app/ctl/kioskctl_trust_test.cpp
)
