// The queue commands of camie-kioskctl, run as a technician would run them.
#include "support/kioskctl_runner.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using camie::test::CtlRun;
using camie::test::KioskctlRunner;

namespace {
const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);

void setUp(const KioskctlRunner& ctl, const camie::test::TestRegistry& registry) {
  const CtlRun init = ctl.run(
      {QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")}, kPin);
  REQUIRE(init.exitCode == 0);
  CHECK(init.json().value(QStringLiteral("deviceId")).toString() == QStringLiteral("kiosk-test"));
  ctl.writeFile(QStringLiteral("keys.json"), registry.signedKeysJson());
  ctl.writeFile(QStringLiteral("gazetteer.json"), camie::test::gazetteerJson());
  for (const char* name : {"keys", "gazetteer"}) {
    const CtlRun load =
        ctl.run({QStringLiteral("refdata"), QStringLiteral("load"), QString::fromLatin1(name),
                 ctl.file(QString::fromLatin1(name) + QStringLiteral(".json"))});
    INFO(load.err.constData());
    REQUIRE(load.exitCode == 0);
  }
}

QByteArray validAnswers(const char* idNumber) {
  return QByteArray(R"({"category": "seasonal_worker", "name_km": "សុខ ដារ៉ា",
    "name_en": "Sok Dara", "sex": "male", "dob": "1990-04-12", "nationality": "KH",
    "id_type": "national_id", "id_number": ")") +
         idNumber + R"(", "phone": "012 345 678", "village_code": "02010101",
    "occupation": "Rice farmer", "consent": true})";
}
} // namespace

