#include "tools/camdx-sim/portal_key_file.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace camie::sim {
namespace {

struct BioFree {
  void operator()(BIO* b) const noexcept { BIO_free(b); }
};
struct PkeyFree {
  void operator()(EVP_PKEY* k) const noexcept { EVP_PKEY_free(k); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

Error bad(const QString& path, const QString& why) {
  ERR_clear_error();
  return makeError(QStringLiteral("bad_portal_key"),
                   QStringLiteral("The portal key %1 cannot be used: %2.").arg(path, why));
}

Result<crypto::Ed25519::KeyPair> load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1.").arg(path));
  const QByteArray pem = file.readAll();
  const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
  const PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
    return bad(path, QStringLiteral("not an unencrypted Ed25519 private key in PEM"));
  crypto::SecureBytes raw(crypto::Ed25519::kKeySize);
  size_t size = static_cast<size_t>(raw.size());
  if (EVP_PKEY_get_raw_private_key(key.get(), raw.data(), &size) != 1 ||
      size != crypto::Ed25519::kKeySize)
    return bad(path, QStringLiteral("its raw private key cannot be read"));
  return crypto::Ed25519::fromPrivateKey(raw.view());
}

Result<crypto::Ed25519::KeyPair> create(const QString& path) {
  auto pair = crypto::Ed25519::generate();
  if (!pair)
    return pair.error();
  const PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, pair->privateKey.data(),
                                                 static_cast<size_t>(pair->privateKey.size())));
  const BioPtr bio(BIO_new(BIO_s_mem()));
  if (!key || !bio ||
      PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
    return bad(path, QStringLiteral("it could not be encoded"));
  QByteArray pem(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), '\0');
  if (BIO_read(bio.get(), pem.data(), static_cast<int>(pem.size())) != pem.size())
    return bad(path, QStringLiteral("it could not be encoded"));
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
      file.write(pem) != pem.size() || !file.flush())
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot write %1.").arg(path));
  return pair;
}

} // namespace

Result<crypto::Ed25519::KeyPair> PortalKeyFile::loadOrCreate(const QString& path) {
  return QFile::exists(path) ? load(path) : create(path);
}

} // namespace camie::sim
