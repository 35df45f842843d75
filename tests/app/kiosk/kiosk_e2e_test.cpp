// End to end through the real kiosk, offscreen: the real QML, the real
// store on a real database file, sync to camdx-sim over HTTP. One kiosk
// lives through a day of journeys, each a test case of its own, run in the
// order they are written (Catch2's declaration order; run the file whole):
// a new teller's first sign-in, a registration typed on the on-screen
// keyboard, its receipt, a pre-registration code read from a USB stick, the
// records, statistics and sync screens, a supervisor's correction, the
// technician's settings and USB bundles, a PIN changed, and at the end the
// whole day's log read for personal data. Every main screen is saved as a
// screenshot in Khmer and in English under build/.../screenshots/screens.
// Any QML warning fails. The duplicate check has a kiosk of its own (no sync).
#define CATCH_CONFIG_EXTERNAL_INTERFACES // the listener that ends the day
#include "app/config/kiosk_config.h"
#include "app/kiosk/kiosk_app.h"
#include "app/transfer/bundle_transfer.h"
#include "core/domain/demo_registrations.h"
#include "core/domain/receipt_code.h"
#include "core/scan/barcode_decoder.h"
#include "core/store/audit_log.h"
#include "core/store/bundle_queue.h"
#include "core/store/key_vault.h"
#include "core/store/record_reader.h"
#include "core/store/record_store.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/sync/registry_client.h"
#include "core/util/uuid7.h"
#include "support/camdx_sim_process.h"
#include "support/disk_bytes.h"
#include "support/filled_queue.h"
#include "support/form_screen.h"
#include "support/kiosk_window.h"
#include "support/on_screen_keyboard.h"
#include "support/operators.h"
#include "support/receipt_screen.h"
#include "support/review_screen.h"
#include "support/sign_in_screen.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_pki.h"
#include "support/test_registry.h"
#include "ui/models/kiosk_info.h"
#include "ui/models/local_format.h"
#include "ui/models/qr_image_provider.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QQuickWindow>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>

using namespace camie;

namespace {

std::atomic<int> g_warnings{0};        // NOLINT
QtMessageHandler g_previous = nullptr; // NOLINT
std::mutex g_logMutex;                 // NOLINT
QStringList g_log;                     // NOLINT: every message of the run, from every thread

// Keeps every message (the privacy check reads the whole run's log) and
// counts warnings, each printed as counted so a failing count names them.
void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
  {
    const std::lock_guard<std::mutex> lock(g_logMutex);
    g_log << QStringLiteral("[%1] %2").arg(QLatin1String(context.category ? context.category : ""),
                                           msg);
  }
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
    const int n = ++g_warnings;
    std::fprintf(stderr, "kiosk_end_to_end: warning #%d counted: [%s] %s\n", n,
                 context.category ? context.category : "", qUtf8Printable(msg));
  }
  g_previous(type, context, msg);
}

// The registry's keys, as a reference refresh would store them.
QByteArray simKeys(const test::CamdxSimProcess& sim) {
  sync::TransportSettings transport;
  transport.allowPlainHttp = true;
  sync::HttpClient http(transport);
  SystemClock clock;
  sync::RegistryClient client(http,
                              {sim.url(),
                               *sync::XRoadIdentifier::parse(test::CamdxSimProcess::clientId(), 4),
                               *sync::XRoadIdentifier::parse(test::CamdxSimProcess::serviceId(), 5),
                               QStringLiteral("KH-test")},
                              clock);
  auto keys = client.fetchReference(QStringLiteral("keys"), {});
  REQUIRE(keys.ok());
  return keys.value().body;
}

