#include "tests/tools/camdx_sim/sealed_records.h"

#include "core/crypto/hpke.h"
#include "core/util/uuid7.h"
#include "tests/support/test_registry.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>

#include <atomic>

namespace camie::test {

const domain::Gazetteer& SealedRecords::gazetteer() {
  static const domain::Gazetteer parsed = [] {
    auto g = domain::Gazetteer::fromJson(gazetteerJson());
    REQUIRE(g.ok());
    return *g;
  }();
  return parsed;
}

SealedRecords::SealedRecords(const QJsonObject& keysDocument, quint64 seed)
    : keys_(keysDocument), demo_(gazetteer(), QDateTime::currentDateTimeUtc().date(), seed) {
  qint64 newest = -1;
  for (const QJsonValue& key : keys_.value(QStringLiteral("registry")).toArray()) {
    const qint64 notBefore = key.toObject().value(QStringLiteral("not_before")).toInteger();
    if (notBefore > newest) {
      newest = notBefore;
      newestKid_ = key.toObject().value(QStringLiteral("kid")).toString();
    }
  }
  REQUIRE(!newestKid_.isEmpty());
}

domain::RegistrationRecord SealedRecords::next() {
  domain::RegistrationRecord r;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  r.id = Uuid7::generate(now);
  r.formId = QStringLiteral("ie-registration");
  r.formVersion = QStringLiteral("2025.1");
  r.capturedAtMs = now;
  r.consentAtMs = now;
  r.operatorId = QStringLiteral("teller1");
  r.deviceId = QStringLiteral("kiosk-test");
  r.answers = demo_.next().answers;
  return r;
}

QJsonObject SealedRecords::seal(const domain::RegistrationRecord& record) const {
  return seal(record, newestKid_);
}

QJsonObject SealedRecords::seal(const domain::RegistrationRecord& record,
                                const QString& kid) const {
  QJsonObject key;
  for (const QJsonValue& k : keys_.value(QStringLiteral("registry")).toArray()) {
    if (k.toObject().value(QStringLiteral("kid")).toString() == kid)
      key = k.toObject();
  }
  REQUIRE(!key.isEmpty());
  const QString suiteName = key.value(QStringLiteral("suite")).toString();
  auto suite = crypto::HpkeSuite::fromName(suiteName);
  REQUIRE(suite.ok());
  const QByteArray publicKey =
      QByteArray::fromBase64(key.value(QStringLiteral("public")).toString().toLatin1());
  const QByteArray info =
      QStringLiteral("camie/v1 %1 %2 %3").arg(record.id).arg(record.revision).arg(kid).toUtf8();
  auto sealed = crypto::Hpke::seal(*suite, publicKey, info, {}, record.toJson());
  REQUIRE(sealed.ok());
  const auto time = [](qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
  };
  return {{QStringLiteral("id"), record.id},
          {QStringLiteral("revision"), record.revision},
          {QStringLiteral("formId"), record.formId},
          {QStringLiteral("formVersion"), record.formVersion},
          {QStringLiteral("capturedAt"), time(record.capturedAtMs)},
          {QStringLiteral("operatorId"), record.operatorId},
          {QStringLiteral("keyId"), kid},
          {QStringLiteral("suite"), suiteName},
          {QStringLiteral("enc"), QString::fromLatin1(sealed->enc.toBase64())},
          {QStringLiteral("ct"), QString::fromLatin1(sealed->ciphertext.toBase64())}};
}

QJsonObject SealedRecords::batch(const QJsonArray& records) {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  // An audit log that only grows: every batch shows a later entry.
  static std::atomic<qint64> auditSeq{0};
  const qint64 seq = ++auditSeq;
  const QByteArray hash =
      QCryptographicHash::hash(QByteArray::number(seq), QCryptographicHash::Sha256);
  return {{QStringLiteral("batchId"), Uuid7::generate(now)},
          {QStringLiteral("audit"),
           QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}}},
          {QStringLiteral("deviceId"), QStringLiteral("kiosk-test")},
          {QStringLiteral("sentAt"),
           QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)},
          {QStringLiteral("records"), records}};
}

} // namespace camie::test
