#include "core/bundle/bundle_writer.h"

#include "core/bundle/bundle_payload.h"
#include "core/bundle/bundle_signature.h"
#include "core/bundle/signer_chain.h"
#include "core/crypto/openssl_error_guard.h"
#include "core/crypto/openssl_ptr.h"
#include "core/enrol/x509_text.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/pem.h>

#include <cstring>

namespace camie::bundle {
namespace {

// The key's passphrase, or none: never OpenSSL's default terminal prompt.
int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* user) {
  const auto* passphrase = static_cast<const QByteArray*>(user);
  if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
    return 0;
  std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(passphrase->size()));
  return static_cast<int>(passphrase->size());
}

Error signerError(const QString& why) {
  return makeError(ErrorKind::BundleSigner,
                   QStringLiteral("This kiosk cannot sign a bundle: %1.").arg(why));
}

} // namespace

Result<QByteArray> writeBundle(const RecordBundle& bundle, const BundleSigner& signer) {
  const crypto::OpensslErrorGuard errors;
  const crypto::BioPtr keyBio = enrol::readBio(signer.keyPem);
  const crypto::EvpPkeyPtr key(
      keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback,
                                       const_cast<QByteArray*>(&signer.passphrase))
             : nullptr);
  ERR_clear_error();
  if (!key)
    return signerError(QStringLiteral("its private key cannot be read (run camie-kioskctl enrol)"));
  auto chain = SignerChain::fromPem(signer.certificatesPem);
  if (!chain)
    return chain.error();
  if (X509_check_private_key(chain->leaf(), key.get()) != 1) {
    ERR_clear_error();
    return signerError(QStringLiteral("its certificate does not belong to its key"));
  }

  const QByteArray payload = BundlePayload::write(bundle);
  const auto signature = BundleSignature::sign(key.get(), payload);
  if (!signature)
    return makeError(QStringLiteral("crypto_failure"), QStringLiteral("cannot sign the bundle"));
  return QJsonDocument(
             QJsonObject{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                         {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())},
                         {QStringLiteral("certificates"), chain->toJson()},
                         {QStringLiteral("signature"), QString::fromLatin1(signature->toBase64())}})
      .toJson(QJsonDocument::Indented);
}

} // namespace camie::bundle
