#include "core/crypto/aead.h"

#include "core/crypto/openssl_error.h"
#include "core/crypto/openssl_ptr.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <climits>

namespace camie::crypto {

namespace {

const char* cipherName(AeadAlgorithm algorithm) {
  switch (algorithm) {
  case AeadAlgorithm::Aes128Gcm:
    return "AES-128-GCM";
  case AeadAlgorithm::Aes256Gcm:
    return "AES-256-GCM";
  case AeadAlgorithm::ChaCha20Poly1305:
    return "ChaCha20-Poly1305";
  }
  return "AES-256-GCM"; // unreachable: every enumerator is handled above
}

const unsigned char* bytes(QByteArrayView view) {
  return reinterpret_cast<const unsigned char*>(view.data());
}

// The cipher's implementation, looked up once (a fetch by name takes locks
// and costs more than sealing a registration); shared, as OpenSSL allows.
const EVP_CIPHER* fetched(AeadAlgorithm algorithm) {
  static const std::array<EvpCipherPtr, 3> ciphers{
      EvpCipherPtr(EVP_CIPHER_fetch(nullptr, cipherName(AeadAlgorithm::Aes128Gcm), nullptr)),
      EvpCipherPtr(EVP_CIPHER_fetch(nullptr, cipherName(AeadAlgorithm::Aes256Gcm), nullptr)),
      EvpCipherPtr(
          EVP_CIPHER_fetch(nullptr, cipherName(AeadAlgorithm::ChaCha20Poly1305), nullptr))};
  switch (algorithm) {
  case AeadAlgorithm::Aes128Gcm:
    return ciphers[0].get();
  case AeadAlgorithm::Aes256Gcm:
    return ciphers[1].get();
  case AeadAlgorithm::ChaCha20Poly1305:
    return ciphers[2].get();
  }
  return nullptr;
}

// A cipher context keyed for one message in one direction, after the aad.
Result<EvpCipherCtxPtr> start(AeadAlgorithm algorithm, const SecureBytes& key, QByteArrayView nonce,
                              QByteArrayView aad, bool encrypt) {
  const QString name = QString::fromLatin1(cipherName(algorithm));
  if (key.size() != Aead::keySize(algorithm))
    return makeError(QStringLiteral("bad_key_size"),
                     QStringLiteral("A %1 key must be %2 bytes, not %3.")
                         .arg(name)
                         .arg(Aead::keySize(algorithm))
                         .arg(key.size()));
  if (nonce.size() != Aead::kNonceSize)
    return makeError(QStringLiteral("bad_nonce_size"),
                     QStringLiteral("A %1 nonce must be %2 bytes, not %3.")
                         .arg(name)
                         .arg(Aead::kNonceSize)
                         .arg(nonce.size()));
  if (aad.size() > INT_MAX)
    return makeError(QStringLiteral("input_too_large"),
                     QStringLiteral("The associated data is too large to encrypt in one piece."));

  const EVP_CIPHER* cipher = fetched(algorithm);
  EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
  if (!cipher || !ctx ||
      EVP_CipherInit_ex2(ctx.get(), cipher, key.data(), bytes(nonce), encrypt ? 1 : 0, nullptr) !=
          1)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("setting up %1").arg(name));
  int written = 0;
  if (!aad.isEmpty() &&
      EVP_CipherUpdate(ctx.get(), nullptr, &written, bytes(aad), static_cast<int>(aad.size())) != 1)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("adding associated data to %1").arg(name));
  return ctx;
}

} // namespace

qsizetype Aead::keySize(AeadAlgorithm algorithm) {
  return algorithm == AeadAlgorithm::Aes128Gcm ? 16 : 32;
}

Result<QByteArray> Aead::seal(AeadAlgorithm algorithm, const SecureBytes& key, QByteArrayView nonce,
                              QByteArrayView aad, QByteArrayView plaintext) {
  if (plaintext.size() > INT_MAX - kTagSize)
    return makeError(QStringLiteral("input_too_large"),
                     QStringLiteral("The data is too large to encrypt in one piece."));
  auto ctx = start(algorithm, key, nonce, aad, true);
  if (!ctx)
    return ctx.error();

  QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
  auto* dst = reinterpret_cast<unsigned char*>(out.data());
  int written = 0;
  if (!plaintext.isEmpty() && EVP_CipherUpdate(ctx->get(), dst, &written, bytes(plaintext),
                                               static_cast<int>(plaintext.size())) != 1)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("encrypting"));
  std::array<unsigned char, 32> tail{};
  int tailSize = 0;
  if (written != plaintext.size() || EVP_CipherFinal_ex(ctx->get(), tail.data(), &tailSize) != 1 ||
      tailSize != 0)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("finishing encryption"));

  std::array<OSSL_PARAM, 2> params{OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG,
                                                                     dst + written,
                                                                     static_cast<size_t>(kTagSize)),
                                   OSSL_PARAM_construct_end()};
  if (EVP_CIPHER_CTX_get_params(ctx->get(), params.data()) != 1)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("reading the tag"));
  return out;
}

Result<QByteArray> Aead::open(AeadAlgorithm algorithm, const SecureBytes& key, QByteArrayView nonce,
                              QByteArrayView aad, QByteArrayView ciphertextAndTag) {
  if (ciphertextAndTag.size() < kTagSize)
    return makeError(QStringLiteral("malformed_ciphertext"),
                     QStringLiteral("The encrypted data is %1 bytes, shorter than its %2-byte "
                                    "authentication tag: it was truncated or is not ciphertext.")
                         .arg(ciphertextAndTag.size())
                         .arg(kTagSize));
  if (ciphertextAndTag.size() > INT_MAX)
    return makeError(QStringLiteral("input_too_large"),
                     QStringLiteral("The data is too large to decrypt in one piece."));
  auto ctx = start(algorithm, key, nonce, aad, false);
  if (!ctx)
    return ctx.error();

  const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - kTagSize);
  std::array<unsigned char, kTagSize> tag{};
  std::copy_n(bytes(ciphertextAndTag.last(kTagSize)), kTagSize, tag.begin());
  std::array<OSSL_PARAM, 2> params{
      OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag.data(), tag.size()),
      OSSL_PARAM_construct_end()};
  if (EVP_CIPHER_CTX_set_params(ctx->get(), params.data()) != 1)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("setting the tag"));

  QByteArray out(ciphertext.size(), Qt::Uninitialized);
  int written = 0;
  if (!ciphertext.isEmpty() &&
      EVP_CipherUpdate(ctx->get(), reinterpret_cast<unsigned char*>(out.data()), &written,
                       bytes(ciphertext), static_cast<int>(ciphertext.size())) != 1)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("decrypting"));
  std::array<unsigned char, 32> tail{};
  int tailSize = 0;
  if (written != ciphertext.size() || EVP_CipherFinal_ex(ctx->get(), tail.data(), &tailSize) != 1 ||
      tailSize != 0) {
    // Unauthenticated plaintext never leaves this function.
    if (!out.isEmpty())
      OPENSSL_cleanse(out.data(), static_cast<size_t>(out.size()));
    clearOpensslErrors();
    return makeError(QStringLiteral("authentication_failed"),
                     QStringLiteral("The encrypted data did not verify: wrong key, data that "
                                    "belongs to another record, or damaged bytes."));
  }
  return out;
}

} // namespace camie::crypto
