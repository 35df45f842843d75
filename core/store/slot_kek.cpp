#include "core/store/slot_kek.h"

#include "core/crypto/scrypt_kdf.h"
#include "core/crypto/tpm_context.h"
#include "core/logging/log_categories.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QCoreApplication>

namespace camie::store {
namespace {

constexpr qsizetype kKeySize = 32;

// HMAC-SHA256(key, label || data): the steps that tie scrypt's output, the
// TPM key's authorisation and the TPM's HMAC together.
crypto::SecureBytes hmacSha256(const crypto::SecureBytes& key, QByteArrayView label,
                               QByteArrayView data = {}) {
  crypto::SecureBytes message = crypto::SecureBytes(label.size() + data.size());
  std::copy_n(label.data(), label.size(), message.data());
  if (!data.isEmpty())
    std::copy_n(data.data(), data.size(), message.data() + label.size());
  crypto::SecureBytes out(kKeySize);
  unsigned int length = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), message.data(),
            static_cast<size_t>(message.size()), out.data(), &length) ||
      length != kKeySize)
    return {};
  return out;
}

// The TPM's errors, in words for the operator at the kiosk; the technical
// detail goes to the log by the caller.
Error forOperator(const Error& e) {
  qCWarning(lcStore).noquote() << "key slot: TPM refused:" << e.code << e.message;
  if (e.kind == ErrorKind::TpmLockedOut)
    return makeError(e.code, QCoreApplication::translate(
                                 "camie::store::KeyVault",
                                 "This kiosk's TPM has paused PIN checks after too many wrong "
                                 "PINs. Try again later, or ask a technician."));
  if (e.kind == ErrorKind::TpmForeignKey)
    return makeError(e.code, QCoreApplication::translate(
                                 "camie::store::KeyVault",
                                 "This operator's key is bound to another kiosk's TPM and cannot "
                                 "be opened on this kiosk."));
  if (e.kind == ErrorKind::TpmUnavailable)
    return makeError(e.code, QCoreApplication::translate(
                                 "camie::store::KeyVault",
                                 "This kiosk's TPM does not answer, so no operator can sign in. "
                                 "Ask a technician."));
  return e;
}

crypto::SecureBytes tpmAuth(const crypto::SecureBytes& scrypt) {
  return hmacSha256(scrypt, "camie-slot/tpm1 auth");
}

constexpr QByteArrayView kTpmInput = "camie-slot/tpm1 input";

crypto::SecureBytes mixed(const crypto::SecureBytes& scrypt, const crypto::SecureBytes& tpmHmac) {
  return hmacSha256(scrypt, "camie-slot/tpm1 kek", tpmHmac.view());
}

Error randomFailure() {
  return makeError(QStringLiteral("no_randomness"),
                   QStringLiteral("The system random generator failed."));
}

} // namespace

Result<std::pair<SlotKdf, crypto::SecureBytes>>
SlotKek::create(QByteArrayView secret, const crypto::ScryptParams& cost) const {
  SlotKdf kdf;
  kdf.scrypt = cost;
  kdf.scrypt.salt =
      crypto::SecureBytes::random(crypto::ScryptParams::kSaltSize).view().toByteArray();
  auto scrypt = crypto::ScryptKdf::derive(secret, kdf.scrypt, kKeySize);
  if (!scrypt)
    return scrypt.error();
  if (!hasTpm())
    return std::pair{std::move(kdf), std::move(*scrypt)};
  auto tpm = crypto::TpmContext::open(tcti_);
  if (!tpm)
    return tpm.error();
  const crypto::SecureBytes auth = tpmAuth(*scrypt);
  if (auth.isEmpty())
    return randomFailure();
  auto key = crypto::TpmHmacKey::create(*tpm, auth);
  if (!key)
    return key.error();
  auto hmac = key->hmac(*tpm, auth, kTpmInput);
  if (!hmac)
    return hmac.error();
  kdf.tpm = std::move(*key);
  crypto::SecureBytes kek = mixed(*scrypt, *hmac);
  if (kek.isEmpty())
    return randomFailure();
  return std::pair{std::move(kdf), std::move(kek)};
}

Result<std::optional<crypto::SecureBytes>> SlotKek::derive(QByteArrayView secret,
                                                           const SlotKdf& kdf) const {
  auto scrypt = crypto::ScryptKdf::derive(secret, kdf.scrypt, kKeySize);
  if (!scrypt)
    return scrypt.error();
  if (!kdf.tpm)
    return std::optional<crypto::SecureBytes>(std::move(*scrypt));
  if (!hasTpm())
    return makeError(QStringLiteral("tpm_missing"),
                     QCoreApplication::translate(
                         "camie::store::KeyVault",
                         "This operator's key is bound to this kiosk's TPM, but no TPM is "
                         "configured ([device] tpm in kiosk.conf). Ask a technician."));
  auto tpm = crypto::TpmContext::open(tcti_);
  if (!tpm)
    return forOperator(tpm.error());
  auto hmac = kdf.tpm->hmac(*tpm, tpmAuth(*scrypt), kTpmInput);
  if (!hmac && hmac.error().kind == ErrorKind::TpmAuthFailed)
    return std::optional<crypto::SecureBytes>();
  if (!hmac)
    return forOperator(hmac.error());
  return std::optional<crypto::SecureBytes>(mixed(*scrypt, *hmac));
}

} // namespace camie::store
