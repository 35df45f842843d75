// The duplicate check before finalising, against a real SQLite store: the
// same ID blocks (unless a supervisor allowed it, audited), the same name and
// date of birth is only found, nothing of either is stored in clear, and the
// digests leave with the rest of the personal data at retention.
#include "core/domain/demo_registrations.h"
#include "core/domain/receipt_code.h"
#include "core/store/audit_log.h"
#include "core/store/duplicate_index.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_store_service.h"
#include "core/store/record_store.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/store/retention_purge.h"
#include "support/disk_bytes.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>

using namespace camie;
using namespace camie::store;

namespace {

struct DuplicateFixture {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  refdata::ReferenceSet reference = registry.reference();
  OperatorSession tech = test::firstTechnician(kiosk);
  RegistrationQueue queue{*kiosk.db, kiosk.clock, QStringLiteral("kiosk-test"), 7};
  domain::DemoRegistrations demo{*reference.gazetteer, kiosk.clock.now().date(), 17};

  QJsonObject person() {
    QJsonObject a = demo.next().answers;
    a.insert(QStringLiteral("name_km"), QStringLiteral("សុខ ស្រីមុំ"));
    a.insert(QStringLiteral("name_en"), QStringLiteral("Sok Sreymom"));
    a.insert(QStringLiteral("dob"), QStringLiteral("1990-04-12"));
    a.insert(QStringLiteral("id_type"), QStringLiteral("national_id"));
    a.insert(QStringLiteral("id_number"), QStringLiteral("123456789"));
    return a;
  }
  Result<FinaliseOutcome> finalise(const QJsonObject& answers,
                                   const std::optional<DuplicateOverride>& allowed = {}) {
    kiosk.clock.advanceMs(60000);
    return queue.finalise(tech, reference, answers, std::nullopt, {}, allowed);
  }
  QString finaliseOk(const QJsonObject& answers) {
    auto outcome = finalise(answers);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
    return outcome->recordId;
  }
  DuplicateFindings find(const QJsonObject& answers) {
    auto digests = DuplicateIndex::digestsOf(tech.dataKey, reference.form, answers);
    REQUIRE(digests.ok());
    auto found = DuplicateIndex(*kiosk.db).find(*digests);
    REQUIRE(found.ok());
    return *found;
  }
};

} // namespace

TEST_CASE("a second registration with the same ID type and number is refused, naming the first "
          "by its receipt code",
          "[store][duplicates]") {
  DuplicateFixture f;
  const QString first = f.finaliseOk(f.person());

  QJsonObject again = f.demo.next().answers; // someone else by name, the same card
  again.insert(QStringLiteral("id_type"), QStringLiteral("national_id"));
  again.insert(QStringLiteral("id_number"), QStringLiteral("123 456 789")); // spaced as typed
  auto refused = f.finalise(again);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == QStringLiteral("duplicate_id"));
  CHECK(refused.error().message.contains(domain::ReceiptCode::forRecordId(first)));
  CHECK(test::countWhere(*f.kiosk.db, "SELECT count(*) FROM records") == 1);

  const auto found = f.find(again);
  REQUIRE(found.sameId);
  CHECK(found.sameId->recordId == first);

  // The same number on another kind of document is someone else's.
  again.insert(QStringLiteral("id_type"), QStringLiteral("passport"));
  again.insert(QStringLiteral("id_number"), QStringLiteral("N1234567"));
  CHECK_FALSE(f.find(again).sameId);
}

TEST_CASE("the same name and date of birth is found but does not block", "[store][duplicates]") {
  DuplicateFixture f;
  const QString first = f.finaliseOk(f.person());

  QJsonObject twin = f.person();
  twin.insert(QStringLiteral("id_number"), QStringLiteral("987654321"));
  twin.insert(QStringLiteral("name_en"), QStringLiteral("  SOK   sreymom ")); // as typed
  const auto found = f.find(twin);
  CHECK_FALSE(found.sameId);
  REQUIRE(found.sameNameAndBirth);
  CHECK(found.sameNameAndBirth->recordId == first);
  const QString second = f.finaliseOk(twin);
  CHECK(second != first);

  // Another birthday: not the same person.
  twin.insert(QStringLiteral("dob"), QStringLiteral("1991-04-12"));
  CHECK_FALSE(f.find(twin).sameNameAndBirth);
}

TEST_CASE("a supervisor's override lets the second record through, audited with their id",
          "[store][duplicates]") {
  DuplicateFixture f;
  const QString first = f.finaliseOk(f.person());
  // An override for another record does not count.
  auto wrong =
      f.finalise(f.person(), DuplicateOverride{QStringLiteral("sup1"), QStringLiteral("x")});
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().code == QStringLiteral("duplicate_id"));

  auto allowed = f.finalise(f.person(), DuplicateOverride{QStringLiteral("sup1"), first});
  REQUIRE(allowed.ok());
  REQUIRE(allowed->ok());
  auto latest = AuditLog(*f.kiosk.db).latest(5);
  REQUIRE(latest.ok());
  const auto entry = std::find_if(latest->cbegin(), latest->cend(), [](const AuditEntry& e) {
    return e.action == QStringLiteral("record.duplicate_allowed");
  });
  REQUIRE(entry != latest->cend());
  CHECK(entry->actor == QStringLiteral("sup1"));
  CHECK(entry->recordId == allowed->recordId);
  CHECK(entry->detail == QStringLiteral("same ID as ") + first);
  REQUIRE(AuditLog(*f.kiosk.db).verify()->ok());
}

