#include "core/bundle/bundle_signature.h"

#include "core/bundle/record_bundle.h"
#include "core/crypto/openssl_ptr.h"

#include <openssl/err.h>

namespace camie::bundle {

QByteArray BundleSignature::message(QByteArrayView payload) {
  return QByteArray(kFormat) + '\n' + payload.toByteArray();
}

const EVP_MD* BundleSignature::digestFor(EVP_PKEY* key) {
  return EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448") ? nullptr : EVP_sha256();
}

std::optional<QByteArray> BundleSignature::sign(EVP_PKEY* key, QByteArrayView payload) {
  const QByteArray signedBytes = message(payload);
  const crypto::EvpMdCtxPtr md(EVP_MD_CTX_new());
  size_t length = 0;
  if (!md || EVP_DigestSignInit(md.get(), nullptr, digestFor(key), nullptr, key) != 1 ||
      EVP_DigestSign(md.get(), nullptr, &length,
                     reinterpret_cast<const unsigned char*>(signedBytes.constData()),
                     static_cast<size_t>(signedBytes.size())) != 1)
    return std::nullopt;
  QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
  if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     reinterpret_cast<const unsigned char*>(signedBytes.constData()),
                     static_cast<size_t>(signedBytes.size())) != 1)
    return std::nullopt;
  signature.resize(static_cast<qsizetype>(length));
  return signature;
}

bool BundleSignature::verify(EVP_PKEY* key, QByteArrayView payload, QByteArrayView signature) {
  const QByteArray signedBytes = message(payload);
  const crypto::EvpMdCtxPtr md(EVP_MD_CTX_new());
  const bool good =
      key && md && EVP_DigestVerifyInit(md.get(), nullptr, digestFor(key), nullptr, key) == 1 &&
      EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                       static_cast<size_t>(signature.size()),
                       reinterpret_cast<const unsigned char*>(signedBytes.constData()),
                       static_cast<size_t>(signedBytes.size())) == 1;
  ERR_clear_error();
  return good;
}

} // namespace camie::bundle
