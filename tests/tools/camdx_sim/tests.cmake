# Catch2 tests of camdx-sim (tag [sim]), relative to tests/: real HTTP(S) on
# loopback against the simulator binary.
list(APPEND CAMIE_TEST_SOURCES
  tools/camdx_sim/contract_test.cpp
  tools/camdx_sim/faults_test.cpp
  tools/camdx_sim/mutual_tls_test.cpp
  tools/camdx_sim/reference_data_test.cpp
  tools/camdx_sim/registry_test.cpp
  tools/camdx_sim/sealed_records.cpp tools/camdx_sim/sealed_records.h
  tools/camdx_sim/sign_csr_test.cpp
  tools/camdx_sim/signatures_test.cpp
  tools/camdx_sim/sim_client.cpp tools/camdx_sim/sim_client.h
  tools/camdx_sim/sim_fixture.h
  tools/camdx_sim/xroad_gateway_test.cpp
)
