// An HPKE cipher suite as the registry's key record names it: always
// DHKEM(X25519, HKDF-SHA256) and HKDF-SHA256, with AES-128-GCM or ChaCha20Poly1305.
#pragma once

#include "core/crypto/aead.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace camie::crypto {

// RFC 9180 §7.3 AEAD identifiers.
enum class HpkeAead : quint16 { Aes128Gcm = 1, ChaCha20Poly1305 = 3 };

struct HpkeSuite {
  static constexpr quint16 kKemId = 0x0020; // DHKEM(X25519, HKDF-SHA256)
  static constexpr quint16 kKdfId = 0x0001; // HKDF-SHA256

  HpkeAead aead = HpkeAead::Aes128Gcm;

  // "X25519-SHA256-AES128GCM" or "X25519-SHA256-CHACHA20POLY1305" (API.md,
  // core/wire/suite_names.h), exactly.
  // Errors: "unknown_suite".
  static Result<HpkeSuite> fromName(QStringView name);
  QString name() const;

  quint16 aeadId() const { return static_cast<quint16>(aead); }
  AeadAlgorithm aeadAlgorithm() const;
  // Nk: 16 for AES-128-GCM, 32 for ChaCha20Poly1305.
  qsizetype keySize() const { return Aead::keySize(aeadAlgorithm()); }
  // "HPKE" || I2OSP(kem_id, 2) || I2OSP(kdf_id, 2) || I2OSP(aead_id, 2).
  QByteArray suiteId() const;

  bool operator==(const HpkeSuite&) const = default;
};

} // namespace camie::crypto