// The text of a PDF as a reader gets it (pdftotext from poppler-utils).
QString pdfText(const QString& path) {
  QProcess p;
  p.start(QStringLiteral("pdftotext"),
          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
  REQUIRE(p.waitForFinished(30000));
  REQUIRE(p.exitCode() == 0);
  return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Returns the id of a record the registry rejected (as if an earlier sync had
// brought that answer back), for the supervisor to correct. The teller is
// new: `tellerOneTimePin` is what `operator add` gave them.
QString prepare(test::TempKiosk& k, const test::TestRegistry& registry, QString& tellerOneTimePin) {
  store::KeyVault vault(*k.db, k.clock, test::cheapScrypt());
  auto tech = vault.initialise(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(tech.ok());
  auto once = vault.addOperator(*tech, QStringLiteral("teller1"), store::OperatorRole::Teller);
  REQUIRE(once.ok());
  tellerOneTimePin = *once;
  test::addOperator(vault, *tech, QStringLiteral("sup1"), store::OperatorRole::Supervisor,
                    test::kSupervisorPin);
  store::ReferenceDataStore refdata(*k.db);
  REQUIRE(
      refdata.put({QStringLiteral("keys"), {}, registry.keysJson(), 0}, QStringLiteral("t")).ok());
  REQUIRE(
      refdata.put({QStringLiteral("gazetteer"), {}, test::gazetteerJson(), 0}, QStringLiteral("t"))
          .ok());

  const auto reference = registry.reference();
  store::RegistrationQueue queue(*k.db, k.clock, QStringLiteral("kiosk-e2e"), 7);
  domain::DemoRegistrations demo(*reference.gazetteer, k.clock.now().date(), 5);
  auto outcome = queue.finalise(*tech, reference, demo.next().answers);
  REQUIRE(outcome.ok());
  REQUIRE(outcome->ok());
  store::RecordStore records(*k.db, k.clock, 7);
  REQUIRE(records
              .leaseBatch(QStringLiteral("b-old"), {outcome->recordId}, k.clock.nowMs() + 1000,
                          QStringLiteral("device"))
              .ok());
  REQUIRE(records
              .finishSending(outcome->recordId, store::RecordStatus::Rejected, {},
                             QStringLiteral(R"([{"field":"phone","code":"not_reachable",)"
                                            R"("message":"This number does not answer."}])"),
                             std::nullopt, QStringLiteral("device"))
              .ok());
  return outcome->recordId;
}

// The day's kiosk and what the journeys share: the simulated registry, the
// database (a technician, a new teller, a supervisor, a record the registry
// rejected), a field kiosk's USB stick, a stand-in printer, and the kiosk.
struct KioskDay {
  test::CamdxSimProcess sim{
      {QStringLiteral("--quiet"), QStringLiteral("--seed-stats"),
       QStringLiteral(CAMIE_SOURCE_DIR "/tools/camdx-sim/data/seed-stats.json")}};
  test::TempKiosk k;
  test::TestRegistry registry;
  test::TestPki pki;
  QString tellerOneTimePin; // what `operator add` gave the new teller
  QString rejectedId;       // the record the supervisor corrects
  QString usb;              // a field kiosk's stick: a bundle of 12 registrations
  QString bin;              // the stand-in for `lp`, and what it printed
  std::unique_ptr<test::KioskWindow> kiosk;
  QString firstRecordId; // the teller's first registration

  KioskDay() {
    g_previous = qInstallMessageHandler(countingHandler);
    // Debug messages too: the privacy check at the end reads all of them.
    QLoggingCategory::setFilterRules(QStringLiteral("camie.*.debug=true"));
    registry.keysOverride = simKeys(sim);
    rejectedId = prepare(k, registry, tellerOneTimePin);
    // Receipts and the technician's saved settings go under the home folder.
    qputenv("HOME", k.dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (k.dir.path() + QStringLiteral("/.config")).toUtf8());

    // A field kiosk with no network wrote 12 registrations to a USB stick.
    usb = k.dir.filePath(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(usb));
    {
      test::TempKiosk field;
      test::fillQueue(field, registry, 12, 99);
      app::KioskConfig fieldConfig = app::ConfigLoader::defaults();
      test::TestPki::Subject subject;
      subject.deviceId = QStringLiteral("kiosk-field-3"); // as enrolment names the kiosk
      const auto fieldCert = pki.issueClient(QStringLiteral("field"), subject);
      fieldConfig.sync.certFile = fieldCert.cert;
      fieldConfig.sync.keyFile = fieldCert.key;
      SystemClock now; // the test certificates are valid from yesterday
      auto written =
          app::BundleTransfer(*field.db, now, fieldConfig, QStringLiteral("kiosk-field-3"))
              .exportTo(usb, false, QStringLiteral("tech1"));
      INFO((written ? QString() : written.error().message).toStdString());
      REQUIRE(written.ok());
      REQUIRE(written->records == 12);
    }

    // A stand-in for CUPS's `lp` on PATH: it keeps what it was asked to print.
    bin = k.dir.filePath(QStringLiteral("bin"));
    REQUIRE(QDir().mkpath(bin));
    {
      QFile lp(bin + QStringLiteral("/lp"));
      REQUIRE(lp.open(QIODevice::WriteOnly));
      lp.write("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/lp-args\"\n"
               "for a; do last=\"$a\"; done\ncp \"$last\" \"$(dirname \"$0\")/printed.pdf\"\n");
      lp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    qputenv("PATH", bin.toUtf8() + ':' + qgetenv("PATH"));

    app::KioskConfig config = app::ConfigLoader::defaults();
    config.bundleTrustedCa = pki.caCert();
    config.sync.certFile = pki.client().cert;
    config.sync.keyFile = pki.client().key;
    config.databasePath = k.path();
    config.deviceId = QStringLiteral("kiosk-e2e");
    config.fullScreen = false;
    config.sync.endpoint = sim.url();
    config.sync.connection = QStringLiteral("http");
    config.sync.client = test::CamdxSimProcess::clientId();
    config.registryRoots = {sim.rootsFile()};
    kiosk = std::make_unique<test::KioskWindow>(config);
  }
  ~KioskDay() {
    kiosk.reset();
    qInstallMessageHandler(g_previous);
  }
  KioskDay(const KioskDay&) = delete;
  KioskDay& operator=(const KioskDay&) = delete;

  test::QuickDriver& d() { return kiosk->driver(); }
  void both(const QString& name) { kiosk->both(name); }
};

std::unique_ptr<KioskDay> g_day; // NOLINT: one kiosk for the journeys below, in order

KioskDay& day() {
  if (!g_day)
    g_day = std::make_unique<KioskDay>();
  return *g_day;
}

// Ends the day when the run ends, whichever journeys ran: the kiosk closes
// while the application still exists.
struct EndOfDay : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;
  void testRunEnded(const Catch::TestRunStats& stats) override {
    g_day.reset();
    TestEventListenerBase::testRunEnded(stats);
  }
};

} // namespace

CATCH_REGISTER_LISTENER(EndOfDay)

// --- The day's journeys, in order ---------------------------------------------

TEST_CASE("journey 1: a new teller signs in with the one-time PIN and chooses their own",
          "[e2e][sign-in]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  d.require(QStringLiteral("signInScreen"));
  day.both(QStringLiteral("01-sign-in"));
  // The teller's first sign-in, with the one-time PIN `operator add` gave:
  // the screen asks for a PIN of their own, twice, on the number pad.
  test::submitSignIn(d, QStringLiteral("teller1"), day.tellerOneTimePin);
  d.require(QStringLiteral("firstPinPanel"));
  const auto chooseOnPad = [&](const QString& pin) {
    for (const char* field : {"newPinField", "repeatPinField"}) {
      test::tapField(d, QString::fromLatin1(field));
      REQUIRE(d.find(QStringLiteral("key_P0")) != nullptr);
      test::typeOnKeyboard(d, pin, true);
    }
    d.click(QStringLiteral("pinChangeSave"));
  };
  chooseOnPad(QStringLiteral("123456")); // too easy: refused, with the reason
  REQUIRE(d.waitFor([&] {
    return d.hasText(QStringLiteral("pinChangeMessage"), QStringLiteral("counts up or down"));
  }));
  day.both(QStringLiteral("01b-choose-pin"));
  chooseOnPad(test::kTellerPin);
  d.require(QStringLiteral("homeScreen"));
  CHECK(d.find(QStringLiteral("technicianButton")) == nullptr); // not for a teller
  day.both(QStringLiteral("02-home"));
}

TEST_CASE("journey 2: the teller registers a person step by step on the on-screen keyboard",
          "[e2e][form][keyboard]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  d.require(QStringLiteral("homeScreen"));
  test::startRegistration(d);
  // Who
  d.click(QStringLiteral("option_category_seasonal_worker"));
  day.both(QStringLiteral("03-step-who"));
  d.click(QStringLiteral("nextButton"));
  // Identity
  // The names, on the on-screen keyboard only: a tap on the field opens it in
  // Khmer; Enter moves to the Latin name, where it opens in Latin.
  d.tap(QStringLiteral("input_name_km"));
  REQUIRE(d.require(QStringLiteral("onScreenKeyboard"))->property("open").toBool());
  // សុខ ស្រីមុំ: a subscript (COENG on J), ី with Shift, the composite ុំ
  test::tapKeys(d, {"AC02", "AD07", "AB02", "space", "AC02", "AC07", "AD04", "shift", "AD08",
                    "AB07", "AB08"});
  CHECK(d.hasText(QStringLiteral("input_name_km"), QStringLiteral("សុខ ស្រីមុំ")));
  day.both(QStringLiteral("04a-keyboard-khmer"));
  d.tap(QStringLiteral("key_enter"));
  test::tapKeys(d, {"shift", "AC02", "AD09", "AC08", "space", "shift", "AC02", "AD04", "AD03",
                    "AD06", "AB07", "AD09", "AB07"});
  CHECK(d.hasText(QStringLiteral("input_name_en"), QStringLiteral("Sok Sreymom")));
  day.both(QStringLiteral("04b-keyboard-latin"));
  d.tap(QStringLiteral("key_enter"));
  // Every text of this registration is typed on the on-screen keyboard:
  // the date of birth, as the card prints it, on the number pad it opens with.
  REQUIRE(d.find(QStringLiteral("key_P0")) != nullptr);
  test::typeOnKeyboard(d, QStringLiteral("12.04.1990"), true);
  CHECK(d.hasText(QStringLiteral("input_dob"), QStringLiteral("12.04.1990")));
  d.tap(QStringLiteral("key_hide"));
  CHECK_FALSE(d.find(QStringLiteral("onScreenKeyboard")));
  d.click(QStringLiteral("option_sex_male"));
  d.click(QStringLiteral("option_id_type_national_id"));
  test::tapField(d, QStringLiteral("input_id_number"));
  const bool idOnPad = d.find(QStringLiteral("key_P0")) != nullptr;
  test::typeOnKeyboard(d, QStringLiteral("12345"), idOnPad);
  d.tap(QStringLiteral("key_enter"));
  CHECK(d.waitFor(
      [&] { return d.hasText(QStringLiteral("error_id_number"), QStringLiteral("9 digits")); }));
  day.both(QStringLiteral("04-step-identity-error"));
  test::tapField(d, QStringLiteral("input_id_number"));
  for (int i = 0; i < 5; ++i)
    d.tap(QStringLiteral("key_backspace"));
  test::typeOnKeyboard(d, QStringLiteral("123456789"), idOnPad);
  CHECK(d.hasText(QStringLiteral("input_id_number"), QStringLiteral("123456789")));
  d.tap(QStringLiteral("key_enter"));
  d.click(QStringLiteral("nextButton"));
  // Contact and address
  test::tapField(d, QStringLiteral("input_phone")); // the number pad
  REQUIRE(d.find(QStringLiteral("key_P0")) != nullptr);
  test::typeOnKeyboard(d, QStringLiteral("012 345 678"), true);
  d.tap(QStringLiteral("key_enter"));
  test::pickVillage(d, QStringLiteral("02010102"),
                    [&] { day.both(QStringLiteral("05-address-picker")); });
  REQUIRE(d.waitFor([&] {
    return d.hasText(QStringLiteral("village_village_code"), QStringLiteral("Tuol Thnong"));
  }));
  d.click(QStringLiteral("nextButton"));
  // Work
  test::tapField(d, QStringLiteral("input_occupation"));
  d.tap(QStringLiteral("key_latin"));
  test::typeOnKeyboard(d, QStringLiteral("Rice farmer"), false);
  CHECK(d.hasText(QStringLiteral("input_occupation"), QStringLiteral("Rice farmer")));
  d.tap(QStringLiteral("key_enter"));
  d.click(QStringLiteral("nextButton"));
  // Consent
  test::giveConsent(d);
  day.both(QStringLiteral("06-step-consent"));
  d.click(QStringLiteral("nextButton"));

  d.require(QStringLiteral("reviewScreen"));
  day.both(QStringLiteral("07-review"));
  day.firstRecordId = test::finish(d);
  CHECK(Uuid7::isValid(day.firstRecordId));
  {
    // The names typed on the on-screen keyboard are what was registered.
    store::KeyVault vault(*day.k.db, day.k.clock, test::cheapScrypt());
    auto teller = vault.signIn(QStringLiteral("teller1"), test::kTellerPin);
    REQUIRE(teller.ok());
    auto record = store::RegistrationQueue(*day.k.db, day.k.clock, QStringLiteral("kiosk-e2e"), 7)
                      .openLocalCopy(*teller, day.firstRecordId);
    REQUIRE(record.ok());
    CHECK(record->answers.value(QStringLiteral("name_km")).toString() == QStringLiteral("សុខ ស្រីមុំ"));
    CHECK(record->answers.value(QStringLiteral("name_en")).toString() ==
          QStringLiteral("Sok Sreymom"));
  }
}

TEST_CASE("journey 3: the receipt gets the registry number, prints and saves its PDF, and "
          "leaves with its screen",
          "[e2e][receipt]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  REQUIRE(test::receiptRecordId(d) == day.firstRecordId);
  const QString recordId = day.firstRecordId;
  // The code a person reads out, not the record's UUID.
  const QString receiptCode = domain::ReceiptCode::forRecordId(recordId);
  CHECK(d.hasText(QStringLiteral("receiptCode"), receiptCode));
  // Sync sends it at once; the receipt shows the registry's number when it comes.
  test::waitForRegistryNumber(d, QStringLiteral("IE-02-"));
  day.both(QStringLiteral("08-receipt"));
  // Printing goes through `lp` with a PDF that is removed afterwards.
  d.click(QStringLiteral("receiptPrint"));
  REQUIRE(d.waitFor([&] {
    return d.hasText(QStringLiteral("receiptPdfMessage"), QStringLiteral("Sent to the printer"));
  }));
  {
    QFile args(day.bin + QStringLiteral("/lp-args"));
    REQUIRE(args.open(QIODevice::ReadOnly));
    const QByteArray line = args.readAll();
    CHECK(line.contains("media=A6"));
    QFile printed(day.bin + QStringLiteral("/printed.pdf"));
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.readAll().startsWith("%PDF"));
    CHECK_FALSE(QFile::exists(QString::fromUtf8(line.trimmed().split(' ').last())));
  }
  d.click(QStringLiteral("receiptPdf"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("receiptPdfMessage"), QStringLiteral(".pdf")); }));
  {
    // Saved in Documents under a name in words; the screen says so without a path.
    const QString message =
        d.find(QStringLiteral("receiptPdfMessage"))->property("text").toString();
    const QString fileName = QStringLiteral("Receipt %1.pdf").arg(receiptCode);
    CHECK(message == QStringLiteral("Saved in Documents as ") + fileName);
    const QString saved = day.k.dir.filePath(QStringLiteral("Documents/") + fileName);
    QFile pdf(saved);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.readAll().startsWith("%PDF"));
    // Its text as a reader sees it (pdftotext, poppler-utils): the receipt
    // code and registry number, the name in both scripts, the state and the
    // date in both languages, and nothing else of the person's data.
    const QString text = pdfText(saved);
    INFO(text.toStdString());
    CHECK(text.contains(receiptCode));
    CHECK(text.contains(QStringLiteral("Registry number: ") +
                        d.find(QStringLiteral("registryNumber"))->property("text").toString()));
    CHECK(text.contains(QStringLiteral("Sok Sreymom")));
    CHECK(text.contains(QStringLiteral("Registration accepted")));
    CHECK(text.contains(QStringLiteral("Registered on ")));
    // The Khmer half, as much as a reader's extraction of Qt's PDF keeps
    // (see tests/ui/models/receipt_model_test.cpp): the family name, the
    // state and the year in Khmer digits.
    CHECK(text.contains(QStringLiteral("សុខ")));
    CHECK(text.contains(QStringLiteral("ទទួលយក")));
    CHECK(text.contains(
        ui::LocalFormat::digits(QString::number(QDate::currentDate().year()), u"km")));
    for (const QString& personal :
         {QStringLiteral("012 345 678"), QStringLiteral("123456789"), QStringLiteral("1990"),
          QStringLiteral("Rice farmer"), QStringLiteral("Tuol Thnong")}) {
      INFO(personal.toStdString());
      CHECK_FALSE(text.contains(personal));
    }
  }
  {
    // The receipt's QR code reads back as the registry number.
    const QString number = d.find(QStringLiteral("registryNumber"))->property("text").toString();
    const QImage qr = ui::QrImageProvider::render(number);
    REQUIRE_FALSE(qr.isNull());
    const scan::BarcodeDecoder decoder(scan::BarcodeDecoder::imageOptions());
    auto codes = decoder.decode({qr.constBits(), qr.width(), qr.height(),
                                 static_cast<int>(qr.bytesPerLine()), 1, scan::PixelLayout::Lum});
    REQUIRE(codes.ok());
    REQUIRE(codes->size() == 1);
    CHECK(codes->first().text == number);
  }

  auto meta = store::RecordReader(*day.k.db).find(recordId);
  REQUIRE(meta.ok());
  REQUIRE(meta->has_value());
  CHECK((*meta)->status == store::RecordStatus::Accepted);
  CHECK((*meta)->operatorId == QStringLiteral("teller1"));
  CHECK((*meta)->registryNumber ==
        d.find(QStringLiteral("registryNumber"))->property("text").toString());
  CHECK(day.sim.summary().value(QStringLiteral("distinctIds")).toInt() == 1);

  // The receipt's model, holding the person's name for the PDF, is the
  // screen's: when the teller is done, it goes with the screen.
  QPointer<ui::ReceiptModel> receipt = test::receiptModel(d);
  CHECK(receipt->content().nameEn == QStringLiteral("Sok Sreymom"));
  test::closeReceipt(d);
  d.require(QStringLiteral("homeScreen"));
  CHECK(d.waitFor([&] { return receipt.isNull(); }));
  CHECK(d.waitFor([&] {
    auto* tile = d.find(QStringLiteral("todayTile"));
    return tile && tile->property("value").toInt() == 1;
  }));
}

