// End to end through the real kiosk, offscreen, on a real database holding
// three encrypted registrations (support/known_people.h): a teller opens
// Records, types part of a name on the on-screen keyboard, sees the person in
// both scripts with time, village and status (which switch language with the
// screen), opens the record and saves and prints its receipt again; a record
// purged after retention is found by its registry number and says its details
// left the kiosk; a record whose answers differed from the ID card says which
// fields (by their labels, in the screen's language) and which supervisor
// confirmed them. Screens are saved as screenshots in Khmer and in English.
// Any QML warning fails.
#include "app/config/kiosk_config.h"
#include "app/kiosk/kiosk_app.h"
#include "core/domain/receipt_code.h"
#include "support/kiosk_window.h"
#include "support/known_people.h"
#include "support/on_screen_keyboard.h"
#include "support/operators.h"
#include "support/sign_in_screen.h"
#include "support/test_pins.h"
#include "ui/models/home_model.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>

using namespace camie;

namespace {

std::atomic<int> g_warnings{0};        // NOLINT
QtMessageHandler g_previous = nullptr; // NOLINT

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
    const int n = ++g_warnings;
    std::fprintf(stderr, "kiosk_records_end_to_end: warning #%d counted: [%s] %s\n", n,
                 context.category ? context.category : "", qUtf8Printable(msg));
  }
  g_previous(type, context, msg);
}

// A stand-in for CUPS's `lp` on PATH: it keeps what it was asked to print.
QString fakePrinter(const QString& bin) {
  REQUIRE(QDir().mkpath(bin));
  QFile lp(bin + QStringLiteral("/lp"));
  REQUIRE(lp.open(QIODevice::WriteOnly));
  lp.write(
      "#!/bin/sh\nfor a; do last=\"$a\"; done\ncp \"$last\" \"$(dirname \"$0\")/printed.pdf\"\n");
  lp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  return bin + QStringLiteral("/printed.pdf");
}

// The text of a PDF as a reader gets it (pdftotext from poppler-utils).
QString pdfText(const QString& path) {
  QProcess p;
  p.start(QStringLiteral("pdftotext"),
          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
  REQUIRE(p.waitForFinished(30000));
  REQUIRE(p.exitCode() == 0);
  // NFKC: the ligatures a PDF font draws ("ﬀ") read as their letters again.
  return QString::fromUtf8(p.readAllStandardOutput())
      .normalized(QString::NormalizationForm_KC)
      .simplified();
}

// Every PDF under `folder`.
QStringList pdfsUnder(const QString& folder) {
  QStringList found;
  QDirIterator it(folder, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext())
    found << it.next();
  return found;
}

// Records screen helpers.
int rowCount(test::QuickDriver& d) {
  const QQuickItem* list = d.find(QStringLiteral("recordsList"));
  return list ? list->property("count").toInt() : -1;
}

QString textOf(test::QuickDriver& d, const QString& name) {
  const QQuickItem* item = d.find(name);
  return item ? item->property("text").toString() : QString();
}

} // namespace

