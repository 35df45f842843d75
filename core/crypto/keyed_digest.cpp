#include "core/crypto/keyed_digest.h"

#include "core/crypto/openssl_error.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace camie::crypto {
namespace {

bool hmac(const SecureBytes& key, QByteArrayView message, unsigned char* out) {
  unsigned int length = 0;
  return !key.isEmpty() &&
         HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(message.data()),
              static_cast<size_t>(message.size()), out, &length) != nullptr &&
         length == static_cast<unsigned int>(KeyedDigest::kSize);
}

} // namespace

Result<SecureBytes> KeyedDigest::deriveKey(const SecureBytes& master, QByteArrayView label) {
  SecureBytes key(kSize);
  if (!hmac(master, label, key.data()))
    return opensslError(QStringLiteral("digest_failed"), QStringLiteral("HMAC-SHA256"));
  return key;
}

Result<QByteArray> KeyedDigest::of(const SecureBytes& key, QByteArrayView message) {
  QByteArray out(kSize, '\0');
  if (!hmac(key, message, reinterpret_cast<unsigned char*>(out.data())))
    return opensslError(QStringLiteral("digest_failed"), QStringLiteral("HMAC-SHA256"));
  return out;
}

} // namespace camie::crypto
