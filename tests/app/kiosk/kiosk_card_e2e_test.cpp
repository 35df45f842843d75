// End to end through the real kiosk, offscreen, with real Tesseract: a
// generated photo of a Khmer ID card on a USB stick (tests/support/
// with_usb_stick.sh mounts one) is read by the scan panel; its values arrive
// in the form as proposals, marked until the teller confirms each. The record,
// read back through the store, holds the card's values and its card check;
// an answer typed against the card needs a supervisor before finishing.
#include "app/config/kiosk_config.h"
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "support/disk_bytes.h"
#include "support/form_screen.h"
#include "support/generated_cards.h"
#include "support/kiosk_window.h"
#include "support/operators.h"
#include "support/receipt_screen.h"
#include "support/review_screen.h"
#include "support/sign_in_screen.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>

using namespace camie;
using namespace camie::cardgen;

namespace {

std::atomic<int> g_warnings{0};        // NOLINT
QtMessageHandler g_previous = nullptr; // NOLINT
std::mutex g_logMutex;                 // NOLINT
QStringList g_log;                     // NOLINT: every message of the run, from every thread

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
  {
    const std::lock_guard<std::mutex> lock(g_logMutex);
    g_log << msg;
  }
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
    const int n = ++g_warnings;
    std::fprintf(stderr, "kiosk_card: warning #%d counted: [%s] %s\n", n,
                 context.category ? context.category : "", qUtf8Printable(msg));
  }
  g_previous(type, context, msg);
}

// A kiosk with a technician, the teller (PIN 730284) and a supervisor (sup1).
void prepare(test::TempKiosk& k, const test::TestRegistry& registry) {
  store::KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(tech.ok());
  test::addOperator(vault, *tech, QStringLiteral("teller1"), store::OperatorRole::Teller,
                    test::kTellerPin);
  test::addOperator(vault, *tech, QStringLiteral("sup1"), store::OperatorRole::Supervisor,
                    test::kSupervisorPin);
  store::ReferenceDataStore refdata(*k.db);
  REQUIRE(
      refdata.put({QStringLiteral("keys"), {}, registry.keysJson(), 0}, QStringLiteral("t")).ok());
  REQUIRE(
      refdata.put({QStringLiteral("gazetteer"), {}, test::gazetteerJson(), 0}, QStringLiteral("t"))
          .ok());
}

// The front of a generated card, photographed, put on the stick as the only picture.
CardPerson cardOnStick(int index) {
  const QString stick = qEnvironmentVariable("CAMIE_TEST_USB_STICK");
  INFO("run through tests/support/with_usb_stick.sh (CTest does)");
  REQUIRE_FALSE(stick.isEmpty());
  for (const QString& old : QDir(stick).entryList({QStringLiteral("*.jpg")}, QDir::Files))
    REQUIRE(QFile::remove(QDir(stick).filePath(old)));
  // The card reader's own test reads these first cards of seed 202 exactly.
  CardGenerator generator(202, test::testGazetteer());
  CardPerson person;
  for (int i = 0; i <= index; ++i)
    person = generator.person();
  const QStringList fonts = CardGenerator::khmerFonts();
  REQUIRE_FALSE(fonts.isEmpty());
  const QImage photo =
      CardPhotographer::photograph(CardGenerator::front(person, fonts.at(index % fonts.size())),
                                   PhotoStyle::clean(), 200 + index);
  REQUIRE(
      photo.save(QDir(stick).filePath(QStringLiteral("card %1.jpg").arg(index + 1)), "JPG", 92));
  return person;
}

QString sexOf(const CardPerson& person) {
  return person.sex == 'F' ? QStringLiteral("female") : QStringLiteral("male");
}