TEST_CASE("a teller finds a record by part of a name, opens it and gets its receipt again",
          "[e2e][records]") {
  g_previous = qInstallMessageHandler(countingHandler);
  // Registered nine and one days ago: the kiosk's start purges by the system clock.
  test::KnownPeople people(QDateTime::currentMSecsSinceEpoch() - 9 * 24LL * 3600 * 1000);
  {
    store::KeyVault vault(*people.kiosk.db, people.kiosk.clock, test::cheapScrypt());
    test::addOperator(vault, people.session, QStringLiteral("teller1"), store::OperatorRole::Teller,
                      test::kTellerPin);
  }
  // A fourth person, whose name and date of birth differed from their ID card.
  const QString keo =
      people.add("KEO Mony", "កែវ មុនី", "011 222 333", "445566778",
                 domain::CardCheck{{QStringLiteral("name_en"), QStringLiteral("dob")},
                                   QStringLiteral("sup1")});
  const QString home = people.kiosk.dir.filePath(QStringLiteral("home"));
  REQUIRE(QDir().mkpath(home));
  qputenv("HOME", home.toUtf8());
  qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
  const QString printed = fakePrinter(people.kiosk.dir.filePath(QStringLiteral("bin")));
  qputenv("PATH",
          people.kiosk.dir.filePath(QStringLiteral("bin")).toUtf8() + ':' + qgetenv("PATH"));

  app::KioskConfig config = app::ConfigLoader::defaults();
  config.databasePath = people.kiosk.path();
  config.deviceId = QStringLiteral("kiosk-test");
  config.fullScreen = false;
  test::KioskWindow window(config);
  app::KioskApp& kiosk = window.kiosk();
  test::QuickDriver& d = window.driver();
  const auto both = [&](const QString& name) { window.both(name); };

  test::signIn(d, QStringLiteral("teller1"), test::kTellerPin);
  CHECK(textOf(d, QStringLiteral("statisticsButton")) == QStringLiteral("Statistics"));

  {
    // Found by part of a name, opened, its receipt saved and printed again.
    d.click(QStringLiteral("recordsButton"));
    d.require(QStringLiteral("recordsScreen"));
    REQUIRE(d.waitFor([&] { return rowCount(d) == 4; }));
    both(QStringLiteral("20-records"));

    test::tapField(d, QStringLiteral("recordsSearch"));
    test::typeOnKeyboard(d, QStringLiteral("sok"), false);
    REQUIRE(d.waitFor([&] { return rowCount(d) == 1; }));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordName"), QStringLiteral("SOK Dara")); }));
    CHECK(d.hasText(QStringLiteral("recordName"), QString::fromUtf8("សុខ ដារា")));
    d.tap(QStringLiteral("key_hide"));
    both(QStringLiteral("21-records-search"));

    // The status follows the language of the screen.
    CHECK(textOf(d, QStringLiteral("recordStatus")) == QStringLiteral("Waiting to send"));
    kiosk.language().setCode(QStringLiteral("km"));
    const QString khmerStatus =
        QCoreApplication::translate("camie::ui::RecordsModel", "Waiting to send");
    REQUIRE(khmerStatus != QStringLiteral("Waiting to send"));
    CHECK(d.waitFor([&] { return textOf(d, QStringLiteral("recordStatus")) == khmerStatus; }));
    kiosk.language().setCode(QStringLiteral("en"));
    CHECK(d.waitFor([&] {
      return textOf(d, QStringLiteral("recordStatus")) == QStringLiteral("Waiting to send");
    }));

    d.tap(QStringLiteral("recordRow_0"));
    d.require(QStringLiteral("recordView"));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordTitle"), QStringLiteral("SOK Dara")); }));
    CHECK(textOf(d, QStringLiteral("recordReceiptCode")) ==
          domain::ReceiptCode::forRecordId(people.sok));
    CHECK(d.hasText(QStringLiteral("recordAddress"), QStringLiteral("Tuol Thnong")));
    CHECK(d.find(QStringLiteral("recordCardCheck")) == nullptr); // no card was read: not shown
    both(QStringLiteral("22-record-view"));

    REQUIRE(d.waitFor([&] { return d.require(QStringLiteral("recordSavePdf"))->isEnabled(); }));
    CHECK(pdfsUnder(home).isEmpty());
    d.click(QStringLiteral("recordSavePdf"));
    REQUIRE(d.waitFor([&] { return !pdfsUnder(home).isEmpty(); }));
    REQUIRE(
        d.waitFor([&] { return !textOf(d, QStringLiteral("recordReceiptMessage")).isEmpty(); }));
    CHECK_FALSE(textOf(d, QStringLiteral("recordReceiptMessage")).contains(home));
    // The receipt model's own words, where and under which name (not wrapped
    // again by the record view).
    CHECK(textOf(d, QStringLiteral("recordReceiptMessage"))
              .contains(QFileInfo(pdfsUnder(home).first()).fileName()));
    CHECK_FALSE(textOf(d, QStringLiteral("recordReceiptMessage")).contains(u':'));
    {
      const QString text = pdfText(pdfsUnder(home).first());
      INFO(text.toStdString());
      CHECK((text.contains(people.sok) ||
             text.contains(domain::ReceiptCode::forRecordId(people.sok))));
    }
    d.click(QStringLiteral("recordPrint"));
    REQUIRE(d.waitFor([&] { return QFile::exists(printed); }));
    REQUIRE(d.waitFor([&] {
      return d.hasText(QStringLiteral("recordReceiptMessage"), QStringLiteral("printer"));
    }));

    d.click(QStringLiteral("recordBack"));
    d.require(QStringLiteral("recordsList"));
    CHECK(rowCount(d) == 1); // the search is kept
  }

  {
    // A record whose answers differed from the ID card: which fields, and who confirmed them.
    d.type(QStringLiteral("recordsSearch"), QStringLiteral("keo"));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordName"), QStringLiteral("KEO Mony")); }));
    d.tap(QStringLiteral("recordRow_0"));
    d.require(QStringLiteral("recordView"));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordTitle"), QStringLiteral("KEO Mony")); }));
    CHECK(textOf(d, QStringLiteral("recordReceiptCode")) == domain::ReceiptCode::forRecordId(keo));
    REQUIRE(d.find(QStringLiteral("recordCardCheck")) != nullptr);
    CHECK(d.hasText(QStringLiteral("recordCardCheck"), QStringLiteral("Name in Latin letters")));
    CHECK(d.hasText(QStringLiteral("recordCardCheck"), QStringLiteral("Date of birth")));
    CHECK_FALSE(d.hasText(QStringLiteral("recordCardCheck"), QStringLiteral("Sex")));
    CHECK(d.hasText(QStringLiteral("recordCardConfirmedBy"), QStringLiteral("sup1")));
    both(QStringLiteral("26-record-card-check"));
    // In Khmer, the fields by their Khmer labels.
    kiosk.language().setCode(QStringLiteral("km"));
    CHECK(d.waitFor([&] {
      return d.hasText(QStringLiteral("recordCardCheck"), QString::fromUtf8("ថ្ងៃខែឆ្នាំកំណើត"));
    }));
    CHECK_FALSE(d.hasText(QStringLiteral("recordCardCheck"), QStringLiteral("Date of birth")));
    CHECK_FALSE(d.hasText(QStringLiteral("recordCardCheck"), QStringLiteral("Differed")));
    kiosk.language().setCode(QStringLiteral("en"));
    REQUIRE(d.waitFor([&] {
      return d.hasText(QStringLiteral("recordCardCheck"), QStringLiteral("Date of birth"));
    }));
    d.click(QStringLiteral("recordBack"));
    d.require(QStringLiteral("recordsList"));
  }

  {
    // A purged record is found by part of its registry number and says its details left.
    d.type(QStringLiteral("recordsSearch"), QStringLiteral("4711"));
    REQUIRE(d.waitFor([&] { return rowCount(d) == 1; }));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordName"), QStringLiteral("removed")); }));
    d.tap(QStringLiteral("recordRow_0"));
    d.require(QStringLiteral("recordView"));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordDetailsNote"), QStringLiteral("removed")); }));
    CHECK(d.hasText(QStringLiteral("recordRegistryNumber"), QStringLiteral("IE-12-004711")));
    both(QStringLiteral("23-record-purged"));
    d.click(QStringLiteral("recordBack"));
    d.type(QStringLiteral("recordsSearch"), QStringLiteral("395"));
    REQUIRE(d.waitFor(
        [&] { return d.hasText(QStringLiteral("recordName"), QStringLiteral("CHAN Sopheap")); }));
    CHECK(rowCount(d) == 1);
  }

  d.click(QStringLiteral("recordsBack"));
  d.require(QStringLiteral("homeScreen"));
  // Nothing was ever sent from this kiosk: no "Last sent".
  CHECK(d.hasText(QStringLiteral("lastSent"), QStringLiteral("Nothing sent yet")));
  {
    // A sync run with nothing to send succeeds too, and sends nothing: the
    // home screen still says so until a record of this kiosk was answered.
    auto* homeModel =
        kiosk.engine().singletonInstance<ui::HomeModel*>(qmlTypeId("CamIE", 1, 0, "Home"));
    REQUIRE(homeModel != nullptr);
    sync::SyncStatus idle;
    idle.state = sync::SyncStatus::State::Idle;
    idle.lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
    homeModel->setCounts({{{store::RecordStatus::Sealed, 1}}});
    homeModel->setSyncStatus(idle);
    CHECK(d.waitFor(
        [&] { return d.hasText(QStringLiteral("lastSent"), QStringLiteral("Nothing sent yet")); }));
    homeModel->setCounts(
        {{{store::RecordStatus::Sealed, 1}, {store::RecordStatus::Accepted, 18523}}});
    CHECK(d.waitFor(
        [&] { return d.hasText(QStringLiteral("lastSent"), QStringLiteral("Last sent")); }));
    // The tiles group their numbers.
    const auto* sent =
        d.require(QStringLiteral("sentTile"))->findChild<QQuickItem*>(QStringLiteral("value"));
    REQUIRE(sent != nullptr);
    CHECK(sent->property("text").toString() == QStringLiteral("18,523"));
    both(QStringLiteral("24-home-statistics-button"));
    homeModel->refresh();
  }
  test::signOut(d);

  qInstallMessageHandler(g_previous);
  CHECK(g_warnings == 0);
}
