#include "core/crypto/key_wrap.h"

#include "core/crypto/local_cipher.h"

#include <openssl/crypto.h>

namespace camie::crypto {

namespace {

Error badKeySize(const QString& which, qsizetype size) {
  return makeError(QStringLiteral("bad_key_size"),
                   QStringLiteral("The %1 must be %2 bytes, not %3.")
                       .arg(which)
                       .arg(KeyWrap::kKeySize)
                       .arg(size));
}

} // namespace

Result<QByteArray> KeyWrap::wrap(const SecureBytes& kek, const SecureBytes& dataKey,
                                 QByteArrayView slotLabel) {
  if (kek.size() != kKeySize)
    return badKeySize(QStringLiteral("key-encryption key"), kek.size());
  if (dataKey.size() != kKeySize)
    return badKeySize(QStringLiteral("data key"), dataKey.size());
  return LocalCipher::encrypt(kek, slotLabel, dataKey.view());
}

Result<SecureBytes> KeyWrap::unwrap(const SecureBytes& kek, QByteArrayView wrapped,
                                    QByteArrayView slotLabel) {
  if (kek.size() != kKeySize)
    return badKeySize(QStringLiteral("key-encryption key"), kek.size());
  if (wrapped.size() != kWrappedSize || wrapped.front() != LocalCipher::kVersion)
    return makeError(QStringLiteral("malformed_wrapped_key"),
                     QStringLiteral("The key slot does not hold a wrapped key (%1 bytes, %2 "
                                    "expected): it is damaged or from another program.")
                         .arg(wrapped.size())
                         .arg(kWrappedSize));

  auto opened = LocalCipher::decrypt(kek, slotLabel, wrapped);
  if (!opened && opened.error().code != QStringLiteral("authentication_failed"))
    return opened.error();
  if (!opened)
    return makeError(QStringLiteral("wrong_key"),
                     QStringLiteral("The key slot could not be opened: wrong PIN or passphrase, "
                                    "or the slot was altered."));
  SecureBytes key = SecureBytes::fromView(*opened);
  OPENSSL_cleanse(opened->data(), static_cast<size_t>(opened->size()));
  return key;
}

} // namespace camie::crypto
