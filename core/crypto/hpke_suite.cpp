#include "core/crypto/hpke_suite.h"

namespace camie::crypto {

namespace {

constexpr auto kAes128GcmName = u"X25519-SHA256-AES128GCM";
constexpr auto kChaChaName = u"X25519-SHA256-CHACHA20POLY1305";

void appendUint16(QByteArray& out, quint16 value) {
  out.append(static_cast<char>(value >> 8));
  out.append(static_cast<char>(value & 0xFF));
}

} // namespace

Result<HpkeSuite> HpkeSuite::fromName(QStringView name) {
  if (name == kAes128GcmName)
    return HpkeSuite{HpkeAead::Aes128Gcm};
  if (name == kChaChaName)
    return HpkeSuite{HpkeAead::ChaCha20Poly1305};
  return makeError(QStringLiteral("unknown_suite"),
                   QStringLiteral("The registry key uses the HPKE suite \"%1\", which this kiosk "
                                  "does not support (it knows %2 and %3).")
                       .arg(name.left(64), QStringView(kAes128GcmName), QStringView(kChaChaName)));
}

QString HpkeSuite::name() const {
  return QString::fromUtf16(aead == HpkeAead::ChaCha20Poly1305 ? kChaChaName : kAes128GcmName);
}

AeadAlgorithm HpkeSuite::aeadAlgorithm() const {
  return aead == HpkeAead::ChaCha20Poly1305 ? AeadAlgorithm::ChaCha20Poly1305
                                            : AeadAlgorithm::Aes128Gcm;
}

QByteArray HpkeSuite::suiteId() const {
  QByteArray id("HPKE");
  appendUint16(id, kKemId);
  appendUint16(id, kKdfId);
  appendUint16(id, aeadId());
  return id;
}

} // namespace camie::crypto
