#include "tools/camdx-sim/sealed_record_opener.h"

#include "core/crypto/hpke.h"
#include "core/wire/seal_info.h"

namespace camie::sim {
namespace {

Error unreadable(const QString& why) {
  return makeError(QStringLiteral("unreadable"),
                   QStringLiteral("The sealed record cannot be opened: %1.").arg(why));
}

} // namespace

Result<domain::RegistrationRecord> SealedRecordOpener::open(const QJsonObject& envelope) const {
  const QString id = envelope.value(QStringLiteral("id")).toString();
  const QJsonValue revisionValue = envelope.value(QStringLiteral("revision"));
  const int revision = revisionValue.toInt(0);
  if (!revisionValue.isDouble() || revision < 1)
    return unreadable(QStringLiteral("its revision is not a number of at least 1"));
  const QString keyId = envelope.value(QStringLiteral("keyId")).toString();
  const RegistryKeyring::Key* key = keyring_.find(keyId);
  if (!key)
    return unreadable(QStringLiteral("it is sealed to an unknown registry key \"%1\"").arg(keyId));
  const QString suiteName = envelope.value(QStringLiteral("suite")).toString();
  auto suite = crypto::HpkeSuite::fromName(suiteName);
  if (!suite || *suite != key->suite)
    return unreadable(QStringLiteral("suite \"%1\" is not the suite of key %2 (%3)")
                          .arg(suiteName, keyId, key->suite.name()));
  const auto decode = [&](const char* field) {
    return QByteArray::fromBase64Encoding(
        envelope.value(QLatin1String(field)).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
  };
  const auto enc = decode("enc");
  const auto ct = decode("ct");
  if (!enc || !ct || enc.decoded.isEmpty() || ct.decoded.isEmpty())
    return unreadable(QStringLiteral("enc or ct is not base64"));
  auto plaintext = crypto::Hpke::open(*suite, key->pair.privateKey, enc.decoded,
                                      wire::sealInfo(id, revision, keyId), {}, ct.decoded);
  if (!plaintext)
    return unreadable(QStringLiteral("HPKE open failed (%1)").arg(plaintext.error().code));
  auto record = domain::RegistrationRecord::fromJson(*plaintext);
  if (!record)
    return unreadable(record.error().message);
  if (record->id != id || record->revision != revision)
    return unreadable(
        QStringLiteral("the record inside is not %1 revision %2").arg(id).arg(revision));
  return record;
}

} // namespace camie::sim
