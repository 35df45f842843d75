// KioskStoreService's sign-in path on its own thread: a new operator's
// one-time PIN answers secretChangeRequired, the change signs them in, and
// every refusal comes back as a SignInRefusal with its reason.
#include "core/store/kiosk_store_service.h"

#include "core/scan/signal_recorder.h"
#include "core/store/key_vault.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;
using camie::scan::test::SignalRecorder;

namespace {
const QString kTech = QStringLiteral("tech1");
using camie::test::kTechPin;
} // namespace

TEST_CASE("the store service answers a one-time PIN with a change, then signs in", "[store]") {
  test::TempKiosk k;
  QString once;
  {
    KeyVault vault(*k.db, k.clock, test::cheapScrypt());
    auto tech = vault.initialise(kTech, kTechPin);
    REQUIRE(tech.ok());
    auto pin = vault.addOperator(*tech, QStringLiteral("teller1"), OperatorRole::Teller);
    REQUIRE(pin.ok());
    once = *pin;
  }
  KioskStoreService service(
      {k.path(), QStringLiteral("kiosk-7"), 7, std::make_shared<SystemClock>()});
  SignalRecorder<bool, QString> ready(&service, &KioskStoreService::ready);
  SignalRecorder<QString, QString> required(&service.session(),
                                            &SessionService::secretChangeRequired);
  SignalRecorder<SignInRefusal> failed(&service.session(), &SessionService::signInFailed);
  SignalRecorder<SignInRefusal> changeFailed(&service.session(),
                                             &SessionService::secretChangeFailed);
  SignalRecorder<QString, OperatorRole> changed(&service.session(), &SessionService::secretChanged);
  SignalRecorder<QString, OperatorRole> signedIn(&service.session(), &SessionService::signedIn);
  service.start();
  REQUIRE(ready.wait());

  service.session().signIn(QStringLiteral("teller1"), QStringLiteral("7302846159"));
  REQUIRE(failed.wait());
  CHECK(std::get<0>(failed.at(0)).reason == SignInRefusal::Reason::WrongSecret);

  service.session().signIn(QStringLiteral("teller1"), once);
  REQUIRE(required.wait());
  CHECK(std::get<0>(required.at(0)) == QStringLiteral("teller1"));
  CHECK(signedIn.size() == 0);
  CHECK(service.session().signedInOperator().isEmpty());

  service.session().changeSecret(QStringLiteral("teller1"), once, QStringLiteral("111111"));
  REQUIRE(changeFailed.wait());
  const SignInRefusal weak = std::get<0>(changeFailed.at(0));
  CHECK(weak.reason == SignInRefusal::Reason::WeakSecret);
  CHECK(weak.message.contains(QStringLiteral("repeats")));

  service.session().changeSecret(QStringLiteral("teller1"), once, test::kTellerPin);
  REQUIRE(changed.wait());
  CHECK(std::get<1>(changed.at(0)) == OperatorRole::Teller);
  CHECK(service.session().signedInOperator() == QStringLiteral("teller1"));
  CHECK(service.session().signedInAtLeast(OperatorRole::Teller));
  CHECK_FALSE(service.session().signedInAtLeast(OperatorRole::Supervisor));

  // Signed in as teller1, nobody else's PIN can be changed here.
  service.session().changeSecret(kTech, kTechPin, QStringLiteral("9153728461"));
  REQUIRE(changeFailed.wait());
  CHECK(std::get<0>(changeFailed.at(1)).reason == SignInRefusal::Reason::NotAllowed);
}

TEST_CASE("a refusal's reason comes from the vault's error code", "[store]") {
  // Errors are made by makeError, which gives them their kind from the code.
  using Reason = SignInRefusal::Reason;
  const auto reason = [](const char* code) {
    return SignInRefusal::fromError(makeError(QString::fromLatin1(code), QStringLiteral("words")),
                                    0)
        .reason;
  };
  CHECK(reason("wrong_secret") == Reason::WrongSecret);
  CHECK(reason("locked_out") == Reason::LockedOut);
  CHECK(reason("operator_id_in_khmer") == Reason::IdInKhmer);
  CHECK(reason("weak_secret") == Reason::WeakSecret);
  CHECK(reason("same_secret") == Reason::SameSecret);
  CHECK(reason("operator_record_altered") == Reason::RecordAltered);
  CHECK(reason("sqlite_busy") == Reason::StoreUnavailable);
  const auto locked =
      SignInRefusal::fromError(makeError(QStringLiteral("locked_out"), QStringLiteral("wait")), 42);
  CHECK(locked.message == QStringLiteral("wait"));
  CHECK(locked.lockedUntilMs == 42);
}
