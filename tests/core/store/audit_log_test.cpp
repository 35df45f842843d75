#include "core/store/audit_log.h"
#include "core/store/sqlite_database.h"
#include "support/temp_kiosk.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

namespace {
void appendSome(test::TempKiosk& k, int n) {
  AuditLog log(*k.db);
  for (int i = 0; i < n; ++i)
    REQUIRE(log.append(k.clock.nowMs() + i, QStringLiteral("op"), QStringLiteral("test.event"),
                       QStringLiteral("r%1").arg(i), QStringLiteral("n=%1").arg(i))
                .ok());
}

void dropTriggers(test::TempKiosk& k) {
  REQUIRE(k.db->exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete").ok());
}
} // namespace

TEST_CASE("an untouched audit log verifies", "[store]") {
  test::TempKiosk k;
  appendSome(k, 10);
  auto v = AuditLog(*k.db).verify();
  REQUIRE(v.ok());
  CHECK(v->ok());
  CHECK(v->entries == 10);
}

TEST_CASE("the audit log refuses updates and deletes", "[store]") {
  test::TempKiosk k;
  appendSome(k, 2);
  CHECK_FALSE(k.db->exec("UPDATE audit SET actor = 'x' WHERE seq = 1").ok());
  CHECK_FALSE(k.db->exec("DELETE FROM audit WHERE seq = 2").ok());
  CHECK(k.db->queryInt("SELECT count(*) FROM audit").value() == 2);
}

TEST_CASE("verification names the first edited audit entry", "[store]") {
  test::TempKiosk k;
  appendSome(k, 10);
  dropTriggers(k);
  REQUIRE(k.db->exec("UPDATE audit SET detail = 'n=99' WHERE seq = 4").ok());
  REQUIRE(k.db->exec("UPDATE audit SET actor = 'mallory' WHERE seq = 7").ok());
  auto v = AuditLog(*k.db).verify();
  REQUIRE(v.ok());
  REQUIRE_FALSE(v->ok());
  CHECK(v->firstBroken == 4);
  CHECK(v->problem.contains(QStringLiteral("entry 4")));
}

TEST_CASE("verification notices a removed audit entry", "[store]") {
  test::TempKiosk k;
  appendSome(k, 10);
  dropTriggers(k);
  REQUIRE(k.db->exec("DELETE FROM audit WHERE seq = 6").ok());
  auto v = AuditLog(*k.db).verify();
  REQUIRE(v.ok());
  CHECK(v->firstBroken == 7);
  CHECK(v->problem.contains(QStringLiteral("entry 6 is missing")));
}

TEST_CASE("verification notices an entry rewritten with a recomputed hash", "[store]") {
  test::TempKiosk k;
  appendSome(k, 5);
  dropTriggers(k);
  // Rewriting entry 3 consistently breaks the link from entry 4.
  AuditEntry e{3,
               k.clock.nowMs(),
               QStringLiteral("op"),
               QStringLiteral("test.event"),
               QStringLiteral("r2"),
               QStringLiteral("forged")};
  auto prev = k.db->prepare("SELECT hash FROM audit WHERE seq = 2");
  REQUIRE(prev->step().value());
  const QByteArray hash = AuditLog::hashOf(prev->blob(0), e);
  auto upd = k.db->prepare("UPDATE audit SET at = ?, detail = ?, hash = ? WHERE seq = 3");
  upd->bind(1, e.at).bind(2, e.detail).bind(3, hash);
  REQUIRE(upd->run().ok());
  auto v = AuditLog(*k.db).verify();
  CHECK(v->firstBroken == 4);
}

TEST_CASE("a log cut back behind the anchor sent to the registry fails verification", "[store]") {
  test::TempKiosk k;
  appendSome(k, 10);
  AuditLog log(*k.db);
  const auto anchor = log.lastAnchor();
  REQUIRE(anchor.ok());
  REQUIRE(anchor->has_value());
  CHECK((*anchor)->seq == 10);
  REQUIRE(log.noteAnchorSent(**anchor).ok());
  REQUIRE(log.noteAnchorSent({4, (*anchor)->hash}).ok()); // a lower one never replaces it
  CHECK(log.anchorSent().value()->seq == 10);
  CHECK(log.verify()->ok());

  // Without the sent anchor, a cut tail would pass: the chain itself is intact.
  dropTriggers(k);
  REQUIRE(k.db->exec("DELETE FROM audit WHERE seq > 7").ok());
  auto cut = log.verify();
  REQUIRE(cut.ok());
  REQUIRE_FALSE(cut->ok());
  CHECK(cut->problem.contains(QStringLiteral("ends at entry 7")));
  CHECK(cut->problem.contains(QStringLiteral("removed from its end")));

  // Written again past the anchor: entry 10 is no longer the one reported.
  appendSome(k, 5);
  auto rewritten = log.verify();
  REQUIRE(rewritten.ok());
  REQUIRE_FALSE(rewritten->ok());
  CHECK(rewritten->firstBroken == 10);
  CHECK(rewritten->problem.contains(QStringLiteral("not the entry reported")));
}
