// Answers that differ from the ID card the kiosk read: the store service
// finishes them only after a supervisor confirmed exactly those fields for
// that registration, and the record carries the check (never the card's values).
#include "core/store/audit_log.h"
#include "core/store/registration_queue.h"
#include "support/store_service_fixture.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

using test::spin;

TEST_CASE("answers that differ from the ID card are finished only once a supervisor confirms "
          "those fields for that registration",
          "[store][service][card]") {
  test::SignedInStore store;
  auto& k = store.k;
  auto& service = store.service;
  auto& answers = store.answers;

  const QJsonObject person = k.answers("KEO Mony", "កែវ មុនី", "011 222 333", "445566778");
  const QString draft = QStringLiteral("0190c0de-0000-7000-8000-00000000c4d1");
  const domain::CardCheck differs{{QStringLiteral("dob")}, {}};

  // Not confirmed: refused, nothing stored.
  service.registration().finalise(person, 0, draft, differs);
  REQUIRE(spin([&] { return !answers.refusedCode.isEmpty(); }));
  CHECK(answers.refusedCode == u"card_differs");

  // A wrong PIN, then a confirmation for another registration, do not do.
  service.registration().confirmCardCheck(QStringLiteral("sup1"), QStringLiteral("0000000000"),
                                          draft, differs.differing);
  REQUIRE(spin([&] { return answers.of("cardCheckRefused") == 1; }));
  service.registration().confirmCardCheck(QStringLiteral("sup1"), test::kSupervisorPin,
                                          QStringLiteral("another-registration"),
                                          differs.differing);
  REQUIRE(spin([&] { return answers.cardConfirmedBy == u"sup1"; }));
  answers.refusedCode.clear();
  service.registration().finalise(person, 0, draft, differs);
  REQUIRE(spin([&] { return !answers.refusedCode.isEmpty(); }));
  CHECK(answers.refusedCode == u"card_differs");

  // Confirmed for this one, but for other fields than now differ: refused too.
  answers.refusedCode.clear();
  service.registration().confirmCardCheck(QStringLiteral("sup1"), test::kSupervisorPin, draft,
                                          {QStringLiteral("sex")});
  service.registration().finalise(person, 0, draft, differs);
  REQUIRE(spin([&] { return !answers.refusedCode.isEmpty(); }));

  // Confirmed for these fields and this registration: finished, and it says so.
  service.registration().confirmCardCheck(QStringLiteral("sup1"), test::kSupervisorPin, draft,
                                          differs.differing);
  service.registration().finalise(person, 0, draft, differs);
  REQUIRE(spin([&] { return !answers.finalised.isEmpty(); }));
  auto record = RegistrationQueue(*k.kiosk.db, k.kiosk.clock, QStringLiteral("kiosk-test"), 7)
                    .openLocalCopy(k.session, answers.finalised);
  REQUIRE(record.ok());
  REQUIRE(record->cardCheck.has_value());
  CHECK(record->cardCheck->differing == differs.differing);
  CHECK(record->cardCheck->confirmedBy == u"sup1");
  auto latest = AuditLog(*k.kiosk.db).latest(5);
  REQUIRE(latest.ok());
  const auto audited = std::find_if(latest->cbegin(), latest->cend(), [](const auto& e) {
    return e.action == QStringLiteral("record.card_differs_confirmed");
  });
  REQUIRE(audited != latest->cend());
  CHECK(audited->actor == u"sup1");
  CHECK(audited->recordId == answers.finalised);

  // The confirmation was used up: the next registration asks again.
  answers.refusedCode.clear();
  service.registration().finalise(k.answers("LIM Dara", "លឹម ដារា", "011 222 444", "445566779"), 0,
                                  draft, differs);
  REQUIRE(spin([&] { return !answers.refusedCode.isEmpty(); }));
  CHECK(answers.refusedCode == u"card_differs");
}

TEST_CASE("a confirmed card check is audited in the record's own transaction: both are stored, "
          "or neither",
          "[store][service][card]") {
  test::SignedInStore store;
  auto& k = store.k;
  auto& service = store.service;
  auto& answers = store.answers;

  const QJsonObject person = k.answers("KEO Mony", "កែវ មុនី", "011 222 333", "445566778");
  const QString draft = QStringLiteral("0190c0de-0000-7000-8000-00000000c4d2");
  const domain::CardCheck differs{{QStringLiteral("name_en"), QStringLiteral("dob")}, {}};
  service.registration().confirmCardCheck(QStringLiteral("sup1"), test::kSupervisorPin, draft,
                                          differs.differing);
  REQUIRE(spin([&] { return answers.cardConfirmedBy == u"sup1"; }));
  const auto countOf = [&](const char* sql) {
    auto stmt = k.kiosk.db->prepare(sql);
    REQUIRE(stmt.ok());
    stmt->bind(1, draft);
    auto row = stmt->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return stmt->int64(0);
  };

  // The audit log refuses this entry (through another connection to the
  // same file): the finished record must not be stored without it.
  REQUIRE(k.kiosk.db
              ->exec("CREATE TRIGGER no_card_audit BEFORE INSERT ON audit "
                     "WHEN NEW.action = 'record.card_differs_confirmed' "
                     "BEGIN SELECT RAISE(ABORT, 'audit refused'); END;")
              .ok());
  service.registration().finalise(person, 0, draft, differs);
  REQUIRE(spin([&] { return !answers.refusedCode.isEmpty(); }));
  CHECK(answers.finalised.isEmpty());
  CHECK(countOf("SELECT count(*) FROM records WHERE id = ?") == 0);
  CHECK(countOf("SELECT count(*) FROM audit WHERE record_id = ?") == 0);
  CHECK(countOf("SELECT count(*) FROM record_digests WHERE record_id = ?") == 0);

  // The audit log takes it again: the same registration is finished (the
  // confirmation was not used up), the record and its entry together.
  REQUIRE(k.kiosk.db->exec("DROP TRIGGER no_card_audit;").ok());
  service.registration().finalise(person, 0, draft, differs);
  REQUIRE(spin([&] { return !answers.finalised.isEmpty(); }));
  CHECK(answers.finalised == draft);
  CHECK(countOf("SELECT count(*) FROM records WHERE id = ? AND status = 'sealed'") == 1);
  CHECK(countOf("SELECT count(*) FROM audit WHERE record_id = ? AND actor = 'sup1' AND "
                "action = 'record.card_differs_confirmed' AND detail = 'name_en,dob'") == 1);
  // The entries of the record's transaction follow each other in the chain,
  // and the chain still verifies.
  CHECK(countOf("SELECT max(seq) - min(seq) FROM audit WHERE record_id = ?") + 1 ==
        countOf("SELECT count(*) FROM audit WHERE record_id = ?"));
  auto verified = AuditLog(*k.kiosk.db).verify();
  REQUIRE(verified.ok());
  CHECK(verified->ok());
}
