#include "tools/camdx-sim/portal_key_file.h"

#include "core/crypto/pem_key.h"

#include <QFile>

namespace camie::sim {
namespace {

Result<crypto::Ed25519::KeyPair> load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1.").arg(path));
  auto raw = crypto::PemKey::readEd25519PrivateKey(file.readAll());
  if (!raw)
    return makeError(
        QStringLiteral("bad_portal_key"),
        QStringLiteral("The Ed25519 key %1 cannot be used: %2").arg(path, raw.error().message));
  return crypto::Ed25519::fromPrivateKey(raw->view());
}

Result<crypto::Ed25519::KeyPair> create(const QString& path) {
  auto pair = crypto::Ed25519::generate();
  if (!pair)
    return pair.error();
  auto pem = crypto::PemKey::writeEd25519PrivateKey(pair->privateKey);
  if (!pem)
    return pem.error();
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
      file.write(*pem) != pem->size() || !file.flush())
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot write %1.").arg(path));
  return pair;
}

} // namespace

Result<crypto::Ed25519::KeyPair> PortalKeyFile::loadOrCreate(const QString& path) {
  return QFile::exists(path) ? load(path) : create(path);
}

} // namespace camie::sim
