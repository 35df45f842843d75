// The cost parameters and salt of one scrypt derivation (RFC 7914), and their
// compact stored form "scrypt$n=32768$r=8$p=1$<base64 salt>" kept with a key slot.
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace camie::crypto {

struct ScryptParams {
  static constexpr qsizetype kSaltSize = 16;
  // Bounds of what fromString() and validate() accept. Memory is 128 * r * n bytes.
  static constexpr quint64 kMaxN = quint64(1) << 20;
  static constexpr quint64 kMaxRTimesP = 1024;
  static constexpr quint64 kMaxMemoryBytes = quint64(1) << 30;

  quint64 n = 0;
  quint32 r = 0;
  quint32 p = 0;
  QByteArray salt;

  // The kiosk's cost for new key slots on a kiosk WITHOUT a TPM, where scrypt
  // alone stands between a copied database and the PINs: n=65536, r=8, p=2
  // (64 MiB, about 0.4 s a sign-in; measured figures in scrypt_kdf.cpp), with a
  // fresh random 16-byte salt. If the random generator fails the salt is left
  // EMPTY, which validate() and ScryptKdf::derive() refuse.
  static ScryptParams defaults();
  // The cost for slots bound to a TPM (n=32768, r=8, p=1: 32 MiB, about 0.1 s):
  // there the TPM's dictionary-attack lockout, not scrypt, limits guessing, and
  // scrypt only keeps the TPM's key authorisation from being cheap to try.
  static ScryptParams tpmBound();

  QString toString() const;
  // Errors: "bad_kdf_params" for a malformed text or values validate() refuses.
  static Result<ScryptParams> fromString(QStringView text);

  // Errors: "bad_kdf_params" when n is not a power of two in [2, 2^20], r or p is
  // zero, r*p > 1024, 128*r*n > 1 GiB, or the salt is shorter than 16 bytes.
  Result<void> validate() const;
  // validate() without the salt-length rule, for derive(): RFC 7914's vectors use
  // short salts. An empty salt is still refused.
  Result<void> validateCost() const;
  quint64 memoryBytes() const { return quint64(128) * r * n; }

  bool operator==(const ScryptParams&) const = default;
};

} // namespace camie::crypto
