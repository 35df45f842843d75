// `camie-kioskctl status` on key protection: a kiosk whose operator slots are
// bound to its TPM (swtpm here) says so, with the TPM's lockout settings; one
// without a TPM says it is not protected by hardware; a database whose slots
// need a TPM that is not configured says they cannot open.
#include "support/kioskctl_runner.h"
#include "support/swtpm_process.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using camie::test::CtlRun;
using camie::test::KioskctlRunner;

namespace {

const QByteArray kPin = camie::test::pinLine(camie::test::kTechPin);

void configure(const KioskctlRunner& ctl, const QString& tpm) {
  QByteArray conf = "[store]\ndatabase=kiosk.db\n[device]\nid=kiosk-test\n";
  if (!tpm.isEmpty())
    conf += "tpm=" + tpm.toUtf8() + "\n";
  conf += "[trust]\nregistry_roots=test-roots.json\n";
  ctl.writeFile(QStringLiteral("kiosk.conf"), conf);
}

void init(const KioskctlRunner& ctl) {
  const CtlRun run = ctl.run(
      {QStringLiteral("init"), QStringLiteral("--technician"), QStringLiteral("tech1")}, kPin);
  INFO(run.err.constData());
  REQUIRE(run.exitCode == 0);
}

} // namespace

TEST_CASE("status says the key slots are bound to the kiosk's TPM", "[ctl][tpm]") {
  camie::test::SwtpmProcess tpm;
  KioskctlRunner ctl;
  configure(ctl, tpm.tcti());
  init(ctl);

  // The technician signs in through the TPM and adds a teller, whose slot is bound too.
  const CtlRun add =
      ctl.run({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("teller1"),
               QStringLiteral("--role"), QStringLiteral("teller"), QStringLiteral("--by"),
               QStringLiteral("tech1")},
              kPin + camie::test::pinLine(camie::test::kTellerPin));
  INFO(add.out.constData() << add.err.constData());
  REQUIRE(add.exitCode == 0);

  const QJsonObject keySlots =
      ctl.run({QStringLiteral("status")}).json()[QStringLiteral("keySlots")].toObject();
  CHECK(keySlots[QStringLiteral("protection")] == QStringLiteral("bound"));
  CHECK(keySlots[QStringLiteral("operatorSlots")] == 2);
  CHECK(keySlots[QStringLiteral("tpmBoundSlots")] == 2);
  CHECK(keySlots[QStringLiteral("tpm")] == tpm.tcti());
  CHECK(keySlots[QStringLiteral("lockout")][QStringLiteral("maxTries")].toInt() > 0);

  const CtlRun text = ctl.run({QStringLiteral("status")}, {}, false);
  REQUIRE(text.exitCode == 0);
  CHECK(text.out.contains("key slots: bound to this kiosk's TPM"));

  // The same database with the TPM taken out of the configuration.
  configure(ctl, {});
  const QJsonObject without =
      ctl.run({QStringLiteral("status")}).json()[QStringLiteral("keySlots")].toObject();
  CHECK(without[QStringLiteral("protection")] == QStringLiteral("unprotected"));
  const CtlRun withoutText = ctl.run({QStringLiteral("status")}, {}, false);
  CHECK(withoutText.out.contains("need a TPM, but none is configured"));
}

TEST_CASE("status says a kiosk without a TPM is not protected by hardware", "[ctl]") {
  KioskctlRunner ctl;
  init(ctl);
  const QJsonObject keySlots =
      ctl.run({QStringLiteral("status")}).json()[QStringLiteral("keySlots")].toObject();
  CHECK(keySlots[QStringLiteral("protection")] == QStringLiteral("unprotected"));
  CHECK(keySlots[QStringLiteral("tpmBoundSlots")] == 0);
  CHECK(keySlots[QStringLiteral("tpm")].isNull());
  const CtlRun text = ctl.run({QStringLiteral("status")}, {}, false);
  REQUIRE(text.exitCode == 0);
  CHECK(text.out.contains("NOT protected by hardware"));
}