TEST_CASE("no ID number, name or date of birth is stored in clear for the duplicate check",
          "[store][duplicates][privacy]") {
  DuplicateFixture f;
  f.finaliseOk(f.person());
  CHECK(test::countWhere(*f.kiosk.db, "SELECT count(*) FROM record_digests") == 3);
  CHECK(test::countWhere(*f.kiosk.db,
                         "SELECT count(*) FROM record_digests WHERE length(digest) = 32") == 3);
  // Nor an unkeyed hash of them that anyone could recompute.
  const QByteArray disk = test::databaseFileBytes(f.kiosk.path());
  for (const QByteArray& clear :
       {QByteArray("123456789"), QByteArray("Sok Sreymom"), QByteArray("SOK SREYMOM"),
        QStringLiteral("សុខ ស្រីមុំ").toUtf8(), QByteArray("1990-04-12"),
        QCryptographicHash::hash("123456789", QCryptographicHash::Sha256),
        QCryptographicHash::hash("id\x1Fnational_id\x1F"
                                 "123456789",
                                 QCryptographicHash::Sha256)}) {
    INFO(clear.toHex().toStdString());
    CHECK_FALSE(disk.contains(clear));
  }
}

TEST_CASE("a record's digests are purged with its personal data at retention",
          "[store][duplicates][privacy]") {
  DuplicateFixture f;
  const QString id = f.finaliseOk(f.person());
  RecordStore records(*f.kiosk.db, f.kiosk.clock, 7);
  REQUIRE(records
              .leaseBatch(QStringLiteral("b1"), {id}, f.kiosk.clock.nowMs() + 1000,
                          QStringLiteral("device"))
              .ok());
  REQUIRE(records
              .finishSending(id, RecordStatus::Accepted, QStringLiteral("IE-02-000001"), {},
                             std::nullopt, QStringLiteral("device"),
                             QStringLiteral(R"({"kid":"k","sig":"s"})"))
              .ok());
  f.kiosk.clock.advanceMs(6 * test::kDayMs);
  REQUIRE(purgeExpiredRecords(*f.kiosk.db, f.kiosk.clock, 7).ok());
  CHECK(test::countWhere(*f.kiosk.db, "SELECT count(*) FROM record_digests") == 3);
  const auto digests = DuplicateIndex::digestsOf(f.tech.dataKey, f.reference.form, f.person());
  REQUIRE(digests.ok());

  f.kiosk.clock.advanceMs(test::kDayMs + 60000);
  auto purged = purgeExpiredRecords(*f.kiosk.db, f.kiosk.clock, 7);
  REQUIRE(purged.ok());
  CHECK(purged->purged == 1);
  CHECK(test::countWhere(*f.kiosk.db, "SELECT count(*) FROM record_digests") == 0);
  const QByteArray disk = test::databaseFileBytes(f.kiosk.path());
  CHECK_FALSE(disk.contains(digests->id));
  // Afterwards the same person can be registered again (the registry knows them).
  CHECK(f.finalise(f.person()).ok());
}

TEST_CASE("records finalised before the duplicate check are indexed from their local copies",
          "[store][duplicates]") {
  DuplicateFixture f;
  const QString older = f.finaliseOk(f.person());
  f.finaliseOk(f.demo.next().answers);
  // As a kiosk finalised them before schema 6: no digests.
  REQUIRE(f.kiosk.db->exec("DELETE FROM record_digests").ok());
  CHECK_FALSE(f.find(f.person()).sameId);

  auto indexed = f.queue.indexOlderRecords(f.tech, f.reference.form, 100);
  REQUIRE(indexed.ok());
  CHECK(*indexed == 2);
  const auto found = f.find(f.person());
  REQUIRE(found.sameId);
  CHECK(found.sameId->recordId == older);
  CHECK(f.queue.indexOlderRecords(f.tech, f.reference.form, 100).value() == 0);
}

