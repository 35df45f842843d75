#include "core/crypto/hpke_context.h"

#include "core/crypto/hpke_kdf.h"

#include <limits>
#include <utility>

namespace camie::crypto {

HpkeContext::HpkeContext(HpkeSuite suite, SecureBytes key, QByteArray baseNonce,
                         SecureBytes exporterSecret)
    : suite_(suite), key_(std::move(key)), baseNonce_(std::move(baseNonce)),
      exporterSecret_(std::move(exporterSecret)) {}

Result<void> HpkeContext::checkSequence() const {
  // RFC 9180 allows up to 2^96 - 1 messages; a 64-bit counter ends first. Refusing
  // here (not wrapping) is what keeps a nonce from ever repeating.
  if (sequence_ == std::numeric_limits<quint64>::max())
    return makeError(QStringLiteral("sequence_exhausted"),
                     QStringLiteral("This HPKE context has sealed or opened its maximum number "
                                    "of messages; set up a new one."));
  return {};
}

QByteArray HpkeContext::currentNonce() const {
  // base_nonce XOR I2OSP(seq, Nn): the sequence number fills the last 8 bytes.
  QByteArray nonce = baseNonce_;
  for (int i = 0; i < 8; ++i) {
    const auto byte = static_cast<char>((sequence_ >> (8 * i)) & 0xFF);
    nonce[kNonceSize - 1 - i] = static_cast<char>(nonce[kNonceSize - 1 - i] ^ byte);
  }
  return nonce;
}

Result<QByteArray> HpkeContext::seal(QByteArrayView aad, QByteArrayView plaintext) {
  if (auto usable = checkSequence(); !usable)
    return usable.error();
  auto sealed = Aead::seal(suite_.aeadAlgorithm(), key_, currentNonce(), aad, plaintext);
  if (sealed)
    ++sequence_;
  return sealed;
}

Result<QByteArray> HpkeContext::open(QByteArrayView aad, QByteArrayView ciphertext) {
  if (auto usable = checkSequence(); !usable)
    return usable.error();
  auto opened = Aead::open(suite_.aeadAlgorithm(), key_, currentNonce(), aad, ciphertext);
  if (opened)
    ++sequence_;
  return opened;
}

Result<SecureBytes> HpkeContext::exportSecret(QByteArrayView exporterContext,
                                              qsizetype length) const {
  return HpkeKdf::labeledExpand(suite_.suiteId(), exporterSecret_, "sec", exporterContext, length);
}

} // namespace camie::crypto