TEST_CASE("journey 4: a pre-registration code on a USB stick fills the form, and the closed "
          "receipt is not read again while it syncs",
          "[e2e][scan][receipt]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  d.require(QStringLiteral("homeScreen"));
  // From here on, the first receipt's screen is closed: the sync ticks of
  // this journey (the second registration sent and accepted) read the
  // first record for no receipt — nothing decrypts it.
  int firstReceiptRead = 0;
  int ticks = 0;
  QObject watching;
  QObject::connect(&day.kiosk->kiosk().store().records(), &store::RecordQueryService::receiptReady,
                   &watching, [&](const store::ReceiptFacts& receipt) {
                     if (receipt.recordId == day.firstRecordId)
                       ++firstReceiptRead;
                   });
  QObject::connect(day.kiosk->kiosk().sync(), &sync::SyncService::statusChanged, &watching,
                   [&] { ++ticks; });

  // A second person brings a pre-registration code from the portal on a USB
  // stick (tests/support/with_usb_stick.sh mounts one): the teller chooses
  // its picture by name, checks the proposed answers and finishes.
  const QString stick = qEnvironmentVariable("CAMIE_TEST_USB_STICK");
  INFO("run through tests/support/with_usb_stick.sh (CTest does)");
  REQUIRE_FALSE(stick.isEmpty());
  const QString png = QDir(stick).filePath(QStringLiteral("registration code.png"));
  QProcess mint;
  mint.start(QStringLiteral(CAMIE_KIOSKCTL_PATH),
             {QStringLiteral("make-prereg"), QStringLiteral("--key"),
              day.sim.stateDir() + QStringLiteral("/portal-ed25519.pem"), QStringLiteral("--kid"),
              QStringLiteral("portal-sim-01"), QStringLiteral("--out"), png,
              QStringLiteral("--fields"),
              QStringLiteral(R"({"category":"seasonal_worker","name_km":"ចាន់ សុភាព",)"
                             R"("name_en":"Chan Sopheap","sex":"female","dob":"1995-07-03",)"
                             R"("id_type":"national_id","id_number":"223344556",)"
                             R"("phone":"097 123 4567","village_code":"02010102",)"
                             R"("occupation":"Tailor"})")});
  REQUIRE(mint.waitForFinished(30000));
  INFO(mint.readAllStandardError().constData());
  REQUIRE(mint.exitCode() == 0);
  test::startRegistration(d);
  d.click(QStringLiteral("scanButton"));
  d.require(QStringLiteral("scanPanel"));
  REQUIRE(d.hasText(QStringLiteral("scanPicturesTitle"), QStringLiteral("USB stick")));
  REQUIRE(d.hasText(QStringLiteral("scanPicture_0"), QStringLiteral("registration code.png")));
  CHECK(d.hasText(QStringLiteral("scanPicture_0"), QStringLiteral("KIOSK-USB")));
  d.click(QStringLiteral("scanPicture_0"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("scanMessage"), QStringLiteral("filled in")); }));
  day.both(QStringLiteral("13-scan"));
  d.click(QStringLiteral("scanClose"));
  d.require(QStringLiteral("pendingPrefills"));
  day.both(QStringLiteral("14-step-who-scanned"));
  for (int step = 0; step < 4; ++step)
    d.click(QStringLiteral("nextButton"));
  test::giveConsent(d);
  d.click(QStringLiteral("nextButton"));
  d.require(QStringLiteral("reviewScreen"));
  day.both(QStringLiteral("15-review-scanned"));
  d.click(QStringLiteral("confirmScanned"));
  test::finish(d);
  test::waitForRegistryNumber(d, QStringLiteral("IE-02-"));
  CHECK(day.sim.summary().value(QStringLiteral("distinctIds")).toInt() == 2);
  test::closeReceipt(d);
  d.require(QStringLiteral("homeScreen"));
  CHECK(ticks > 0); // the sync did tick meanwhile
  CHECK(firstReceiptRead == 0);
}

