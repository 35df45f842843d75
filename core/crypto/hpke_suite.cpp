#include "core/crypto/hpke_suite.h"

#include "core/wire/suite_names.h"

namespace camie::crypto {

namespace {

void appendUint16(QByteArray& out, quint16 value) {
  out.append(static_cast<char>(value >> 8));
  out.append(static_cast<char>(value & 0xFF));
}

} // namespace

Result<HpkeSuite> HpkeSuite::fromName(QStringView name) {
  if (name == wire::kSuiteAes128Gcm)
    return HpkeSuite{HpkeAead::Aes128Gcm};
  if (name == wire::kSuiteChaCha20Poly1305)
    return HpkeSuite{HpkeAead::ChaCha20Poly1305};
  return makeError(QStringLiteral("unknown_suite"),
                   QStringLiteral("The registry key uses the HPKE suite \"%1\", which this kiosk "
                                  "does not support (it knows %2 and %3).")
                       .arg(name.left(64), wire::kSuiteAes128Gcm, wire::kSuiteChaCha20Poly1305));
}

QString HpkeSuite::name() const {
  return (aead == HpkeAead::ChaCha20Poly1305 ? wire::kSuiteChaCha20Poly1305 : wire::kSuiteAes128Gcm)
      .toString();
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
