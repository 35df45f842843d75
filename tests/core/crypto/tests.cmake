# Catch2 test sources for core/crypto, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/crypto/aead_test.cpp
  core/crypto/crypto_test_support.h
  core/crypto/ed25519_test.cpp
  core/crypto/hpke_context_test.cpp
  core/crypto/hpke_suite_test.cpp
  core/crypto/hpke_test.cpp
  core/crypto/hpke_vector_file.cpp core/crypto/hpke_vector_file.h
  core/crypto/hpke_vectors_test.cpp
  core/crypto/key_wrap_test.cpp
  core/crypto/local_cipher_test.cpp
  core/crypto/scrypt_kdf_test.cpp
  core/crypto/scrypt_params_test.cpp
  core/crypto/secure_bytes_test.cpp
  core/crypto/x25519_key_pair_test.cpp
)
