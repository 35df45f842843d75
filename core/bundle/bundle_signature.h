// BundleSignature: what a bundle's signature covers — "camie-bundle/1\n" +
// payload, so a signature cannot be moved to another format — and how it is
// made with the kiosk's enrolled key: Ed25519 and Ed448 sign the message
// itself, RSA and ECDSA its SHA-256.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/evp.h>

#include <optional>

namespace camie::bundle {

class BundleSignature {
public:
  // nullopt if OpenSSL cannot sign with `key`.
  static std::optional<QByteArray> sign(EVP_PKEY* key, QByteArrayView payload);
  static bool verify(EVP_PKEY* key, QByteArrayView payload, QByteArrayView signature);

private:
  static QByteArray message(QByteArrayView payload);
  static const EVP_MD* digestFor(EVP_PKEY* key);
};

} // namespace camie::bundle