TEST_CASE("kioskctl init, refdata load, register and status work together", "[ctl]") {
  KioskctlRunner ctl;
  camie::test::TestRegistry registry;
  setUp(ctl, registry);

  ctl.writeFile(QStringLiteral("one.json"), validAnswers("123456789"));
  const CtlRun one =
      ctl.run({QStringLiteral("register"), QStringLiteral("--operator"), QStringLiteral("tech1"),
               QStringLiteral("--answers"), ctl.file(QStringLiteral("one.json"))},
              kPin);
  INFO(one.out.constData() << one.err.constData());
  REQUIRE(one.exitCode == 0);
  CHECK(one.json().value(QStringLiteral("finalised")).toInt() == 1);

  ctl.writeFile(QStringLiteral("batch.json"),
                "[" + validAnswers("223456789") + ", " + validAnswers("12") + ", 7]");
  const CtlRun batch =
      ctl.run({QStringLiteral("register"), QStringLiteral("--operator"), QStringLiteral("tech1"),
               QStringLiteral("--answers"), ctl.file(QStringLiteral("batch.json"))},
              kPin);
  CHECK(batch.exitCode == 1);
  const QJsonObject result = batch.json();
  CHECK(result.value(QStringLiteral("finalised")).toInt() == 1);
  CHECK(result.value(QStringLiteral("invalid")).toInt() == 2);
  const QJsonArray results = result.value(QStringLiteral("results")).toArray();
  CHECK(results.at(0).toObject().contains(QStringLiteral("id")));
  const QJsonObject error = results.at(1)[QStringLiteral("errors")].toArray().at(0).toObject();
  CHECK(error.value(QStringLiteral("field")).toString() == QStringLiteral("id_number"));
  CHECK(results.at(2)[QStringLiteral("errors")].toArray().at(0)[QStringLiteral("code")] ==
        QStringLiteral("not_object"));

  const CtlRun status = ctl.run({QStringLiteral("status")});
  REQUIRE(status.exitCode == 0);
  const QJsonObject counts = status.json().value(QStringLiteral("counts")).toObject();
  CHECK(counts.value(QStringLiteral("sealed")).toInt() == 2);
  CHECK(counts.value(QStringLiteral("accepted")).toInt() == 0);
  CHECK(status.json().value(QStringLiteral("oldestQueuedAgeSeconds")).isDouble());

  const CtlRun audit = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
  CHECK(audit.exitCode == 0);
  CHECK(audit.json().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("kioskctl demo-fill finalises N synthetic registrations", "[ctl]") {
  KioskctlRunner ctl;
  camie::test::TestRegistry registry;
  setUp(ctl, registry);
  const CtlRun fill = ctl.run({QStringLiteral("demo-fill"), QStringLiteral("25"),
                               QStringLiteral("--operator"), QStringLiteral("tech1")},
                              kPin);
  INFO(fill.err.constData());
  REQUIRE(fill.exitCode == 0);
  CHECK(fill.json().value(QStringLiteral("finalised")).toInt() == 25);
  CHECK(ctl.run({QStringLiteral("status")})
            .json()[QStringLiteral("counts")][QStringLiteral("sealed")]
            .toInt() == 25);
}

TEST_CASE("kioskctl refuses to finalise without registry keys, and a wrong PIN", "[ctl]") {
  KioskctlRunner ctl;
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  ctl.writeFile(QStringLiteral("one.json"), validAnswers("123456789"));
  const QStringList reg = {QStringLiteral("register"), QStringLiteral("--operator"),
                           QStringLiteral("tech1"), QStringLiteral("--answers"),
                           ctl.file(QStringLiteral("one.json"))};
  const CtlRun wrong = ctl.run(reg, "999999\n");
  CHECK(wrong.exitCode == 1);
  CHECK(wrong.json()[QStringLiteral("error")][QStringLiteral("code")] ==
        QStringLiteral("wrong_secret"));
  // The gazetteer is there but not the keys: village codes validate, sealing cannot.
  ctl.writeFile(QStringLiteral("gazetteer.json"), camie::test::gazetteerJson());
  REQUIRE(ctl.run({QStringLiteral("refdata"), QStringLiteral("load"), QStringLiteral("gazetteer"),
                   ctl.file(QStringLiteral("gazetteer.json"))})
              .exitCode == 0);
  const CtlRun noKeys = ctl.run(reg, kPin);
  CHECK(noKeys.exitCode == 1);
  CHECK(noKeys.json()[QStringLiteral("error")][QStringLiteral("code")] ==
        QStringLiteral("no_registry_key"));
  CHECK(ctl.run({QStringLiteral("status")})
            .json()[QStringLiteral("counts")][QStringLiteral("sealed")]
            .toInt() == 0);
}

TEST_CASE("kioskctl refdata load refuses a document that does not parse", "[ctl]") {
  KioskctlRunner ctl;
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  ctl.writeFile(QStringLiteral("keys.json"), R"({"registry": [{"kid": "x"}]})");
  const CtlRun load = ctl.run({QStringLiteral("refdata"), QStringLiteral("load"),
                               QStringLiteral("keys"), ctl.file(QStringLiteral("keys.json"))});
  CHECK(load.exitCode == 1);
  // The old, unsigned shape is refused, in words naming the file and the reason.
  CHECK(load.json()[QStringLiteral("error")][QStringLiteral("code")] ==
        QStringLiteral("keys_unsigned"));
  CHECK(load.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
      QStringLiteral("keys.json")));
}

TEST_CASE("kioskctl operator add needs a technician's PIN and a strong one-time PIN", "[ctl]") {
  KioskctlRunner ctl;
  REQUIRE(ctl.run({QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")},
                  kPin)
              .exitCode == 0);
  const QStringList add = {QStringLiteral("operator"), QStringLiteral("add"),
                           QStringLiteral("teller1"),  QStringLiteral("--role"),
                           QStringLiteral("teller"),   QStringLiteral("--by"),
                           QStringLiteral("tech1"),    QStringLiteral("--pin-stdin")};
  const auto errorCode = [](const CtlRun& run) {
    return run.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
  };
  // The technician's PIN wrong: nobody is added.
  const CtlRun wrongPin = ctl.run(add, "480914\n730284\n");
  CHECK(wrongPin.exitCode != 0);
  CHECK(errorCode(wrongPin) == QStringLiteral("wrong_secret"));
  CHECK(errorCode(ctl.run(add, kPin + "123456\n")) == QStringLiteral("weak_secret"));
  REQUIRE(ctl.run(add, kPin + camie::test::pinLine(camie::test::kTellerPin)).exitCode == 0);
  const CtlRun list = ctl.run({QStringLiteral("operator"), QStringLiteral("list")});
  CHECK(list.json().value(QStringLiteral("operators")).toArray().size() == 2);

  // A teller with the right one-time PIN may not add anyone: it opens nothing
  // but the change to a PIN of their own.
  const QStringList byTeller = {QStringLiteral("operator"),   QStringLiteral("add"),
                                QStringLiteral("teller2"),    QStringLiteral("--role"),
                                QStringLiteral("technician"), QStringLiteral("--by"),
                                QStringLiteral("teller1")};
  const CtlRun refused = ctl.run(byTeller, "730284\n615027\n");
  CHECK(refused.exitCode != 0);
  CHECK(errorCode(refused) == QStringLiteral("secret_change_required"));
  CHECK(ctl.run({QStringLiteral("operator"), QStringLiteral("list")})
            .json()
            .value(QStringLiteral("operators"))
            .toArray()
            .size() == 2);
}