TEST_CASE("through the kiosk's store service: the check answers, a teller cannot override, a "
          "supervisor can, once",
          "[store][duplicates]") {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  {
    KeyVault vault(*kiosk.db, kiosk.clock, test::cheapScrypt());
    auto tech = vault.initialise(QStringLiteral("tech1"), test::kTechPin);
    REQUIRE(tech.ok());
    test::addOperator(vault, *tech, QStringLiteral("teller1"), OperatorRole::Teller,
                      test::kTellerPin);
    test::addOperator(vault, *tech, QStringLiteral("sup1"), OperatorRole::Supervisor,
                      test::kSupervisorPin);
    ReferenceDataStore refdata(*kiosk.db);
    REQUIRE(refdata.put({QStringLiteral("keys"), {}, registry.keysJson(), 0}, QStringLiteral("t"))
                .ok());
    REQUIRE(
        refdata
            .put({QStringLiteral("gazetteer"), {}, test::gazetteerJson(), 0}, QStringLiteral("t"))
            .ok());
  }
  // A record this kiosk finalised before the duplicate check existed.
  domain::DemoRegistrations olderDemo(*registry.reference().gazetteer, kiosk.clock.now().date(), 4);
  const QJsonObject olderAnswers = olderDemo.next().answers;
  {
    auto tech = KeyVault(*kiosk.db, kiosk.clock, test::cheapScrypt())
                    .signIn(QStringLiteral("tech1"), test::kTechPin);
    REQUIRE(tech.ok());
    auto older = RegistrationQueue(*kiosk.db, kiosk.clock, QStringLiteral("kiosk-test"), 7)
                     .finalise(*tech, registry.reference(), olderAnswers);
    REQUIRE(older.ok());
    REQUIRE(kiosk.db->exec("DELETE FROM record_digests").ok());
  }
  auto clock = std::make_shared<FakeClock>(kiosk.clock.nowMs());
  KioskStoreService store({kiosk.path(), QStringLiteral("kiosk-test"), 7, clock});
  const auto wait = [](const auto& done) {
    QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired())
      QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(done());
  };
  bool ready = false;
  bool signedIn = false;
  QStringList finalised;
  QString refusedCode;
  std::optional<DuplicateReport> report;
  QString allowedBy;
  QString allowRefused;
  QObject::connect(&store, &KioskStoreService::ready, [&](bool ok, const QString&) { ready = ok; });
  QObject::connect(&store.session(), &SessionService::signedIn, [&] { signedIn = true; });
  QObject::connect(&store.registration(), &RegistrationService::finalised,
                   [&](const QString& id) { finalised << id; });
  QObject::connect(&store.registration(), &RegistrationService::finaliseRefused,
                   [&](const QString& code) { refusedCode = code; });
  QObject::connect(&store.registration(), &RegistrationService::duplicatesChecked,
                   [&](const DuplicateReport& r) { report = r; });
  QObject::connect(&store.registration(), &RegistrationService::duplicateAllowed,
                   [&](const QString& supervisor) { allowedBy = supervisor; });
  QObject::connect(&store.registration(), &RegistrationService::duplicateRefused,
                   [&](const QString& message) { allowRefused = message; });
  store.start();
  wait([&] { return ready && store.reference(); });
  store.session().signIn(QStringLiteral("teller1"), test::kTellerPin);
  wait([&] { return signedIn; });

  // Indexed at sign-in: the check finds it.
  store.registration().checkDuplicates(olderAnswers);
  wait([&] { return report.has_value(); });
  CHECK(report->blocked());
  report.reset();

  domain::DemoRegistrations demo(*registry.reference().gazetteer, kiosk.clock.now().date(), 3);
  const QJsonObject answers = demo.next().answers;
  store.registration().checkDuplicates(answers);
  wait([&] { return report.has_value(); });
  CHECK_FALSE(report->blocked());
  CHECK_FALSE(report->similar());
  store.registration().finalise(answers, 0, {});
  wait([&] { return finalised.size() == 1; });

  report.reset();
  store.registration().checkDuplicates(answers);
  wait([&] { return report.has_value(); });
  CHECK(report->blocked());
  CHECK(report->similar());
  CHECK(report->sameIdRecordId == finalised.first());
  CHECK(report->sameIdReceiptCode == domain::ReceiptCode::forRecordId(finalised.first()));
  store.registration().finalise(answers, 0, {});
  wait([&] { return !refusedCode.isEmpty(); });
  CHECK(refusedCode == QStringLiteral("duplicate_id"));

  // A teller's PIN and a wrong PIN do not allow it.
  store.registration().allowDuplicate(QStringLiteral("teller1"), test::kTellerPin,
                                      finalised.first());
  wait([&] { return !allowRefused.isEmpty(); });
  allowRefused.clear();
  store.registration().allowDuplicate(QStringLiteral("sup1"), QStringLiteral("000000"),
                                      finalised.first());
  wait([&] { return !allowRefused.isEmpty(); });
  CHECK(allowedBy.isEmpty());

  store.registration().allowDuplicate(QStringLiteral("sup1"), test::kSupervisorPin,
                                      finalised.first());
  wait([&] { return !allowedBy.isEmpty(); });
  CHECK(allowedBy == QStringLiteral("sup1"));
  report.reset();
  store.registration().checkDuplicates(answers);
  wait([&] { return report.has_value(); });
  CHECK_FALSE(report->blocked());
  CHECK(report->allowedBy == QStringLiteral("sup1"));
  store.registration().finalise(answers, 0, {});
  wait([&] { return finalised.size() == 2; });

  // Used once: a third registration is blocked again.
  refusedCode.clear();
  store.registration().finalise(answers, 0, {});
  wait([&] { return !refusedCode.isEmpty(); });
  CHECK(refusedCode == QStringLiteral("duplicate_id"));
}
