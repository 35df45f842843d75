// Issue 13 end to end, through the real kiosk offscreen on a real database:
// a kiosk process is killed in the middle of a registration (as a power cut
// would); the next kiosk on the same database offers the teller's draft to
// the teller only, and the answers come back. Then moving around the form:
// a Review row opens its step and the form leads back to the Review, Return
// presses the focused button, Tab never lands on Cancel, Cancel asks and
// deletes the draft, a choice says "Choose one", an error follows typing.
#include "app/config/kiosk_config.h"
#include "app/kiosk/kiosk_app.h"
#include "core/store/key_vault.h"
#include "core/store/reference_data_store.h"
#include "support/disk_bytes.h"
#include "support/form_screen.h"
#include "support/kiosk_window.h"
#include "support/operators.h"
#include "support/review_screen.h"
#include "support/sign_in_screen.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QKeyEvent>
#include <QProcess>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>

using namespace camie;

namespace {

const char* const kChildTest = "a kiosk process is killed in the middle of a registration";
std::atomic<int> g_warnings{0};        // NOLINT
QtMessageHandler g_previous = nullptr; // NOLINT

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
    ++g_warnings;
    std::fprintf(stderr, "kiosk_drafts: warning counted: [%s] %s\n",
                 context.category ? context.category : "", qUtf8Printable(msg));
  }
  g_previous(type, context, msg);
}

app::KioskConfig kioskConfig(const QString& databasePath) {
  app::KioskConfig config = app::ConfigLoader::defaults();
  config.databasePath = databasePath;
  config.deviceId = QStringLiteral("kiosk-drafts");
  config.fullScreen = false;
  return config;
}

void pressKey(QQuickWindow* window, Qt::Key key) {
  QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
  QCoreApplication::sendEvent(window, &press);
  QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
  QCoreApplication::sendEvent(window, &release);
  QCoreApplication::processEvents();
}

QString text(test::QuickDriver& d, const QString& name) {
  return d.require(name)->property("text").toString();
}

qint64 drafts(test::TempKiosk& k) {
  return test::countWhere(*k.db, "SELECT count(*) FROM records WHERE status = 'draft'");
}

// A technician, a teller and a supervisor; the gazetteer for the address picker.
void prepare(test::TempKiosk& k) {
  store::KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(tech.ok());
  test::addOperator(vault, *tech, QStringLiteral("teller1"), store::OperatorRole::Teller,
                    test::kTellerPin);
  test::addOperator(vault, *tech, QStringLiteral("sup1"), store::OperatorRole::Supervisor,
                    test::kSupervisorPin);
  REQUIRE(store::ReferenceDataStore(*k.db)
              .put({QStringLiteral("gazetteer"), {}, test::gazetteerJson(), 0}, QStringLiteral("t"))
              .ok());
}

} // namespace

