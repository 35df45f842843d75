// The sender's or recipient's HPKE context after setup (RFC 9180 §5.2): seals or
// opens a numbered sequence of messages and exports secrets. Made by Hpke only.
#pragma once

#include "core/crypto/hpke_suite.h"
#include "core/crypto/secure_bytes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace camie::crypto {

class Hpke;

class HpkeContext {
public:
  static constexpr qsizetype kNonceSize = 12; // Nn of both suites

  HpkeContext(HpkeContext&&) noexcept = default;
  HpkeContext& operator=(HpkeContext&&) noexcept = default;

  // Encrypts the next message, nonce = base_nonce XOR sequence; the sequence then
  // moves on. Errors: "sequence_exhausted" after 2^64 - 1 messages, and Aead's.
  [[nodiscard]] Result<QByteArray> seal(QByteArrayView aad, QByteArrayView plaintext);
  // Decrypts the next message in order; the sequence moves on only on success.
  // Errors: "authentication_failed" (wrong key, info, aad or order; tampered bytes),
  // "malformed_ciphertext", "sequence_exhausted".
  [[nodiscard]] Result<QByteArray> open(QByteArrayView aad, QByteArrayView ciphertext);
  // RFC 9180 §5.3 Export. Errors: "bad_length" outside 1..8160, "input_too_large".
  [[nodiscard]] Result<SecureBytes> exportSecret(QByteArrayView exporterContext,
                                                 qsizetype length) const;

  quint64 sequence() const { return sequence_; }
  HpkeSuite suite() const { return suite_; }

  // For the RFC 9180 test vectors only: the key schedule's outputs, and a way to
  // reach the end of the sequence without sealing 2^64 messages.
  const SecureBytes& key() const { return key_; }
  const QByteArray& baseNonce() const { return baseNonce_; }
  const SecureBytes& exporterSecret() const { return exporterSecret_; }
  void setSequenceForTesting(quint64 sequence) { sequence_ = sequence; }

private:
  friend class Hpke;
  HpkeContext(HpkeSuite suite, SecureBytes key, QByteArray baseNonce, SecureBytes exporterSecret);

  Result<void> checkSequence() const;
  QByteArray currentNonce() const;

  HpkeSuite suite_;
  SecureBytes key_;
  QByteArray baseNonce_;
  SecureBytes exporterSecret_;
  quint64 sequence_ = 0;
};

} // namespace camie::crypto
