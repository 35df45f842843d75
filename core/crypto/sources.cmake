# Sources of core/crypto, relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  crypto/aead.cpp crypto/aead.h
  crypto/ed25519.cpp crypto/ed25519.h
  crypto/hpke.cpp crypto/hpke.h
  crypto/hpke_context.cpp crypto/hpke_context.h
  crypto/hpke_kdf.cpp crypto/hpke_kdf.h
  crypto/hpke_suite.cpp crypto/hpke_suite.h
  crypto/key_wrap.cpp crypto/key_wrap.h
  crypto/keyed_digest.cpp crypto/keyed_digest.h
  crypto/local_cipher.cpp crypto/local_cipher.h
  crypto/openssl_error.cpp crypto/openssl_error.h
  crypto/openssl_error_guard.h
  crypto/openssl_ptr.h
  crypto/pem_key.cpp crypto/pem_key.h
  crypto/scrypt_kdf.cpp crypto/scrypt_kdf.h
  crypto/scrypt_params.cpp crypto/scrypt_params.h
  crypto/secure_bytes.cpp crypto/secure_bytes.h
  crypto/x25519_key_pair.cpp crypto/x25519_key_pair.h
  crypto/tpm_context.cpp crypto/tpm_context.h
  crypto/tpm_error.cpp crypto/tpm_error.h
  crypto/tpm_hmac_key.cpp crypto/tpm_hmac_key.h
  crypto/tpm_object.cpp crypto/tpm_object.h
)
