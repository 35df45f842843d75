// Owners for OpenSSL objects: std::unique_ptr with the object's free function as
// deleter, so every EVP_* handle and BIO is released on every path. Used by
// core/crypto and by the core units that read keys and certificates.
#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace camie::crypto {

// Calls Free(p) when the owning pointer goes away.
template <auto Free>
struct OpensslDeleter {
  template <typename T>
  void operator()(T* p) const noexcept {
    Free(p);
  }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpensslDeleter<&EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpensslDeleter<&EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpensslDeleter<&EVP_MD_CTX_free>>;
using EvpCipherPtr = std::unique_ptr<EVP_CIPHER, OpensslDeleter<&EVP_CIPHER_free>>;
using EvpCipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpensslDeleter<&EVP_CIPHER_CTX_free>>;
using EvpKdfPtr = std::unique_ptr<EVP_KDF, OpensslDeleter<&EVP_KDF_free>>;
using EvpKdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OpensslDeleter<&EVP_KDF_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpensslDeleter<&BIO_free>>;

} // namespace camie::crypto
