// DeviceKey: the kiosk's own key pair for mutual TLS with CamDX. Made on the
// kiosk, written once to a file only the kiosk's user can read, never sent
// anywhere: the CA sees its public half in the certificate request.
#pragma once

#include "core/crypto/openssl_ptr.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace camie::enrol {

enum class KeyType { Ec, Rsa }; // EC P-256 (the default) or RSA 3072

class DeviceKey {
public:
  // Errors: "crypto_failure".
  [[nodiscard]] static Result<DeviceKey> generate(KeyType type);
  // An unencrypted PEM private key. Errors: "key_missing", "key_unreadable".
  [[nodiscard]] static Result<DeviceKey> readFile(const QString& path);

  // Writes the key (PKCS #8 PEM) to `path`, which must not exist: the file is
  // created with O_EXCL and mode 0600, so no one else can read it at any
  // moment, and synced to disk. Errors: "key_exists", "enrol_unwritable".
  [[nodiscard]] Result<void> writeNewFile(const QString& path) const;

  QString description() const;  // "EC P-256", "RSA 3072"
  QString publicKeyPin() const; // "sha256//<base64 of the SubjectPublicKeyInfo's SHA-256>"
  // True when `publicKey` is this key's public half (EVP_PKEY_eq).
  bool matches(const EVP_PKEY* publicKey) const;
  EVP_PKEY* get() const { return key_.get(); }

private:
  explicit DeviceKey(crypto::EvpPkeyPtr key) : key_(std::move(key)) {}
  crypto::EvpPkeyPtr key_;
};

} // namespace camie::enrol
