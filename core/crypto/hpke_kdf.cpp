#include "core/crypto/hpke_kdf.h"

#include "core/crypto/hpke_suite.h"
#include "core/crypto/openssl_error.h"
#include "core/crypto/openssl_ptr.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>

namespace camie::crypto {

namespace {

constexpr QByteArrayView kVersionLabel("HPKE-v1");

// OSSL_PARAM wants a writable pointer even for inputs it only reads (OpenSSL copies
// them in EVP_KDF_derive and never writes through it).
void* writable(const void* data) {
  return const_cast<void*>(data);
}

// One HKDF step (EXTRACT_ONLY or EXPAND_ONLY) with SHA-256.
Result<SecureBytes> hkdf(int mode, QByteArrayView key, QByteArrayView salt, QByteArrayView info,
                         qsizetype length) {
  // Looked up once: a fetch by name takes locks at every one of a seal's eight steps.
  static const EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
  const EvpKdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
  if (!ctx)
    return opensslError(QStringLiteral("kdf_failed"), QStringLiteral("loading HKDF"));

  char digest[] = "SHA256";
  std::array<OSSL_PARAM, 6> params{};
  size_t count = 0;
  params[count++] = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
  params[count++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
  params[count++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, writable(key.data()),
                                                      static_cast<size_t>(key.size()));
  // HPKE's empty salt is HKDF's default of Nh zero bytes (an HMAC key is zero-padded,
  // so both give the same result); pass the zeros rather than rely on OpenSSL's handling
  // of a missing salt.
  static constexpr std::array<unsigned char, HpkeKdf::kHashSize> kZeroSalt{};
  if (mode == EVP_KDF_HKDF_MODE_EXTRACT_ONLY) {
    const QByteArrayView usedSalt = salt.isEmpty() ? QByteArrayView(kZeroSalt) : salt;
    params[count++] = OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_SALT, writable(usedSalt.data()), static_cast<size_t>(usedSalt.size()));
  }
  if (!info.isEmpty())
    params[count++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, writable(info.data()),
                                                        static_cast<size_t>(info.size()));
  params[count] = OSSL_PARAM_construct_end();

  SecureBytes out(length);
  if (EVP_KDF_derive(ctx.get(), out.data(), static_cast<size_t>(length), params.data()) != 1)
    return opensslError(QStringLiteral("kdf_failed"), QStringLiteral("deriving HPKE keys"));
  return out;
}

void appendUint16(QByteArray& out, quint16 value) {
  out.append(static_cast<char>(value >> 8));
  out.append(static_cast<char>(value & 0xFF));
}

} // namespace

QByteArray HpkeKdf::kemSuiteId() {
  QByteArray id("KEM");
  appendUint16(id, HpkeSuite::kKemId);
  return id;
}

Result<SecureBytes> HpkeKdf::labeledExtract(QByteArrayView suiteId, QByteArrayView salt,
                                            QByteArrayView label, QByteArrayView ikm) {
  // The ikm may be a Diffie-Hellman output: assemble it in wiped memory.
  SecureBytes labeled(kVersionLabel.size() + suiteId.size() + label.size() + ikm.size());
  unsigned char* at = labeled.data();
  for (const QByteArrayView part : {kVersionLabel, suiteId, label, ikm})
    at = std::copy_n(reinterpret_cast<const unsigned char*>(part.data()), part.size(), at);
  return hkdf(EVP_KDF_HKDF_MODE_EXTRACT_ONLY, labeled.view(), salt, {}, kHashSize);
}

Result<SecureBytes> HpkeKdf::labeledExpand(QByteArrayView suiteId, const SecureBytes& prk,
                                           QByteArrayView label, QByteArrayView info,
                                           qsizetype length) {
  if (length < 1 || length > kMaxExpandLength)
    return makeError(
        QStringLiteral("bad_length"),
        QStringLiteral("HPKE can derive 1 to %1 bytes, not %2.").arg(kMaxExpandLength).arg(length));
  QByteArray labeled;
  appendUint16(labeled, static_cast<quint16>(length));
  labeled.append(kVersionLabel).append(suiteId).append(label).append(info);
  if (labeled.size() > kMaxLabeledInfo)
    return makeError(QStringLiteral("input_too_large"),
                     QStringLiteral("The HPKE context string is %1 bytes; at most %2 are "
                                    "supported.")
                         .arg(info.size())
                         .arg(kMaxLabeledInfo - (labeled.size() - info.size())));
  return hkdf(EVP_KDF_HKDF_MODE_EXPAND_ONLY, prk.view(), {}, labeled, length);
}

} // namespace camie::crypto