// From Home: a new registration, the card on the stick read, every proposal
// of the identity step confirmed as it is. Leaves the identity step open.
// `shoot` is called on the scan panel's answer and on the marked proposals.
void readCardAndConfirm(test::QuickDriver& d, const std::function<void(const QString&)>& shoot) {
  test::startRegistration(d);
  d.click(QStringLiteral("option_category_seasonal_worker"));
  d.click(QStringLiteral("scanButton"));
  d.require(QStringLiteral("scanPanel"));
  d.click(QStringLiteral("scanPicturesRefresh"));
  REQUIRE(d.hasText(QStringLiteral("scanPicture_0"), QStringLiteral(".jpg")));
  d.click(QStringLiteral("readCard_0"));
  // Read on the card reader thread: the screen shows it is busy meanwhile.
  CHECK(d.find(QStringLiteral("scanBusy")) != nullptr);
  REQUIRE(d.waitFor(
      [&] {
        return d.hasText(QStringLiteral("cardMessage"),
                         QStringLiteral("proposed from the ID card"));
      },
      120000));
  shoot(QStringLiteral("23-card-read"));
  d.click(QStringLiteral("scanClose"));
  d.require(QStringLiteral("pendingPrefills"));
  d.click(QStringLiteral("nextButton"));
  d.require(QStringLiteral("confirm_name_km"));
  shoot(QStringLiteral("24-card-proposals"));
  // Every field the card gave is marked until the teller confirms it.
  for (const char* field : {"name_km", "name_en", "dob", "sex", "id_type", "id_number"}) {
    const QString id = QString::fromLatin1(field);
    INFO(field);
    d.require(QStringLiteral("field_") + id);
    d.click(QStringLiteral("confirm_") + id);
  }
  REQUIRE(d.waitFor([&] { return d.find(QStringLiteral("pendingPrefills")) == nullptr; }));
}

// The record as the store keeps it, opened with the teller's key.
domain::RegistrationRecord recordOf(test::TempKiosk& k, const QString& id) {
  store::KeyVault vault(*k.db, k.clock);
  auto teller = vault.signIn(QStringLiteral("teller1"), test::kTellerPin);
  REQUIRE(teller.ok());
  auto record = store::RegistrationQueue(*k.db, k.clock, QStringLiteral("kiosk-e2e"), 7)
                    .openLocalCopy(*teller, id);
  REQUIRE(record.ok());
  return *record;
}

} // namespace

