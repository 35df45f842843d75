#include "tools/camdx-sim/registry_keyring.h"

#include "tools/camdx-sim/portal_key_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::sim {
namespace {

const QString kFirstKeyFile = QStringLiteral("registry.key");
const QString kPortalKeyFile = QStringLiteral("portal-ed25519.pem");
const QString kPortalKid = QStringLiteral("portal-sim-01");

Result<crypto::X25519KeyPair> readKey(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1.").arg(path));
  const auto raw = crypto::SecureBytes::fromView(file.readAll());
  if (raw.size() != crypto::X25519KeyPair::kKeySize)
    return makeError(QStringLiteral("bad_registry_key"),
                     QStringLiteral("%1 is not a raw 32-byte X25519 private key.").arg(path));
  return crypto::X25519KeyPair::fromPrivateKey(raw.view());
}

Result<crypto::X25519KeyPair> createKey(const QString& path) {
  auto pair = crypto::X25519KeyPair::generate();
  if (!pair)
    return pair.error();
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
      file.write(pair->privateKey.view().data(), pair->privateKey.size()) !=
          pair->privateKey.size() ||
      !file.flush())
    return makeError(QStringLiteral("io_error"), QStringLiteral("Cannot write %1.").arg(path));
  return pair;
}

} // namespace

Result<RegistryKeyring> RegistryKeyring::open(const QString& stateDir, store::SqliteDatabase& db,
                                              crypto::HpkeSuite suite, qint64 nowMs) {
  RegistryKeyring ring(stateDir, db);
  auto loaded = ring.loadAll();
  if (!loaded)
    return loaded.error();
  if (ring.keys_.empty()) {
    auto first =
        ring.add(QStringLiteral("reg-sim-01"), kFirstKeyFile, suite, kFirstNotBefore, nowMs);
    if (!first)
      return first.error();
  }
  auto portal = PortalKeyFile::loadOrCreate(QDir(stateDir).filePath(kPortalKeyFile));
  if (!portal)
    return portal.error();
  ring.portal_ = std::move(*portal);
  return ring;
}

Result<void> RegistryKeyring::loadAll() {
  auto stmt = db_->prepare(
      "SELECT kid, suite, file, not_before, not_after FROM registry_keys ORDER BY not_before");
  if (!stmt)
    return stmt.error();
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      return {};
    auto suite = crypto::HpkeSuite::fromName(stmt->text(1));
    if (!suite)
      return suite.error();
    auto pair = readKey(QDir(dir_).filePath(stmt->text(2)));
    if (!pair)
      return pair.error();
    keys_.push_back(Key{stmt->text(0), *suite, std::move(*pair), stmt->int64(3), stmt->int64(4)});
  }
}

Result<void> RegistryKeyring::add(const QString& kid, const QString& file, crypto::HpkeSuite suite,
                                  qint64 notBefore, qint64 nowMs) {
  const QString path = QDir(dir_).filePath(file);
  // A key file without its row (sim.db removed) is reused rather than replaced.
  auto pair = QFile::exists(path) ? readKey(path) : createKey(path);
  if (!pair)
    return pair.error();
  auto stmt = db_->prepare("INSERT INTO registry_keys (kid, suite, file, not_before, not_after, "
                           "created_ms) VALUES (?, ?, ?, ?, ?, ?)");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, kid).bind(2, suite.name()).bind(3, file).bind(4, notBefore).bind(5, kNotAfter);
  stmt->bind(6, nowMs);
  auto inserted = stmt->run();
  if (!inserted)
    return inserted.error();
  keys_.push_back(Key{kid, suite, std::move(*pair), notBefore, kNotAfter});
  return {};
}

Result<QString> RegistryKeyring::rotate(crypto::HpkeSuite suite, qint64 nowMs) {
  qint64 newest = kFirstNotBefore;
  for (const Key& k : keys_)
    newest = std::max(newest, k.notBefore);
  const QString kid = QStringLiteral("reg-sim-%1").arg(keys_.size() + 1, 2, 10, QChar(u'0'));
  auto added = add(kid, QStringLiteral("registry-%1.key").arg(kid), suite, newest + 86400, nowMs);
  if (!added)
    return added.error();
  return kid;
}

const RegistryKeyring::Key* RegistryKeyring::find(QStringView kid) const {
  for (const Key& k : keys_) {
    if (k.kid == kid)
      return &k;
  }
  return nullptr;
}

QByteArray RegistryKeyring::keysDocument() const {
  QJsonArray registry;
  for (const Key& k : keys_)
    registry.append(
        QJsonObject{{QStringLiteral("kid"), k.kid},
                    {QStringLiteral("suite"), k.suite.name()},
                    {QStringLiteral("public"), QString::fromLatin1(k.pair.publicKey.toBase64())},
                    {QStringLiteral("not_before"), k.notBefore},
                    {QStringLiteral("not_after"), k.notAfter}});
  const QJsonObject portal{
      {QStringLiteral("kid"), kPortalKid},
      {QStringLiteral("alg"), QStringLiteral("Ed25519")},
      {QStringLiteral("public"), QString::fromLatin1(portal_.publicKey.toBase64())},
      {QStringLiteral("not_before"), kFirstNotBefore},
      {QStringLiteral("not_after"), kPortalNotAfter}};
  return QJsonDocument(QJsonObject{{QStringLiteral("registry"), registry},
                                   {QStringLiteral("portal"), QJsonArray{portal}}})
      .toJson(QJsonDocument::Compact);
}

} // namespace camie::sim
