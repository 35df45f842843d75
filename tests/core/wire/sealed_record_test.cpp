// The sealed record's wire form: what the kiosk writes the registry (and a
// bundle reader) reads back exactly; anything else is refused naming the
// field; the suite names and the HPKE info string are the ones API.md gives.
#include "core/crypto/hpke_suite.h"
#include "core/wire/seal_info.h"
#include "core/wire/sealed_record.h"
#include "core/wire/suite_names.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace camie;
using camie::wire::SealedRecord;

namespace {

SealedRecord sample() {
  SealedRecord r;
  r.id = QStringLiteral("0190f000-0000-7000-8000-000000000001");
  r.revision = 2;
  r.formId = QStringLiteral("ie-registration");
  r.formVersion = QStringLiteral("2025.1");
  r.operatorId = QStringLiteral("teller1");
  r.capturedAt = 1767225600123; // 2026-01-01T00:00:00.123Z
  r.sealed = {QStringLiteral("reg-2026-01"), wire::kSuiteChaCha20Poly1305.toString(),
              QByteArray(32, '\x01'), QByteArray(80, '\x02')};
  return r;
}

QString refusedField(const QJsonObject& o) {
  auto parsed = SealedRecord::fromJson(o);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().code == QStringLiteral("bad_record"));
  return parsed.error().message;
}

} // namespace

TEST_CASE("a sealed record reads back from its wire form exactly", "[wire]") {
  SealedRecord r = sample();
  const QJsonObject json = r.toJson();
  CHECK(json.value(u"capturedAt").toString() == QStringLiteral("2026-01-01T00:00:00.123Z"));
  CHECK(json.value(u"enc").toString() == QString::fromLatin1(QByteArray(32, '\x01').toBase64()));
  CHECK_FALSE(json.contains(u"originDeviceId"));
  auto back = SealedRecord::fromJson(json);
  REQUIRE(back.ok());
  CHECK(back->id == r.id);
  CHECK(back->revision == 2);
  CHECK(back->formId == r.formId);
  CHECK(back->formVersion == r.formVersion);
  CHECK(back->operatorId == r.operatorId);
  CHECK(back->capturedAt == r.capturedAt);
  CHECK(back->sealed.keyId == r.sealed.keyId);
  CHECK(back->sealed.suite == r.sealed.suite);
  CHECK(back->sealed.enc == r.sealed.enc);
  CHECK(back->sealed.ciphertext == r.sealed.ciphertext);
  CHECK(back->originDevice.isEmpty());

  r.originDevice = QStringLiteral("kiosk-9");
  CHECK(SealedRecord::fromJson(r.toJson())->originDevice == QStringLiteral("kiosk-9"));
}

TEST_CASE("a wire record with a bad field is refused naming the field", "[wire]") {
  const QJsonObject good = sample().toJson();
  const auto with = [&good](const char* field, const QJsonValue& value) {
    QJsonObject o = good;
    o.insert(QLatin1String(field), value);
    return o;
  };
  CHECK(refusedField(with("id", QStringLiteral("0190F000-0000-7000-8000-000000000001"))) ==
        QStringLiteral("bad or missing \"id\""));
  CHECK(refusedField(with("revision", 0)).contains(u"\"revision\""));
  CHECK(refusedField(with("revision", 1.5)).contains(u"\"revision\""));
  CHECK(refusedField(with("formId", QString())).contains(u"\"formId\""));
  CHECK(refusedField(with("operatorId", QString(129, u'x'))).contains(u"\"operatorId\""));
  CHECK(refusedField(with("capturedAt", QStringLiteral("2026-01-01T00:00:00")))
            .contains(u"\"capturedAt\""));
  CHECK(refusedField(with("suite", QStringLiteral("x25519-sha256-aes128gcm")))
            .contains(u"\"suite\""));
  CHECK(refusedField(with("enc", QString::fromLatin1(QByteArray(31, 'a').toBase64())))
            .contains(u"\"enc\""));
  CHECK(refusedField(with("ct", QStringLiteral("not base64!"))).contains(u"\"ct\""));
  CHECK(refusedField(with("ct", QString::fromLatin1(QByteArray(16, 'a').toBase64())))
            .contains(u"\"ct\""));
  CHECK(refusedField(with("originDeviceId", QString())).contains(u"\"originDeviceId\""));
  CHECK(SealedRecord::fromJson(QJsonArray()).error().message.contains(u"\"record\""));
}

TEST_CASE("the wire's suite names are the ones HPKE seals with", "[wire]") {
  for (const QStringView name : {wire::kSuiteAes128Gcm, wire::kSuiteChaCha20Poly1305}) {
    CHECK(wire::isKnownSuite(name));
    auto suite = crypto::HpkeSuite::fromName(name);
    REQUIRE(suite.ok());
    CHECK(suite->name() == name);
  }
  CHECK_FALSE(wire::isKnownSuite(u"X25519-SHA256-AES256GCM"));
  CHECK_FALSE(wire::isKnownSuite(u"x25519-sha256-aes128gcm"));
}

TEST_CASE("the wire's HPKE info string binds the record id, revision and key", "[wire]") {
  CHECK(wire::sealInfo(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), 1,
                       QStringLiteral("reg-2026-01")) ==
        QByteArrayLiteral("camie/v1 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b 1 reg-2026-01"));
}
