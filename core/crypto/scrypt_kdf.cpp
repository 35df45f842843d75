#include "core/crypto/scrypt_kdf.h"

#include "core/crypto/openssl_error.h"
#include "core/crypto/openssl_ptr.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <array>
#include <cstdint>

// Costs (measured on this project's 2-core Debian 12 build machine, OpenSSL 3.0):
// - ScryptParams::tpmBound() (n=32768, r=8, p=1; 32 MiB for scrypt's V array):
//   3 x 25 derivations on a quiet machine, median 95-97 ms (min 94, max 127), peak
//   RSS of the whole process 43 MB; bench/offline_guess_bench, with the machine
//   loaded (load average 12), 87 ms of CPU time per derivation.
// - ScryptParams::defaults(), for kiosks without a TPM (n=65536, r=8, p=2; 64 MiB):
//   bench/offline_guess_bench, 330 ms of CPU time per derivation (3.8x the above;
//   wall time was 1.3 s only because the machine was shared by a dozen builds).
//   About 0.4 s a sign-in: the most a teller should wait, four times the cost to a
//   PIN guesser; p=2 rather than n=2^17 keeps memory at 64 MiB.

namespace camie::crypto {

Result<SecureBytes> ScryptKdf::derive(QByteArrayView secret, const ScryptParams& params,
                                      qsizetype length) {
  if (auto valid = params.validateCost(); !valid)
    return valid.error();
  if (length < 1 || length > kMaxLength)
    return makeError(
        QStringLiteral("bad_kdf_params"),
        QStringLiteral("A derived key must be 1 to %1 bytes, not %2.").arg(kMaxLength).arg(length));

  // OSSL_PARAM wants writable pointers; these copies are read only and the secret's
  // copy is wiped when it goes out of scope.
  SecureBytes password = SecureBytes::fromView(secret);
  QByteArray salt = params.salt;
  uint64_t n = params.n;
  uint32_t r = params.r;
  uint32_t p = params.p;
  // What OpenSSL's scrypt allocates (V and B) plus slack for its own bookkeeping.
  uint64_t maxMemory = 128 * quint64(r) * (n + 2) + 128 * quint64(r) * p + (quint64(1) << 20);

  const EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
  const EvpKdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
  if (!ctx)
    return opensslError(QStringLiteral("kdf_failed"), QStringLiteral("loading scrypt"));

  const std::array<OSSL_PARAM, 7> settings{
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password.data(),
                                        static_cast<size_t>(password.size())),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(),
                                        static_cast<size_t>(salt.size())),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
      OSSL_PARAM_construct_end()};
  SecureBytes key(length);
  if (EVP_KDF_derive(ctx.get(), key.data(), static_cast<size_t>(length), settings.data()) != 1)
    return opensslError(
        QStringLiteral("kdf_failed"),
        QStringLiteral("deriving a key with scrypt (N=%1, r=%2, p=%3)").arg(n).arg(r).arg(p));
  return key;
}

} // namespace camie::crypto