// Run by the test below as a process of its own, which it kills.
TEST_CASE(kChildTest, "[.child]") {
  const QString db = qEnvironmentVariable("CAMIE_DRAFT_DB");
  REQUIRE_FALSE(db.isEmpty());
  test::KioskWindow kiosk(kioskConfig(db));
  int saves = 0;
  QObject::connect(&kiosk.kiosk().store().registration(), &store::RegistrationService::draftSaved,
                   [&] { ++saves; });
  test::QuickDriver& d = kiosk.driver();
  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);
  test::startRegistration(d);
  d.click(QStringLiteral("option_category_seasonal_worker"));
  d.click(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_name_km"), QStringLiteral("សុខ ស្រីមុំ"));
  d.type(QStringLiteral("input_name_en"), QStringLiteral("Sok Sreymom"));
  d.click(QStringLiteral("option_sex_female"));
  d.type(QStringLiteral("input_dob"), QStringLiteral("12.04.1990"));
  d.click(QStringLiteral("option_id_type_national_id"));
  d.type(QStringLiteral("input_id_number"), QStringLiteral("123456789"));
  d.click(QStringLiteral("nextButton"));
  REQUIRE(d.waitFor([&] { return saves >= 2; })); // kept at each Next
  d.require(QStringLiteral("draftSavedAt"));
  d.type(QStringLiteral("input_phone"), QStringLiteral("012 345 678")); // typed, not yet kept
  std::printf("READY\n");
  std::fflush(stdout);
  d.waitFor([] { return false; }, 120'000); // until killed
  FAIL("the child kiosk was not killed");
}

TEST_CASE("a kiosk killed mid-form offers its teller the draft, and the form is moved around "
          "freely",
          "[e2e][drafts]") {
  g_previous = qInstallMessageHandler(countingHandler);
  test::TempKiosk k;
  prepare(k);

  // The first kiosk: a teller is halfway through a registration when the power goes.
  {
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAMIE_DRAFT_DB"), k.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildTest)});
    QByteArray out;
    QDeadlineTimer deadline(90'000);
    while (!out.contains("READY") && !deadline.hasExpired() &&
           child.state() != QProcess::NotRunning) {
      child.waitForReadyRead(1000);
      out += child.readAllStandardOutput();
    }
    INFO(out.constData());
    REQUIRE(out.contains("READY"));
    child.kill(); // SIGKILL: nothing is saved on the way out
    REQUIRE(child.waitForFinished(30'000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
  }
  CHECK(drafts(k) == 1);
  const QByteArray disk = test::databaseFileBytes(k.path());
  for (const char* answer : {"Sok Sreymom", "123456789", "1990-04-12", "seasonal_worker"}) {
    INFO(answer);
    CHECK_FALSE(disk.contains(answer)); // no answer in clear on disk
  }

  // The kiosk starts again on the same database.
  app::KioskApp kiosk(kioskConfig(k.path()), QStringLiteral("en"));
  int lookedUp = 0;
  QObject::connect(&kiosk.store().registration(), &store::RegistrationService::draftFound,
                   [&] { ++lookedUp; });
  auto window = kiosk.start();
  REQUIRE(window.ok());
  (*window)->show();
  test::QuickDriver d(*window);

  // Another operator is not offered the teller's draft.
  test::signIn(d, QStringLiteral("sup1"), test::kSupervisorPin);
  REQUIRE(d.waitFor([&] { return lookedUp == 1; }));
  QCoreApplication::processEvents();
  CHECK(d.find(QStringLiteral("draftOfferText")) == nullptr);
  d.click(QStringLiteral("signOutButton"));

  // The teller is: whose and when, in the screen's language.
  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);
  d.require(QStringLiteral("draftOfferText"));
  CHECK(text(d, QStringLiteral("draftOfferText")).contains(QStringLiteral("teller1")));
  kiosk.language().setCode(QStringLiteral("km"));
  REQUIRE(d.waitFor([&] {
    const QString shown = text(d, QStringLiteral("draftOfferText"));
    return shown.contains(QChar(0x17E2)) && shown.contains(QStringLiteral("teller1"));
  }));
  d.screenshot(QStringLiteral(CAMIE_SCREENSHOT_DIR), QStringLiteral("20-draft-offer-km"));
  kiosk.language().setCode(QStringLiteral("en"));
  d.screenshot(QStringLiteral(CAMIE_SCREENSHOT_DIR), QStringLiteral("20-draft-offer-en"));
  d.click(QStringLiteral("resumeDraft"));

  // Back where the answers stopped: the contact step, the phone never kept.
  d.require(QStringLiteral("registrationScreen"));
  CHECK(text(d, QStringLiteral("input_phone")).isEmpty());
  d.click(QStringLiteral("step_identity")); // a step reached before
  CHECK(text(d, QStringLiteral("input_name_en")) == QStringLiteral("Sok Sreymom"));
  CHECK(text(d, QStringLiteral("input_name_km")) == QStringLiteral("សុខ ស្រីមុំ"));
  CHECK(text(d, QStringLiteral("input_id_number")) == QStringLiteral("123456789"));
  CHECK(d.require(QStringLiteral("option_sex_female"))->property("checked").toBool());
  CHECK_FALSE(d.require(QStringLiteral("step_work"))->isEnabled()); // not reached yet
  d.click(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_phone"), QStringLiteral("012 345 678"));
  test::pickVillage(d, QStringLiteral("02010102"));
  d.require(QStringLiteral("fieldList"));
  d.click(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_occupation"), QStringLiteral("Rice farmer"));
  d.click(QStringLiteral("nextButton"));
  test::giveConsent(d);
  // Return on the focused Next button presses it.
  d.require(QStringLiteral("nextButton"))->forceActiveFocus(Qt::TabFocusReason);
  pressKey(*window, Qt::Key_Return);
  d.require(QStringLiteral("reviewScreen"));
  CHECK(test::reviewValue(d, QStringLiteral("name_en")) == QStringLiteral("Sok Sreymom"));

  // A Review row opens its step; the form leads back to the Review.
  d.click(QStringLiteral("reviewRow_name_en"));
  d.require(QStringLiteral("registrationScreen"));
  d.type(QStringLiteral("input_name_en"), QStringLiteral("Sok Sreypov"));
  d.click(QStringLiteral("backToReview"));
  d.require(QStringLiteral("reviewScreen"));
  CHECK(test::reviewValue(d, QStringLiteral("name_en")) == QStringLiteral("Sok Sreypov"));

  // "Change answers" opens the last step, not the first; Tab never reaches Cancel.
  d.click(QStringLiteral("changeAnswers"));
  d.require(QStringLiteral("input_consent"))->forceActiveFocus(Qt::TabFocusReason);
  QStringList tabbed;
  for (int i = 0; i < 20; ++i) {
    pressKey(*window, Qt::Key_Tab);
    if (QQuickItem* item = (*window)->activeFocusItem())
      tabbed << item->objectName();
  }
  INFO(tabbed.join(u' ').toStdString());
  CHECK(tabbed.contains(QStringLiteral("nextButton")));
  CHECK_FALSE(tabbed.contains(QStringLiteral("cancelRegistration")));

  // Cancel asks; going on keeps everything; confirming deletes the draft.
  d.click(QStringLiteral("cancelRegistration"));
  d.require(QStringLiteral("keepFilling")); // the question, over the form
  d.screenshot(QStringLiteral(CAMIE_SCREENSHOT_DIR), QStringLiteral("21-cancel-asks-en"));
  kiosk.language().setCode(QStringLiteral("km"));
  QCoreApplication::processEvents();
  d.screenshot(QStringLiteral(CAMIE_SCREENSHOT_DIR), QStringLiteral("21-cancel-asks-km"));
  kiosk.language().setCode(QStringLiteral("en"));
  d.click(QStringLiteral("keepFilling"));
  d.require(QStringLiteral("registrationScreen"));
  CHECK(drafts(k) == 1);
  test::discardRegistration(d);
  REQUIRE(d.waitFor([&] { return drafts(k) == 0; }));

  // A required choice says "Choose one"; an error shown follows the typing.
  test::startRegistration(d);
  d.click(QStringLiteral("nextButton"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("error_category"), QStringLiteral("Choose one")); }));
  d.click(QStringLiteral("option_category_seasonal_worker"));
  d.click(QStringLiteral("nextButton"));
  d.click(QStringLiteral("option_id_type_national_id"));
  d.type(QStringLiteral("input_id_number"), QStringLiteral("12345"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("error_id_number"), QStringLiteral("9 digits")); }));
  QQuickItem* idNumber = d.require(QStringLiteral("input_id_number"));
  idNumber->forceActiveFocus(Qt::MouseFocusReason);
  REQUIRE(idNumber->setProperty("text", QStringLiteral("123456789"))); // typing, not yet left
  CHECK(d.waitFor([&] { return d.find(QStringLiteral("error_id_number")) == nullptr; }));
  test::discardRegistration(d);
  test::signOut(d);

  qInstallMessageHandler(g_previous);
  CHECK(g_warnings == 0);
}

TEST_CASE("the idle lock keeps the form as a draft before it signs the teller out",
          "[e2e][drafts]") {
  g_previous = qInstallMessageHandler(countingHandler);
  test::TempKiosk k;
  prepare(k);
  app::KioskConfig config = kioskConfig(k.path());
  config.idleLockSeconds = 5; // every tap below starts it again
  test::KioskWindow kiosk(config);
  test::QuickDriver& d = kiosk.driver();
  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);
  test::startRegistration(d, test::Press::Tap);
  d.tap(QStringLiteral("option_category_self_employed"));
  d.tap(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_name_en"), QStringLiteral("Chan Sopheap")); // no Next after it
  d.require(QStringLiteral("signInScreen")); // locked: nobody touched the kiosk
  CHECK(drafts(k) == 1);

  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);
  d.tap(QStringLiteral("resumeDraft"));
  d.require(QStringLiteral("registrationScreen"));
  CHECK(text(d, QStringLiteral("input_name_en")) == QStringLiteral("Chan Sopheap"));
  test::discardRegistration(d, test::Press::Tap);
  REQUIRE(d.waitFor([&] { return drafts(k) == 0; }));
  qInstallMessageHandler(g_previous);
  CHECK(g_warnings == 0);
}
