// camie-kioskctl scan and make-prereg, run as the real binary: a minted code
// read back from its PNG, a tampered one, and MRZ text from a wedge scanner.
#include "core/crypto/ed25519.h"
#include "core/crypto/pem_key.h"
#include "core/scan/base45.h"
#include "core/scan/zlib_codec.h"
#include "support/kioskctl_runner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace camie;
using camie::test::CtlRun;
using camie::test::KioskctlRunner;

namespace {

constexpr qint64 kIat = 1737331200; // 2025-01-20
constexpr qint64 kExp = 1745107200; // 2025-04-20
const QString kNow = QString::number(kIat + 3600);

const QString kTd1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                    "7408122F1204159UTO<<<<<<<<<<<6\n"
                                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

crypto::Ed25519::KeyPair newKeyPair() {
  auto generated = crypto::Ed25519::generate();
  REQUIRE(generated.ok());
  return std::move(generated).value();
}

// A portal key pair: the private key as PEM, the public one in a keys document.
struct Portal {
  crypto::Ed25519::KeyPair pair = newKeyPair();

  void writeFiles(const KioskctlRunner& ctl) const {
    auto pem = crypto::PemKey::writeEd25519PrivateKey(pair.privateKey);
    REQUIRE(pem.ok());
    ctl.writeFile(QStringLiteral("portal.pem"), *pem);
    const QJsonObject key{
        {QStringLiteral("kid"), QStringLiteral("portal-2025-01")},
        {QStringLiteral("alg"), QStringLiteral("Ed25519")},
        {QStringLiteral("public"), QString::fromLatin1(pair.publicKey.toBase64())},
        {QStringLiteral("not_before"), 1735689600},
        {QStringLiteral("not_after"), 1767225600}};
    ctl.writeFile(QStringLiteral("keys.json"),
                  QJsonDocument(QJsonObject{{QStringLiteral("registry"), QJsonArray()},
                                            {QStringLiteral("portal"), QJsonArray{key}}})
                      .toJson());
  }
};

const QJsonObject kFields{{QStringLiteral("name_km"), QStringLiteral("សុខ ដារា")},
                          {QStringLiteral("name_en"), QStringLiteral("SOK Dara")},
                          {QStringLiteral("phone"), QStringLiteral("012345678")}};

CtlRun makePrereg(const KioskctlRunner& ctl) {
  const CtlRun run =
      ctl.run({QStringLiteral("make-prereg"), QStringLiteral("--key"),
               ctl.file(QStringLiteral("portal.pem")), QStringLiteral("--kid"),
               QStringLiteral("portal-2025-01"), QStringLiteral("--fields"),
               QString::fromUtf8(QJsonDocument(kFields).toJson()), QStringLiteral("--out"),
               ctl.file(QStringLiteral("code.png")), QStringLiteral("--iat"), QString::number(kIat),
               QStringLiteral("--exp"), QString::number(kExp), QStringLiteral("--prn"),
               QStringLiteral("PR-2025-000123")});
  INFO(run.err.constData());
  REQUIRE(run.exitCode == 0);
  return run;
}

CtlRun scanText(const KioskctlRunner& ctl, const QString& text, const QString& now = kNow) {
  return ctl.run({QStringLiteral("scan"), QStringLiteral("--text"), text, QStringLiteral("--keys"),
                  ctl.file(QStringLiteral("keys.json")), QStringLiteral("--now"), now});
}

// The same code with one byte of the signed body changed, packed again.
QString tampered(const QString& code) {
  auto compressed = scan::Base45::decode(QStringView(code).sliced(4));
  REQUIRE(compressed.ok());
  auto envelope = scan::ZlibCodec::inflate(*compressed, 8192);
  REQUIRE(envelope.ok());
  const qsizetype at = envelope->indexOf("012345678");
  REQUIRE(at > 0);
  (*envelope)[at + 1] = '9';
  auto repacked = scan::ZlibCodec::deflate(*envelope);
  REQUIRE(repacked.ok());
  return QStringLiteral("IE1:") + scan::Base45::encode(*repacked);
}

} // namespace

TEST_CASE("kioskctl make-prereg mints a PNG that scan reads as a valid IE1 code", "[scan]") {
  KioskctlRunner ctl;
  Portal portal;
  portal.writeFiles(ctl);
  const QJsonObject minted = makePrereg(ctl).json();
  CHECK(minted.value(QStringLiteral("prn")).toString() == u"PR-2025-000123");
  CHECK(minted.value(QStringLiteral("text")).toString().startsWith(u"IE1:"));

  const CtlRun run = ctl.run({QStringLiteral("scan"), ctl.file(QStringLiteral("code.png")),
                              QStringLiteral("--keys"), ctl.file(QStringLiteral("keys.json")),
                              QStringLiteral("--now"), kNow});
  INFO(run.err.constData());
  REQUIRE(run.exitCode == 0);
  const QJsonObject json = run.json();
  CHECK(json.value(QStringLiteral("format")).toString() == u"QRCode");
  CHECK(json.value(QStringLiteral("kind")).toString() == u"ie1");
  CHECK(json.value(QStringLiteral("verdict")).toString() == u"valid");
  const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
  CHECK(fields.value(QStringLiteral("prn")).toString() == u"PR-2025-000123");
  CHECK(fields.value(QStringLiteral("iat")).toInteger() == kIat);
  CHECK(fields.value(QStringLiteral("exp")).toInteger() == kExp);
  CHECK(fields.value(QStringLiteral("name_km")).toString() == u"សុខ ដារា");
  CHECK(fields.value(QStringLiteral("phone")).toString() == u"012345678");
}

