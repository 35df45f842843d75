#include "core/crypto/ed25519.h"

#include "core/crypto/openssl_error.h"
#include "core/crypto/openssl_ptr.h"

namespace camie::crypto {

namespace {

// A valid pointer even for an empty view, whose data() may be null.
const unsigned char* bytes(QByteArrayView view) {
  static constexpr unsigned char kNothing = 0;
  return view.isEmpty() ? &kNothing : reinterpret_cast<const unsigned char*>(view.data());
}

Result<EvpPkeyPtr> privateKeyFromRaw(QByteArrayView raw) {
  if (raw.size() != Ed25519::kKeySize)
    return makeError(
        QStringLiteral("bad_key_size"),
        QStringLiteral("An Ed25519 private key must be 32 bytes, not %1.").arg(raw.size()));
  EvpPkeyPtr key(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, bytes(raw),
                                                 static_cast<size_t>(raw.size())));
  if (!key)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("loading an Ed25519 private key"));
  return key;
}

Result<Ed25519::KeyPair> pairFrom(const EVP_PKEY* key) {
  Ed25519::KeyPair pair{SecureBytes(Ed25519::kKeySize), QByteArray(Ed25519::kKeySize, '\0')};
  size_t privateSize = static_cast<size_t>(pair.privateKey.size());
  size_t publicSize = static_cast<size_t>(pair.publicKey.size());
  if (EVP_PKEY_get_raw_private_key(key, pair.privateKey.data(), &privateSize) != 1 ||
      EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                                  &publicSize) != 1 ||
      privateSize != Ed25519::kKeySize || publicSize != Ed25519::kKeySize)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("reading an Ed25519 key pair"));
  return pair;
}

} // namespace

Result<Ed25519::KeyPair> Ed25519::generate() {
  const EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "ED25519", nullptr));
  EVP_PKEY* generated = nullptr;
  if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &generated) != 1)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("generating an Ed25519 key pair"));
  const EvpPkeyPtr key(generated);
  return pairFrom(key.get());
}

Result<Ed25519::KeyPair> Ed25519::fromPrivateKey(QByteArrayView raw32) {
  auto key = privateKeyFromRaw(raw32);
  if (!key)
    return key.error();
  return pairFrom(key->get());
}

Result<QByteArray> Ed25519::sign(const SecureBytes& privateKey, QByteArrayView message) {
  auto key = privateKeyFromRaw(privateKey.view());
  if (!key)
    return key.error();
  const EvpMdCtxPtr ctx(EVP_MD_CTX_new());
  QByteArray signature(kSignatureSize, '\0');
  size_t signatureSize = static_cast<size_t>(signature.size());
  // Ed25519 is one-shot (PureEdDSA): no digest name, EVP_DigestSign over the message.
  if (!ctx ||
      EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key->get(), nullptr) !=
          1 ||
      EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &signatureSize,
                     bytes(message), static_cast<size_t>(message.size())) != 1 ||
      signatureSize != kSignatureSize)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("signing with Ed25519"));
  return signature;
}

bool Ed25519::verify(QByteArrayView publicKey32, QByteArrayView message,
                     QByteArrayView signature64) {
  if (publicKey32.size() != kKeySize || signature64.size() != kSignatureSize)
    return false;
  const EvpPkeyPtr key(EVP_PKEY_new_raw_public_key_ex(
      nullptr, "ED25519", nullptr, bytes(publicKey32), static_cast<size_t>(kKeySize)));
  const EvpMdCtxPtr ctx(EVP_MD_CTX_new());
  const bool valid =
      key && ctx &&
      EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) ==
          1 &&
      EVP_DigestVerify(ctx.get(), bytes(signature64), static_cast<size_t>(kSignatureSize),
                       bytes(message), static_cast<size_t>(message.size())) == 1;
  clearOpensslErrors(); // a wrong signature is an answer, not an error to keep around
  return valid;
}

} // namespace camie::crypto