TEST_CASE("a teller registers a person from a photo of their ID card by confirming its proposals; "
          "a date typed against the card needs a supervisor",
          "[e2e][card]") {
  g_previous = qInstallMessageHandler(countingHandler);
  test::TempKiosk k;
  test::TestRegistry registry;
  prepare(k, registry);
  qputenv("HOME", k.dir.path().toUtf8());
  qputenv("XDG_CONFIG_HOME", (k.dir.path() + QStringLiteral("/.config")).toUtf8());

  app::KioskConfig config = app::ConfigLoader::defaults();
  config.databasePath = k.path();
  config.deviceId = QStringLiteral("kiosk-e2e");
  config.fullScreen = false; // no sync configured: the records stay on the kiosk
  test::KioskWindow window(config);
  test::QuickDriver& d = window.driver();
  const auto both = [&](const QString& name) { window.both(name); };
  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);

  // --- A picture with no card in it proposes nothing, and says so ----------
  {
    const QString stick = qEnvironmentVariable("CAMIE_TEST_USB_STICK");
    REQUIRE_FALSE(stick.isEmpty());
    QImage blank(1280, 900, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString path = QDir(stick).filePath(QStringLiteral("table.png"));
    REQUIRE(blank.save(path));
    test::startRegistration(d);
    d.click(QStringLiteral("scanButton"));
    d.click(QStringLiteral("scanPicturesRefresh"));
    d.click(QStringLiteral("readCard_0"));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("cardMessage"), QStringLiteral("No ID card")); },
        120000));
    d.click(QStringLiteral("scanClose"));
    d.require(QStringLiteral("registrationScreen"));
    CHECK(d.find(QStringLiteral("pendingPrefills")) == nullptr);
    REQUIRE(QFile::remove(path));
    test::discardRegistration(d);
  }

  // --- Only confirming: the record holds what the card says ---------------
  const CardPerson first = cardOnStick(0);
  readCardAndConfirm(d, [](const QString&) {});
  test::fillAfterIdentity(d);
  CHECK(d.find(QStringLiteral("cardDifferBlock")) == nullptr);
  REQUIRE(d.waitFor([&] { return test::finishEnabled(d); }));
  const QString firstId = test::finish(d);
  REQUIRE_FALSE(firstId.isEmpty());
  {
    const domain::RegistrationRecord record = recordOf(k, firstId);
    CHECK(record.answers.value(QStringLiteral("name_km")).toString().remove(u' ') ==
          first.nameKm().remove(u' '));
    CHECK(record.answers.value(QStringLiteral("name_en")).toString().toUpper() ==
          first.nameLatin().toUpper());
    CHECK(record.answers.value(QStringLiteral("dob")).toString() ==
          first.birthDate.toString(Qt::ISODate));
    CHECK(record.answers.value(QStringLiteral("sex")).toString() == sexOf(first));
    CHECK(record.answers.value(QStringLiteral("id_type")).toString() == u"national_id");
    CHECK(record.answers.value(QStringLiteral("id_number")).toString() == first.documentNumber);
    REQUIRE(record.cardCheck.has_value());
    CHECK(record.cardCheck->differing.isEmpty());
    CHECK(record.cardCheck->confirmedBy.isEmpty());
  }
  test::closeReceipt(d);
  d.require(QStringLiteral("homeScreen"));

  // --- A date of birth typed against the card ------------------------------
  const CardPerson second = cardOnStick(1);
  readCardAndConfirm(d, both);
  const QDate typedBirth = second.birthDate.addDays(1);
  d.type(QStringLiteral("input_dob"), typedBirth.toString(QStringLiteral("dd.MM.yyyy")));
  test::fillAfterIdentity(d);
  d.require(QStringLiteral("cardDifferBlock"));
  d.require(QStringLiteral("cardDiffers_dob"));
  CHECK(d.find(QStringLiteral("cardDiffers_name_km")) == nullptr);
  CHECK_FALSE(test::finishEnabled(d));
  both(QStringLiteral("25-card-differs"));

  // Without a supervisor it cannot be finished: the button is off, and the
  // form refuses even when asked.
  QMetaObject::invokeMethod(d.require(QStringLiteral("finaliseButton")), "clicked");
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("reviewProblem"), QStringLiteral("supervisor")); }));
  CHECK(test::countWhere(*k.db, "SELECT count(*) FROM records WHERE status = 'sealed'") == 1);

  // The teller's own PIN does not do; the supervisor's does.
  test::supervisorOnly(d, test::cardCheck(), QStringLiteral("Confirmed by supervisor sup1"));
  const QString secondId = test::finish(d);
  {
    const domain::RegistrationRecord record = recordOf(k, secondId);
    CHECK(record.answers.value(QStringLiteral("dob")).toString() ==
          typedBirth.toString(Qt::ISODate));
    CHECK(record.answers.value(QStringLiteral("id_number")).toString() == second.documentNumber);
    REQUIRE(record.cardCheck.has_value());
    CHECK(record.cardCheck->differing == QStringList{QStringLiteral("dob")});
    CHECK(record.cardCheck->confirmedBy == u"sup1");
    auto latest = store::AuditLog(*k.db).latest(10);
    REQUIRE(latest.ok());
    const auto confirmed = std::find_if(latest->cbegin(), latest->cend(), [](const auto& e) {
      return e.action == QStringLiteral("record.card_differs_confirmed");
    });
    REQUIRE(confirmed != latest->cend());
    CHECK(confirmed->actor == u"sup1");
    CHECK(confirmed->recordId == secondId);
  }
  test::closeReceipt(d);
  d.require(QStringLiteral("homeScreen"));
  test::signOut(d);

  // Nothing the card said reached the log.
  qInstallMessageHandler(g_previous);
  const QString log = [] {
    const std::lock_guard<std::mutex> lock(g_logMutex);
    return g_log.join(u'\n');
  }();
  for (const CardPerson& p : {first, second}) {
    for (const QString& personal : {p.documentNumber, p.nameLatin(), p.surnameLatin, p.nameKm()}) {
      INFO(personal.toStdString());
      CHECK_FALSE(log.contains(personal, Qt::CaseInsensitive));
    }
  }
  // Three pictures read, the engines opened once.
  CHECK(log.count(QStringLiteral("card reader opened")) == 1);
  CHECK(log.count(QStringLiteral("card read:")) == 3);
  CHECK(g_warnings == 0);
}
