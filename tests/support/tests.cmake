# Test support compiled into camie_tests (header-only helpers need no entry),
# relative to tests/: the camdx-sim child process, the test PKI, the OpenAPI contract.
list(APPEND CAMIE_TEST_SOURCES
  support/camdx_sim_process.cpp support/camdx_sim_process.h
  support/connect_proxy.cpp support/connect_proxy.h
  support/disk_bytes.h
  support/swtpm_daemon.h support/swtpm_process.h
  support/openapi_contract.cpp support/openapi_contract.h
  support/test_pki.cpp support/test_pki.h
)