TEST_CASE("journey 5: the records, statistics and sync screens; Khmer digits at home",
          "[e2e][records][statistics]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  d.require(QStringLiteral("homeScreen"));
  d.click(QStringLiteral("recordsButton"));
  d.require(QStringLiteral("recordsScreen"));
  REQUIRE(d.waitFor([&] {
    auto* list = d.find(QStringLiteral("recordsList"));
    return list && list->property("count").toInt() == 3;
  }));
  day.both(QStringLiteral("09-records"));
  d.click(QStringLiteral("recordsBack"));
  d.click(QStringLiteral("statisticsButton"));
  d.require(QStringLiteral("statisticsScreen"));
  // The registry's ranking: Battambang (seeded with 394) now has 396, the
  // two registrations of this kiosk in its villages.
  REQUIRE(d.waitFor([&] {
    auto* list = d.find(QStringLiteral("provinceList"));
    return list && list->property("count").toInt() >= 20;
  }));
  {
    const QVariantList provinces =
        d.find(QStringLiteral("provinceList"))->property("model").toList();
    int battambang = -1;
    for (const QVariant& p : provinces) {
      const QVariantMap row = p.toMap();
      if (row.value(QStringLiteral("code")).toString() == u"02")
        battambang = row.value(QStringLiteral("registrations")).toInt();
    }
    CHECK(battambang == 396);
  }
  day.both(QStringLiteral("11-statistics"));
  d.click(QStringLiteral("statisticsBack"));
  d.click(QStringLiteral("syncButton"));
  d.require(QStringLiteral("syncScreen"));
  day.both(QStringLiteral("12-sync"));
  d.click(QStringLiteral("syncBack"));
  d.require(QStringLiteral("homeScreen"));
  // On a Khmer screen the time of the last sending has Khmer digits and no AM/PM.
  app::KioskApp& kiosk = day.kiosk->kiosk();
  kiosk.language().setCode(QStringLiteral("km"));
  REQUIRE(d.waitFor([&] {
    const QString shown = d.find(QStringLiteral("lastSent"))->property("text").toString();
    return shown.contains(QChar(0x17E2)) && !shown.contains(QStringLiteral("AM")) &&
           !shown.contains(QStringLiteral("PM")) &&
           std::none_of(shown.begin(), shown.end(),
                        [](QChar c) { return c.isDigit() && c < u'\x80'; });
  }));
  kiosk.language().setCode(QStringLiteral("en"));
  test::signOut(d);
}

