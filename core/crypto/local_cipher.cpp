#include "core/crypto/local_cipher.h"

#include "core/crypto/aead.h"
#include "core/crypto/openssl_error.h"

#include <openssl/rand.h>

#include <array>

namespace camie::crypto {

namespace {
constexpr auto kAlgorithm = AeadAlgorithm::Aes256Gcm;
} // namespace

Result<QByteArray> LocalCipher::encrypt(const SecureBytes& key32, QByteArrayView aad,
                                        QByteArrayView plaintext) {
  if (key32.size() != Aead::keySize(kAlgorithm))
    return makeError(
        QStringLiteral("bad_key_size"),
        QStringLiteral("The local data key must be 32 bytes, not %1.").arg(key32.size()));
  std::array<unsigned char, Aead::kNonceSize> nonce{};
  if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1)
    return opensslError(QStringLiteral("random_failure"),
                        QStringLiteral("drawing a random nonce for the local copy"));
  const QByteArrayView nonceView(nonce.data(), Aead::kNonceSize);
  auto sealed = Aead::seal(kAlgorithm, key32, nonceView, aad, plaintext);
  if (!sealed)
    return sealed.error();

  QByteArray blob;
  blob.reserve(1 + nonceView.size() + sealed->size());
  blob.append(kVersion);
  blob.append(nonceView);
  blob.append(*sealed);
  return blob;
}

Result<QByteArray> LocalCipher::decrypt(const SecureBytes& key32, QByteArrayView aad,
                                        QByteArrayView blob) {
  if (blob.size() < kOverhead)
    return makeError(QStringLiteral("malformed_ciphertext"),
                     QStringLiteral("The encrypted local copy is %1 bytes, shorter than the "
                                    "%2 bytes of any valid copy: it was truncated.")
                         .arg(blob.size())
                         .arg(kOverhead));
  if (blob.front() != kVersion)
    return makeError(QStringLiteral("malformed_ciphertext"),
                     QStringLiteral("The encrypted local copy has format version %1; this kiosk "
                                    "reads version %2 only.")
                         .arg(static_cast<unsigned char>(blob.front()))
                         .arg(static_cast<int>(kVersion)));
  if (key32.size() != Aead::keySize(kAlgorithm))
    return makeError(
        QStringLiteral("bad_key_size"),
        QStringLiteral("The local data key must be 32 bytes, not %1.").arg(key32.size()));
  return Aead::open(kAlgorithm, key32, blob.sliced(1, Aead::kNonceSize), aad,
                    blob.sliced(1 + Aead::kNonceSize));
}

} // namespace camie::crypto
