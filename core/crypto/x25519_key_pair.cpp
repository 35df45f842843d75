#include "core/crypto/x25519_key_pair.h"

#include "core/crypto/openssl_error.h"
#include "core/crypto/openssl_ptr.h"

#include <openssl/crypto.h>

#include <array>

namespace camie::crypto {

namespace {

const unsigned char* bytes(QByteArrayView view) {
  return reinterpret_cast<const unsigned char*>(view.data());
}

Error badPrivateKeySize(qsizetype size) {
  return makeError(QStringLiteral("bad_key_size"),
                   QStringLiteral("An X25519 private key must be 32 bytes, not %1.").arg(size));
}

Error invalidPublicKey(const QString& why) {
  return makeError(QStringLiteral("invalid_public_key"),
                   QStringLiteral("The X25519 public key is not usable: %1. Check the registry "
                                  "key or the encapsulated key of the record.")
                       .arg(why));
}

Result<EvpPkeyPtr> privateKeyFromRaw(QByteArrayView raw) {
  if (raw.size() != X25519KeyPair::kKeySize)
    return badPrivateKeySize(raw.size());
  EvpPkeyPtr key(EVP_PKEY_new_raw_private_key_ex(nullptr, "X25519", nullptr, bytes(raw),
                                                 static_cast<size_t>(raw.size())));
  if (!key)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("loading an X25519 private key"));
  return key;
}

Result<X25519KeyPair> pairFrom(const EVP_PKEY* key) {
  X25519KeyPair pair;
  pair.privateKey = SecureBytes(X25519KeyPair::kKeySize);
  pair.publicKey = QByteArray(X25519KeyPair::kKeySize, '\0');
  size_t privateSize = static_cast<size_t>(pair.privateKey.size());
  size_t publicSize = static_cast<size_t>(pair.publicKey.size());
  if (EVP_PKEY_get_raw_private_key(key, pair.privateKey.data(), &privateSize) != 1 ||
      EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                                  &publicSize) != 1 ||
      privateSize != X25519KeyPair::kKeySize || publicSize != X25519KeyPair::kKeySize)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("reading an X25519 key pair"));
  return pair;
}

} // namespace

Result<X25519KeyPair> X25519KeyPair::generate() {
  const EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "X25519", nullptr));
  EVP_PKEY* generated = nullptr;
  if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &generated) != 1)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("generating an X25519 key pair"));
  EvpPkeyPtr key(generated);
  auto pair = pairFrom(key.get());
  if (pair)
    pair->loaded_.reset(key.release(), EVP_PKEY_free);
  return pair;
}

Result<X25519KeyPair> X25519KeyPair::fromPrivateKey(QByteArrayView raw32) {
  auto key = privateKeyFromRaw(raw32);
  if (!key)
    return key.error();
  auto pair = pairFrom(key->get());
  if (pair)
    pair->loaded_.reset(key->release(), EVP_PKEY_free);
  return pair;
}

Result<SecureBytes> X25519KeyPair::agree(QByteArrayView peerPublicKey) const {
  if (peerPublicKey.size() != kKeySize)
    return invalidPublicKey(
        QStringLiteral("it is %1 bytes instead of 32").arg(peerPublicKey.size()));
  EvpPkeyPtr loadedNow;
  EVP_PKEY* own = loaded_.get();
  if (!own) {
    auto key = privateKeyFromRaw(privateKey.view());
    if (!key)
      return key.error();
    loadedNow = std::move(*key);
    own = loadedNow.get();
  }
  const EvpPkeyPtr peer(EVP_PKEY_new_raw_public_key_ex(
      nullptr, "X25519", nullptr, bytes(peerPublicKey), static_cast<size_t>(kKeySize)));
  const EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
  if (!peer || !ctx || EVP_PKEY_derive_init(ctx.get()) != 1)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("setting up X25519 key agreement"));

  SecureBytes shared(kKeySize);
  size_t sharedSize = static_cast<size_t>(shared.size());
  static constexpr std::array<unsigned char, kKeySize> kZeros{};
  // OpenSSL refuses an all-zero result itself; the explicit check keeps the RFC 9180
  // §7.1.4 rule visible and independent of the library version.
  if (EVP_PKEY_derive_set_peer_ex(ctx.get(), peer.get(), 1) != 1 ||
      EVP_PKEY_derive(ctx.get(), shared.data(), &sharedSize) != 1 || sharedSize != kKeySize ||
      CRYPTO_memcmp(shared.data(), kZeros.data(), kZeros.size()) == 0) {
    clearOpensslErrors();
    return invalidPublicKey(
        QStringLiteral("it is of low order, so the shared secret would be all zeros"));
  }
  return shared;
}

} // namespace camie::crypto