TEST_CASE("journey 6: a supervisor corrects the record the registry rejected",
          "[e2e][correction]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  test::signIn(d, QStringLiteral("sup1"), test::kSupervisorPin);
  d.click(QStringLiteral("recordsButton"));
  d.require(QStringLiteral("recordsScreen"));
  d.click(QStringLiteral("correct_") + day.rejectedId);
  d.require(QStringLiteral("registrationScreen"));
  d.click(QStringLiteral("nextButton"));
  d.click(QStringLiteral("nextButton"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("error_phone"), QStringLiteral("does not answer")); }));
  day.both(QStringLiteral("16-correct-rejected"));
  d.type(QStringLiteral("input_phone"), QStringLiteral("088 765 4321"));
  d.click(QStringLiteral("nextButton"));
  d.click(QStringLiteral("nextButton"));
  test::giveConsent(d);
  d.click(QStringLiteral("nextButton"));
  d.require(QStringLiteral("reviewScreen"));
  test::finish(d);
  test::waitForRegistryNumber(d);
  auto corrected = store::RecordReader(*day.k.db).find(day.rejectedId);
  REQUIRE(corrected.ok());
  CHECK((*corrected)->revision == 2);
  CHECK((*corrected)->status == store::RecordStatus::Accepted);
  test::closeReceipt(d);
  test::signOut(d);
}