TEST_CASE("kioskctl scan: a tampered code is bad_signature, a late one expired", "[scan]") {
  KioskctlRunner ctl;
  Portal portal;
  portal.writeFiles(ctl);
  const QString code = makePrereg(ctl).json().value(QStringLiteral("text")).toString();

  CHECK(scanText(ctl, code).json().value(QStringLiteral("verdict")).toString() == u"valid");
  const QJsonObject bad = scanText(ctl, tampered(code)).json();
  CHECK(bad.value(QStringLiteral("kind")).toString() == u"ie1");
  CHECK(bad.value(QStringLiteral("verdict")).toString() == u"bad_signature");
  CHECK_FALSE(bad.contains(QStringLiteral("fields")));
  CHECK(scanText(ctl, code, QString::number(kExp + 2 * 86400))
            .json()
            .value(QStringLiteral("verdict"))
            .toString() == u"expired");

  // Without keys (no --keys, no kiosk database) nothing can be trusted.
  const CtlRun noKeys = ctl.run({QStringLiteral("scan"), QStringLiteral("--text"), code});
  CHECK(noKeys.json().value(QStringLiteral("verdict")).toString() == u"unknown_key");
}

TEST_CASE("kioskctl scan --text reads an MRZ and names a bad check digit", "[scan]") {
  KioskctlRunner ctl;
  Portal portal;
  portal.writeFiles(ctl);
  const QJsonObject good = scanText(ctl, kTd1).json();
  CHECK(good.value(QStringLiteral("format")).toString() == u"text");
  CHECK(good.value(QStringLiteral("kind")).toString() == u"mrz");
  CHECK(good.value(QStringLiteral("verdict")).toString() == u"valid");
  const QJsonObject fields = good.value(QStringLiteral("fields")).toObject();
  CHECK(fields.value(QStringLiteral("document_type")).toString() == u"I");
  CHECK(fields.value(QStringLiteral("issuer")).toString() == u"UTO");
  CHECK(fields.value(QStringLiteral("document_number")).toString() == u"D23145890");
  CHECK(fields.value(QStringLiteral("surname")).toString() == u"ERIKSSON");
  CHECK(fields.value(QStringLiteral("given_names")).toString() == u"ANNA MARIA");
  CHECK(fields.value(QStringLiteral("nationality")).toString() == u"UTO");
  CHECK(fields.value(QStringLiteral("birth_date")).toString() == u"1974-08-12");
  CHECK(fields.value(QStringLiteral("expiry_date")).toString() == u"2012-04-15");
  CHECK(fields.value(QStringLiteral("sex")).toString() == u"F");

  QString wrong = kTd1;
  wrong[31 + 6] = u'3'; // the birth date's check digit
  const QJsonObject bad = scanText(ctl, wrong).json();
  CHECK(bad.value(QStringLiteral("verdict")).toString() == u"bad_check_digit");
  CHECK(bad.value(QStringLiteral("field")).toString() == u"birth_date");

  // Lines separated by the two characters \n, as typed in a shell.
  QString typed = kTd1;
  typed.replace(u'\n', QStringLiteral("\\n"));
  CHECK(scanText(ctl, typed).json().value(QStringLiteral("verdict")).toString() == u"valid");
}

TEST_CASE("kioskctl scan refuses what it cannot read, and make-prereg a bad key", "[scan]") {
  KioskctlRunner ctl;
  Portal portal;
  portal.writeFiles(ctl);
  ctl.writeFile(QStringLiteral("not-an-image.png"), "hello");
  const CtlRun unreadable =
      ctl.run({QStringLiteral("scan"), ctl.file(QStringLiteral("not-an-image.png"))});
  CHECK(unreadable.exitCode == 1);
  CHECK(unreadable.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
        QStringLiteral("unreadable"));
  CHECK(ctl.run({QStringLiteral("scan")}).exitCode == 2);

  ctl.writeFile(QStringLiteral("bad.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n");
  const CtlRun badKey = ctl.run(
      {QStringLiteral("make-prereg"), QStringLiteral("--key"), ctl.file(QStringLiteral("bad.pem")),
       QStringLiteral("--kid"), QStringLiteral("k"), QStringLiteral("--fields"),
       QStringLiteral("{}"), QStringLiteral("--out"), ctl.file(QStringLiteral("x.png"))});
  CHECK(badKey.exitCode == 1);
  CHECK(badKey.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")) ==
        QStringLiteral("bad_pem"));
}
