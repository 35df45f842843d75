#include "app/ctl/ctl_kiosk.h"

#include "app/config/sync_config.h"
#include "app/ctl/cli.h"
#include "app/ctl/secret_input.h"
#include "core/logging/log_categories.h"
#include "core/store/device_identity.h"
#include "core/store/reference_data_store.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace camie::app {

Result<CtlKiosk> CtlKiosk::open(const Cli& cli, store::KioskDatabase::Create create) {
  auto config = cli.config();
  if (!config)
    return config.error();
  auto db = store::KioskDatabase::open(config->databasePath, create);
  if (!db)
    return db.error();
  CtlKiosk kiosk{std::move(*config), cli.clock(), std::move(*db), {}};
  auto identity = store::DeviceIdentity::read(*kiosk.db, kiosk.config.deviceId);
  if (!identity)
    return identity.error();
  kiosk.deviceId = identity->deviceId;
  return kiosk;
}

Result<store::OperatorSession> CtlKiosk::signIn(const QString& operatorId) {
  const QString secret = readSecret(QStringLiteral("PIN for %1: ").arg(operatorId));
  return vault().signIn(operatorId, secret);
}

store::KeyVault CtlKiosk::vault() const {
  store::KeyVault vault(*db, *clock);
  vault.useTpm(config.tpmTcti);
  return vault;
}

Result<refdata::ReferenceSet> CtlKiosk::reference() {
  return store::ReferenceDataStore(*db).referenceSet();
}

Result<void> CtlKiosk::checkReference(const QString& name, const QByteArray& body) {
  if (name == u"form" || name == u"gazetteer") {
    const QByteArray none;
    auto set = refdata::ReferenceSet::fromDocuments(name == u"form" ? body : none,
                                                    name == u"gazetteer" ? body : none, none);
    if (!set)
      return set.error();
  } else if (name == u"occupations") {
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
      return makeError(QStringLiteral("bad_occupations"),
                       QStringLiteral("The occupations document is not JSON."));
  }
  return {};
}

Result<void> CtlKiosk::verifyKeys(const QByteArray& body, const QString& source) {
  auto roots = registryRootsFrom(config);
  if (!roots)
    return roots.error();
  auto serial = store::ReferenceDataStore(*db).keysSerial();
  if (!serial)
    return serial.error();
  auto verified = trust::SignedKeys::verify(body, *roots, *serial, source);
  if (!verified)
    return verified.error();
  return {};
}

Result<QString> CtlKiosk::loadReference(const QString& name, const QByteArray& body,
                                        const QString& source) {
  if (auto parses = checkReference(name, body); !parses)
    return parses.error();
  const QString etag =
      QStringLiteral("\"local-%1\"")
          .arg(QString::fromLatin1(
              QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(16)));
  if (name == u"keys") {
    auto roots = registryRootsFrom(config);
    if (!roots)
      return roots.error();
    auto accepted = store::ReferenceDataStore(*db).acceptKeys(body, *roots, etag, clock->nowMs(),
                                                              QStringLiteral("kioskctl"), source);
    if (!accepted)
      return accepted.error();
    return etag;
  }
  auto stored = store::ReferenceDataStore(*db).put({name, etag, body, clock->nowMs()},
                                                   QStringLiteral("kioskctl"));
  if (!stored)
    return stored.error();
  return etag;
}

void CtlKiosk::ensureRecovery(const store::OperatorSession& session,
                              const refdata::ReferenceSet& ref) {
  auto added = store::KeyVault(*db, *clock).ensureCurrentRecoverySlot(session, ref, deviceId);
  if (!added)
    qCWarning(lcStore) << "could not add the recovery slot:" << added.error().code;
}

} // namespace camie::app