TEST_CASE("journey 7: a technician checks and saves the settings, and moves registrations on "
          "USB sticks",
          "[e2e][technician][bundles]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  test::CamdxSimProcess& sim = day.sim;
  // The technician's area is for technicians.
  test::signIn(d, QStringLiteral("tech1"), test::kTechPin);
  d.click(QStringLiteral("technicianButton"));
  d.require(QStringLiteral("technicianScreen"));
  day.both(QStringLiteral("17-technician"));
  test::TempKiosk& k = day.k;
  test::TestRegistry& registry = day.registry;
  const QString& usb = day.usb;
  const auto both = [&](const QString& name) { day.both(name); };
  // A wrong endpoint fails the check in words; the right one passes; saving
  // writes kiosk.conf, which the loader reads back.
  d.type(QStringLiteral("setting_sync_endpoint"), QStringLiteral("http://127.0.0.1:9"));
  d.click(QStringLiteral("settingsCheck"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("settingsMessage"), QStringLiteral("offline")); }));
  d.type(QStringLiteral("setting_sync_endpoint"), sim.url());
  d.type(QStringLiteral("setting_ui_idle_lock_seconds"), QStringLiteral("300"));
  d.click(QStringLiteral("settingsCheck"));
  REQUIRE(d.waitFor([&] {
    return d.hasText(QStringLiteral("settingsMessage"), QStringLiteral("connection works"));
  }));
  d.click(QStringLiteral("settingsSave"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("settingsMessage"), QStringLiteral("Saved in")); }));
  {
    auto saved = app::ConfigLoader::load(std::nullopt); // HOME is the test's folder
    REQUIRE(saved.ok());
    CHECK(saved->idleLockSeconds == 300);
    CHECK(saved->sync.endpoint == sim.url());
    // Audited: who saved and which key changed, never the value.
    auto latest = store::AuditLog(*k.db).latest(20);
    REQUIRE(latest.ok());
    const auto entry = std::find_if(latest->cbegin(), latest->cend(), [](const auto& e) {
      return e.action == QStringLiteral("settings.saved");
    });
    REQUIRE(entry != latest->cend());
    CHECK(entry->actor == QStringLiteral("tech1"));
    CHECK(entry->detail == QStringLiteral("changed ui/idle_lock_seconds"));
  }

  // The field kiosk's stick: its bundle is listed, imported with a progress
  // bar, and its registrations go to the registry; a damaged copy is refused.
  const qsizetype registeredBefore = sim.registrations(true).size();
  d.type(QStringLiteral("usbFolder"), usb);
  d.require(QStringLiteral("importBundle_0"));
  both(QStringLiteral("18-usb-bundle"));
  d.click(QStringLiteral("importBundle_0"));
  REQUIRE(d.waitFor(
      [&] {
        return d.hasText(QStringLiteral("transferMessage"),
                         QStringLiteral("from kiosk kiosk-field-3 queued"));
      },
      30000));
  CHECK(d.require(QStringLiteral("transferProgress"))->property("value").toDouble() == 1.0);
  REQUIRE(
      d.waitFor([&] { return sim.registrations(true).size() == registeredBefore + 12; }, 30000));
  d.click(QStringLiteral("exportBundle"));
  REQUIRE(d.waitFor([&] {
    return d.hasText(QStringLiteral("transferMessage"), QStringLiteral("Nothing to export"));
  }));
  // The sync is idle now. Two of this kiosk's registrations went on a stick that never arrived.
  const QStringList lostOnStick = test::fillQueue(k, registry, 2, 7);
  REQUIRE(store::BundleQueue(*k.db, k.clock)
              .markExported(lostOnStick, QStringLiteral("lost-bundle"), QStringLiteral("tech1"))
              .value() == 2);

  // They are sent from this kiosk instead.
  CHECK(sim.registrations(true).size() == registeredBefore + 12);
  d.click(QStringLiteral("requeueExported"));
  REQUIRE(d.waitFor(
      [&] { return d.hasText(QStringLiteral("transferMessage"), QStringLiteral("put back")); }));
  REQUIRE(
      d.waitFor([&] { return sim.registrations(true).size() == registeredBefore + 14; }, 30000));
  {
    const QString original = QDir(usb).entryList({QStringLiteral("*.camie-bundle")}).first();
    QFile in(QDir(usb).filePath(original));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const qsizetype at = bytes.indexOf("\"payload\": \"") + 40;
    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
    QFile out(QDir(usb).filePath(QStringLiteral("damaged.camie-bundle")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
  }
  d.type(QStringLiteral("usbFolder"), usb);  // look at the stick again
  d.click(QStringLiteral("importBundle_1")); // sorted by name: camie-… then damaged…
  REQUIRE(d.waitFor([&] {
    return d.hasText(QStringLiteral("transferMessage"), QStringLiteral("Nothing was imported"));
  }));
  CHECK(sim.registrations(true).size() == registeredBefore + 14);

  // "Leave kiosk mode" (the button's own call; it then ends the application)
  // is audited with the technician's id.
  ui::KioskInfo().quit(QStringLiteral("tech1"));
  {
    auto latest = store::AuditLog(*k.db).latest(5);
    REQUIRE(latest.ok());
    const auto left = std::find_if(latest->cbegin(), latest->cend(), [](const auto& e) {
      return e.action == QStringLiteral("kiosk.leave_kiosk_mode");
    });
    REQUIRE(left != latest->cend());
    CHECK(left->actor == QStringLiteral("tech1"));
  }
  REQUIRE(store::AuditLog(*k.db).verify()->ok());
  d.click(QStringLiteral("technicianBack"));
  d.require(QStringLiteral("homeScreen"));
}

TEST_CASE("journey 8: an operator changes their own PIN from home", "[e2e][sign-in]") {
  KioskDay& day = ::day();
  test::QuickDriver& d = day.d();
  d.require(QStringLiteral("homeScreen")); // the technician, still signed in
  // Any operator changes their own PIN from home: the PIN now, the new one twice.
  d.click(QStringLiteral("changePinButton"));
  d.require(QStringLiteral("changePinScreen"));
  d.type(QStringLiteral("oldPinField"), test::kTechPin);
  d.type(QStringLiteral("newPinField"), QStringLiteral("9153728461"));
  d.type(QStringLiteral("repeatPinField"), QStringLiteral("9153728460"));
  d.click(QStringLiteral("pinChangeSave"));
  CHECK(d.hasText(QStringLiteral("pinChangeMessage"), QStringLiteral("not the same")));
  d.type(QStringLiteral("oldPinField"), test::kTechPin);
  d.type(QStringLiteral("newPinField"), QStringLiteral("9153728461"));
  d.type(QStringLiteral("repeatPinField"), QStringLiteral("9153728461"));
  d.click(QStringLiteral("pinChangeSave"));
  d.require(QStringLiteral("pinChangedMessage"));
  day.both(QStringLiteral("19-pin-changed"));
  {
    auto latest = store::AuditLog(*day.k.db).latest(3);
    REQUIRE(latest.ok());
    CHECK(std::any_of(latest->cbegin(), latest->cend(), [](const auto& e) {
      return e.action == QStringLiteral("operator.secret_changed") &&
             e.actor == QStringLiteral("tech1");
    }));
  }
  d.click(QStringLiteral("changePinDone"));
  d.click(QStringLiteral("signOutButton"));
  d.require(QStringLiteral("signInScreen"));
}

TEST_CASE("journey 9: the day's log holds no personal data and no PIN, and no QML warning",
          "[e2e][privacy]") {
  KioskDay& day = ::day();
  const QString tellerOneTimePin = day.tellerOneTimePin;
  qInstallMessageHandler(g_previous);
  CHECK(g_warnings == 0);
  g_day.reset(); // the day ends: the kiosk closes

  // The whole run's log — sign-in, the store and sync threads, scanning,
  // the registry's answers, bundles, the technician's settings — holds none
  // of the people's data and none of the PINs typed.
  const std::lock_guard<std::mutex> lock(g_logMutex);
  INFO(g_log.size() << " messages logged");
  CHECK(g_log.size() > 30);
  CHECK(g_log.filter(QStringLiteral("[camie.sync]")).size() > 3);
  CHECK(g_log.filter(QStringLiteral("[camie.store]")).size() > 3);
  const QString log = g_log.join(u'\n');
  for (const QString& personal :
       {QStringLiteral("Sok Sreymom"), QStringLiteral("សុខ ស្រីមុំ"), QStringLiteral("012 345 678"),
        QStringLiteral("012345678"), QStringLiteral("123456789"), QStringLiteral("1990-04-12"),
        QStringLiteral("Rice farmer"), QStringLiteral("Chan Sopheap"), QStringLiteral("ចាន់ សុភាព"),
        QStringLiteral("223344556"), QStringLiteral("097 123 4567"), QStringLiteral("1995-07-03"),
        QStringLiteral("Tailor"), QStringLiteral("088 765 4321"), test::kTellerPin,
        test::kSupervisorPin, test::kTechPin, tellerOneTimePin, QStringLiteral("9153728461"),
        // សុខ as qDebug() prints UTF-8 bytes
        QStringLiteral("\\xE1\\x9E\\x9F\\xE1\\x9E\\xBB\\xE1\\x9E\\x81")}) {
    INFO(personal.toStdString());
    CHECK_FALSE(log.contains(personal));
  }
}

// --- A second registration of the same ID card is blocked ------------------
// A kiosk of its own, with no sync: the records stay on it.

TEST_CASE("a second registration with the same ID card is blocked until a supervisor allows it; "
          "the same name and birthday only warns",
          "[e2e][duplicates]") {
  g_day.reset(); // one kiosk at a time: the view-models find theirs in KioskServices
  g_previous = qInstallMessageHandler(countingHandler);
  const int warningsBefore = g_warnings;
  test::TempKiosk k;
  test::TestRegistry registry;
  QString tellerOneTimePin;
  prepare(k, registry, tellerOneTimePin);
  qputenv("HOME", k.dir.path().toUtf8());
  qputenv("XDG_CONFIG_HOME", (k.dir.path() + QStringLiteral("/.config")).toUtf8());
  // The person was registered at this kiosk this morning.
  QString first;
  {
    store::KeyVault vault(*k.db, k.clock, test::cheapScrypt());
    // The teller chose their PIN at their first sign-in (the first journey
    // shows that on the screen).
    auto teller = vault.changeSecret(QStringLiteral("teller1"), tellerOneTimePin, test::kTellerPin);
    REQUIRE(teller.ok());
    domain::DemoRegistrations demo(*registry.reference().gazetteer, k.clock.now().date(), 8);
    QJsonObject answers = demo.next().answers;
    answers.insert(QStringLiteral("name_km"), QStringLiteral("ចាន់ សុភាព"));
    answers.insert(QStringLiteral("name_en"), QStringLiteral("Chan Sopheap"));
    answers.insert(QStringLiteral("dob"), QStringLiteral("1995-07-03"));
    answers.insert(QStringLiteral("id_number"), QStringLiteral("223344556"));
    auto outcome = store::RegistrationQueue(*k.db, k.clock, QStringLiteral("kiosk-e2e"), 7)
                       .finalise(*teller, registry.reference(), answers);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
    first = outcome->recordId;
  }

  app::KioskConfig config = app::ConfigLoader::defaults();
  config.databasePath = k.path();
  config.deviceId = QStringLiteral("kiosk-e2e");
  config.fullScreen = false; // no sync configured: the records stay on the kiosk
  test::KioskWindow kiosk(config);
  test::QuickDriver& d = kiosk.driver();
  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);

  // The same card again, under another spelling of the name: blocked.
  test::fillUpToReview(d, QStringLiteral("ចាន់ សុភាព"), QStringLiteral("Chan Sophiep"),
                       QStringLiteral("03.07.1995"), QStringLiteral("223 344 556"));
  d.require(QStringLiteral("duplicateBlock"));
  const QString code = domain::ReceiptCode::forRecordId(first);
  REQUIRE(d.waitFor([&] { return d.hasText(QStringLiteral("duplicateBlockText"), code); }));
  CHECK_FALSE(test::finishEnabled(d));
  kiosk.both(QStringLiteral("19-duplicate-blocked"));

  // The link opens the existing record; back to the review from there.
  d.click(QStringLiteral("openExistingRecord"));
  CHECK(test::receiptRecordId(d) == first);
  CHECK(d.hasText(QStringLiteral("receiptCode"), code));
  test::closeReceipt(d);
  d.require(QStringLiteral("reviewScreen"));
  REQUIRE(d.waitFor([&] { return d.find(QStringLiteral("duplicateBlock")) != nullptr; }));
  CHECK_FALSE(test::finishEnabled(d));

  // A teller's own PIN does not unblock it; a supervisor's does.
  test::supervisorOnly(d, test::duplicateBlock(), QStringLiteral("Allowed by supervisor sup1"));
  const QString second = test::finish(d);
  CHECK(second != first);
  {
    auto latest = store::AuditLog(*k.db).latest(10);
    REQUIRE(latest.ok());
    const auto allowed = std::find_if(latest->cbegin(), latest->cend(), [](const auto& e) {
      return e.action == QStringLiteral("record.duplicate_allowed");
    });
    REQUIRE(allowed != latest->cend());
    CHECK(allowed->actor == QStringLiteral("sup1"));
    CHECK(allowed->recordId == second);
  }
  test::closeReceipt(d);
  d.require(QStringLiteral("homeScreen"));

  // Someone else with the same name and birthday: a warning, and finishing works.
  test::fillUpToReview(d, QStringLiteral("ចាន់ សុភាព"), QStringLiteral("Chan Sopheap"),
                       QStringLiteral("03.07.1995"), QStringLiteral("998877665"));
  d.require(QStringLiteral("similarWarning"));
  CHECK(d.hasText(QStringLiteral("similarWarningText"),
                  QStringLiteral("same name and date of birth")));
  CHECK(d.find(QStringLiteral("duplicateBlock")) == nullptr);
  REQUIRE(d.waitFor([&] { return test::finishEnabled(d); }));
  kiosk.both(QStringLiteral("21-similar-warning"));
  test::finish(d);
  kiosk.both(QStringLiteral("22-receipt-queued"));
  test::closeReceipt(d);
  d.require(QStringLiteral("homeScreen"));
  CHECK(test::countWhere(*k.db, "SELECT count(*) FROM records WHERE status = 'sealed'") == 3);

  test::signOut(d);
  qInstallMessageHandler(g_previous);
  CHECK(g_warnings == warningsBefore);
}
