// The names of the HPKE suites a registry key and a sealed record may carry
// (API.md, "suite"), exactly as written on the wire. The one list: the keys
// document's reader, crypto::HpkeSuite and the record parsers all use it.
#pragma once

#include <QStringView>

namespace camie::wire {

inline constexpr QStringView kSuiteAes128Gcm = u"X25519-SHA256-AES128GCM";
inline constexpr QStringView kSuiteChaCha20Poly1305 = u"X25519-SHA256-CHACHA20POLY1305";

// True for one of the names above, spelt exactly (case counts).
inline bool isKnownSuite(QStringView name) {
  return name == kSuiteAes128Gcm || name == kSuiteChaCha20Poly1305;
}

} // namespace camie::wire
