#include "core/crypto/pem_key.h"

#include "core/crypto/openssl_error.h"
#include "core/crypto/openssl_ptr.h"

#include <openssl/bio.h>
#include <openssl/pem.h>

namespace camie::crypto {

namespace {

// Never asks for a passphrase (OpenSSL's default would prompt on the terminal).
int noPassphrase(char*, int, int, void*) {
  return 0;
}

Error badPem(const QString& why) {
  clearOpensslErrors();
  return makeError(QStringLiteral("bad_pem"),
                   QStringLiteral("Not an Ed25519 private key in PEM: %1.").arg(why));
}

} // namespace

Result<SecureBytes> PemKey::readEd25519PrivateKey(QByteArrayView pem) {
  if (pem.isEmpty() || pem.size() > 64 * 1024)
    return badPem(QStringLiteral("empty or too long"));
  const BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio)
    return opensslError(QStringLiteral("crypto_failure"), QStringLiteral("reading a PEM key"));
  const EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
  if (!key)
    return badPem(
        QStringLiteral("no private key could be read (is it protected by a passphrase?)"));
  if (!EVP_PKEY_is_a(key.get(), "ED25519"))
    return badPem(QStringLiteral("the key is not an Ed25519 key"));
  SecureBytes raw(32);
  size_t size = static_cast<size_t>(raw.size());
  if (EVP_PKEY_get_raw_private_key(key.get(), raw.data(), &size) != 1 || size != 32)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("reading an Ed25519 private key"));
  return raw;
}

Result<QByteArray> PemKey::writeEd25519PrivateKey(const SecureBytes& raw32) {
  if (raw32.size() != 32)
    return makeError(QStringLiteral("bad_key_size"),
                     QStringLiteral("An Ed25519 private key must be 32 bytes."));
  const EvpPkeyPtr key(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, raw32.data(),
                                                       static_cast<size_t>(raw32.size())));
  const BioPtr bio(BIO_new(BIO_s_mem()));
  if (!key || !bio ||
      PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
    return opensslError(QStringLiteral("crypto_failure"),
                        QStringLiteral("writing an Ed25519 key as PEM"));
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace camie::crypto
