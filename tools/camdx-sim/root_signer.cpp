#include "tools/camdx-sim/root_signer.h"

#include "core/trust/receipt.h"
#include "core/trust/signed_keys.h"
#include "tools/camdx-sim/portal_key_file.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace camie::sim {
namespace {

bool settled(const QJsonObject& result) {
  const QString status = result.value(QStringLiteral("status")).toString();
  return status == u"accepted" || status == u"duplicate";
}

} // namespace

Result<RootSigner> RootSigner::open(const QString& path) {
  auto key = PortalKeyFile::loadOrCreate(path);
  if (!key)
    return key.error();
  auto rogue = crypto::Ed25519::generate();
  if (!rogue)
    return rogue.error();
  return RootSigner(std::move(*key), std::move(*rogue));
}

trust::RegistryRoot RootSigner::root() const {
  return {kid(), key_.publicKey, kNotBefore, kNotAfter, {}};
}

QByteArray RootSigner::rootsJson() const {
  return trust::RegistryRoots::toJson({root()});
}

QByteArray RootSigner::withSerial(const QByteArray& keysJson, qint64 issuedAt,
                                  qint64 serialOffset) {
  QJsonObject doc = QJsonDocument::fromJson(keysJson).object();
  const qint64 serial = doc.value(QStringLiteral("registry")).toArray().size() + serialOffset;
  doc.insert(QStringLiteral("serial"), qMax<qint64>(serial, 0));
  doc.insert(QStringLiteral("issued_at"), issuedAt);
  return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QByteArray RootSigner::signedKeys(const QByteArray& keysJson, qint64 issuedAt) const {
  const QByteArray document = withSerial(keysJson, issuedAt, 0);
  auto envelope = trust::SignedKeys::sign(document, kid(), key_.privateKey);
  return envelope ? *envelope : QByteArray();
}

QByteArray RootSigner::faultyKeys(const QByteArray& keysJson, qint64 issuedAt,
                                  KeysFault fault) const {
  switch (fault) {
  case KeysFault::Unsigned:
    return withSerial(keysJson, issuedAt, 0);
  case KeysFault::UnknownRoot: {
    auto envelope = trust::SignedKeys::sign(withSerial(keysJson, issuedAt, 0),
                                            QStringLiteral("root-rogue"), rogue_.privateKey);
    return envelope ? *envelope : QByteArray();
  }
  case KeysFault::RolledBack: {
    auto envelope =
        trust::SignedKeys::sign(withSerial(keysJson, issuedAt, -1), kid(), key_.privateKey);
    return envelope ? *envelope : QByteArray();
  }
  }
  return {};
}

void RootSigner::addReceipts(QJsonArray& results) const {
  for (qsizetype i = 0; i < results.size(); ++i) {
    QJsonObject o = results.at(i).toObject();
    if (!settled(o))
      continue;
    auto receipt = trust::Receipt::sign(
        kid(), key_.privateKey, o.value(QStringLiteral("id")).toString(),
        o.value(QStringLiteral("revision")).toInt(), o.value(QStringLiteral("status")).toString(),
        o.value(QStringLiteral("registrationNumber")).toString());
    if (receipt)
      o.insert(QStringLiteral("receipt"), receipt->toJson());
    results.replace(i, o);
  }
}

void RootSigner::spoilReceipts(QJsonArray& results, ReceiptFault fault) const {
  for (qsizetype i = 0; i < results.size(); ++i) {
    QJsonObject o = results.at(i).toObject();
    if (!settled(o))
      continue;
    if (fault == ReceiptFault::Missing) {
      o.remove(QStringLiteral("receipt"));
    } else {
      // Signed under this root's kid, but by another key: what an attacker
      // on the path can make.
      auto forged = trust::Receipt::sign(
          kid(), rogue_.privateKey, o.value(QStringLiteral("id")).toString(),
          o.value(QStringLiteral("revision")).toInt(), o.value(QStringLiteral("status")).toString(),
          o.value(QStringLiteral("registrationNumber")).toString());
      if (forged)
        o.insert(QStringLiteral("receipt"), forged->toJson());
    }
    results.replace(i, o);
  }
}

} // namespace camie::sim
