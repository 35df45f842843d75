// The kiosk's store service on its worker thread, against a real database:
// the Records search answers with typed records (names only with the
// signed-in operator's key), and every call answers — success, or a failure
// in words — also when the database fails under it or never opened.
#include "core/store/kiosk_store_service.h"
#include "support/store_service_fixture.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace camie;
using namespace camie::store;

namespace {

using Answers = test::StoreAnswers;
using test::spin;

// Makes every call the screens use, then signs out: the worker answers in
// order, so once signedOut comes every earlier answer has come.
void callEverything(KioskStoreService& service, Answers& answers, test::KnownPeople& k) {
  service.records().refreshCounts();
  service.records().findRecords(QStringLiteral("sok"), 10);
  service.records().openRecord(k.sok);
  service.records().openReceipt(k.sok);
  service.registration().reopen(k.chan);
  service.reloadReference();
  service.registration().finalise(k.answers("KEO Mony", "កែវ មុនី", "011 222 333", "445566778"), 0,
                                  {});
  service.session().signIn(QStringLiteral("tech1"), test::kTechPin);
  const int before = answers.count.value(QStringLiteral("signedOut"));
  service.session().signOut();
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("signedOut")) > before; }));
}

void requireEveryFailureInWords(const Answers& answers) {
  for (const char* failure :
       {"countsFailed", "recordsFailed", "recordOpenFailed", "receiptFailed", "reopenFailed",
        "referenceFailed", "finaliseRefused", "signInFailed"}) {
    INFO(failure);
    CHECK(answers.count.value(QLatin1String(failure)) == 1);
    const QString words = answers.words.value(QLatin1String(failure));
    CHECK(words.size() > 20);
    CHECK_FALSE(words.contains(QStringLiteral("SELECT")));
  }
  for (const char* success : {"countsChanged", "recordsFound", "recordOpened", "receiptReady",
                              "reopened", "finalised", "signedIn"}) {
    INFO(success);
    CHECK(answers.count.value(QLatin1String(success)) == 0);
  }
}

} // namespace

TEST_CASE("the store service finds records by part of a name only with the operator's key",
          "[store][service]") {
  test::KnownPeople k;
  KioskStoreService service(test::storeConfigFor(k));
  Answers answers(service);
  service.start();
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("ready")) == 1; }));

  service.records().findRecords(QStringLiteral("sok"), 10);
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("recordsFound")) == 1; }));
  CHECK(answers.found.isEmpty()); // nobody signed in: receipts only

  service.session().signIn(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("signedIn")) == 1; }));
  service.records().findRecords(QStringLiteral("sok"), 10);
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("recordsFound")) == 2; }));
  REQUIRE(answers.found.size() == 1);
  CHECK(answers.found.first().id == k.sok);
  CHECK(answers.found.first().nameKm == QString::fromUtf8("សុខ ដារា"));

  service.records().openRecord(k.chan);
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("recordOpened")) == 1; }));
  CHECK(answers.opened->registryNumber == QStringLiteral("IE-02-000395"));
  CHECK(answers.opened->nameEn == QStringLiteral("CHAN Sopheap"));

  service.records().openRecord(QStringLiteral("no-such-record"));
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("recordOpenFailed")) == 1; }));
  CHECK(answers.words.value(QStringLiteral("recordOpenFailed"))
            .contains(QStringLiteral("no longer")));
}

TEST_CASE("every store call answers with a failure in words when the database fails under it",
          "[store][service]") {
  test::KnownPeople k;
  KioskStoreService service(test::storeConfigFor(k));
  Answers answers(service);
  service.start();
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("ready")) == 1; }));
  service.session().signIn(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("signedIn")) == 1; }));

  // The tables go from under the running service, through another connection.
  REQUIRE(k.kiosk.db
              ->exec("DROP TABLE records; DROP TABLE record_counts; DROP TABLE reference_data; "
                     "DROP TABLE key_slots; DROP TABLE operators;")
              .ok());
  Answers after(service);
  callEverything(service, after, k);
  requireEveryFailureInWords(after);
  CHECK(after.total() == 9); // eight failures and the sign-out
}

TEST_CASE("every store call answers with a failure in words when the database never opened",
          "[store][service]") {
  test::TempKiosk k;
  // A file where the database's folder should be: nothing can be created there.
  QFile blocker(k.dir.filePath(QStringLiteral("not-a-folder")));
  REQUIRE(blocker.open(QIODevice::WriteOnly));
  blocker.close();
  KioskStoreService service({k.dir.filePath(QStringLiteral("not-a-folder/kiosk.db")),
                             QStringLiteral("kiosk-test"), 7, std::make_shared<SystemClock>()});
  Answers answers(service);
  service.start();
  REQUIRE(spin([&] { return answers.count.value(QStringLiteral("notReady")) == 1; }));

  test::KnownPeople ids; // record ids to ask for (of another kiosk)
  callEverything(service, answers, ids);
  requireEveryFailureInWords(answers);
  CHECK(answers.total() == 10); // not ready, eight failures and the sign-out
}
