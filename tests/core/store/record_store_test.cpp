#include "core/store/record_reader.h"
#include "core/store/record_store.h"
#include "support/temp_kiosk.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::store;

namespace {
const QString kOp = QStringLiteral("teller1");

NewRecord newRecord(const QString& id) {
  return {id, 1, QStringLiteral("ie-registration"), QStringLiteral("2025.1"), kOp};
}

SealedCopy sealedCopy() {
  return {QStringLiteral("reg-2026-01"), QStringLiteral("X25519-SHA256-AES128GCM"),
          QByteArray(32, 'e'), QByteArray(80, 'c')};
}

qint64 auditCount(test::TempKiosk& k) {
  return k.db->queryInt("SELECT count(*) FROM audit").value();
}

RecordStatus statusOf(test::TempKiosk& k, const QString& id) {
  auto meta = RecordReader(*k.db).find(id);
  REQUIRE(meta.ok());
  REQUIRE(meta->has_value());
  return (*meta)->status;
}
} // namespace

TEST_CASE("the lifecycle allows exactly the transitions of the design", "[store]") {
  using S = RecordStatus;
  const QList<S> all = {S::Draft,    S::Sealed,    S::Sending, S::Exported,
                        S::Accepted, S::Duplicate, S::Rejected};
  // docs/architecture.md, "The record's journey": a draft is saved and sealed;
  // a sealed record is leased into a batch or exported to a USB bundle; a
  // batch's results (or a status look-up of an exported record) settle it,
  // send it back to the queue, or leave it exported (a stuck upload put on a
  // bundle, or a bundle exported again); only a rejected record is reopened.
  const QList<QPair<S, S>> allowed = {
      {S::Draft, S::Draft},        {S::Draft, S::Sealed},      {S::Sealed, S::Sending},
      {S::Sealed, S::Exported},    {S::Sending, S::Sealed},    {S::Sending, S::Exported},
      {S::Sending, S::Accepted},   {S::Sending, S::Duplicate}, {S::Sending, S::Rejected},
      {S::Exported, S::Sealed},    {S::Exported, S::Exported}, {S::Exported, S::Accepted},
      {S::Exported, S::Duplicate}, {S::Exported, S::Rejected}, {S::Rejected, S::Draft}};
  for (S from : all) {
    for (S to : all) {
      INFO(toString(from).toStdString() << " -> " << toString(to).toStdString());
      CHECK(RecordLifecycle::allows(from, to) == allowed.contains({from, to}));
    }
  }
  CHECK(RecordLifecycle::allows(std::nullopt, S::Draft));
  CHECK(RecordLifecycle::allows(std::nullopt, S::Sealed));
  CHECK_FALSE(RecordLifecycle::allows(std::nullopt, S::Accepted));
}

TEST_CASE("a record goes from draft to accepted with one audit entry per transition", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

  REQUIRE(records.createDraft(newRecord(id), "draft-1").ok());
  CHECK(auditCount(k) == 1);
  REQUIRE(records.saveDraft(id, "draft-2", kOp).ok());
  CHECK(auditCount(k) == 2);
  REQUIRE(records.seal(id, "local", sealedCopy(), k.clock.nowMs(), kOp).ok());
  CHECK(statusOf(k, id) == RecordStatus::Sealed);
  REQUIRE(records
              .leaseBatch(QStringLiteral("batch-1"), {id}, k.clock.nowMs() + 60000,
                          QStringLiteral("device"))
              .ok());
  CHECK(statusOf(k, id) == RecordStatus::Sending);
  REQUIRE(records
              .finishSending(id, RecordStatus::Accepted, QStringLiteral("IE-02-000394"), {},
                             std::nullopt, QStringLiteral("device"))
              .ok());
  CHECK(auditCount(k) == 5);

  auto meta = RecordReader(*k.db).find(id);
  REQUIRE(meta.ok());
  CHECK((*meta)->status == RecordStatus::Accepted);
  CHECK((*meta)->registryNumber == QStringLiteral("IE-02-000394"));
  CHECK((*meta)->attempts == 1);
  CHECK((*meta)->acceptedAt == k.clock.nowMs());
  CHECK((*meta)->purgeAfter == k.clock.nowMs() + 7LL * 24 * 3600 * 1000);
}

TEST_CASE("an illegal transition is refused, named, and changes nothing", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  const QString id = QStringLiteral("r1");
  REQUIRE(records.createSealed(newRecord(id), "local", sealedCopy(), k.clock.nowMs()).ok());
  const qint64 before = auditCount(k);

  auto again = records.createSealed(newRecord(id), "local", sealedCopy(), k.clock.nowMs());
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().code == QStringLiteral("illegal_transition"));

  auto draft = records.saveDraft(id, "x", kOp);
  REQUIRE_FALSE(draft.ok());
  CHECK(draft.error().code == QStringLiteral("illegal_transition"));
  CHECK(draft.error().message.contains(QStringLiteral("from sealed to draft")));

  auto accepted = records.finishSending(id, RecordStatus::Accepted, QStringLiteral("IE-1"), {},
                                        std::nullopt, kOp);
  REQUIRE_FALSE(accepted.ok());
  CHECK(accepted.error().code == QStringLiteral("illegal_transition"));

  auto reopen = records.reopen(id, "x", kOp);
  REQUIRE_FALSE(reopen.ok());

  auto missing = records.saveDraft(QStringLiteral("nope"), "x", kOp);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == QStringLiteral("no_such_record"));

  CHECK(statusOf(k, id) == RecordStatus::Sealed);
  CHECK(auditCount(k) == before);
}

TEST_CASE("a rejected record is reopened as a new revision of the same id", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  const QString id = QStringLiteral("r1");
  REQUIRE(records.createSealed(newRecord(id), "local-1", sealedCopy(), k.clock.nowMs()).ok());
  REQUIRE(
      records.leaseBatch(QStringLiteral("batch-") + id, {id}, k.clock.nowMs() + 1000, kOp).ok());
  const QString errors = QStringLiteral(R"([{"field":"phone","code":"invalid"}])");
  REQUIRE(records.finishSending(id, RecordStatus::Rejected, {}, errors, std::nullopt, kOp).ok());
  REQUIRE(records.reopen(id, "local-2", QStringLiteral("sup1")).ok());

  auto meta = RecordReader(*k.db).find(id);
  REQUIRE(meta.ok());
  CHECK((*meta)->status == RecordStatus::Draft);
  CHECK((*meta)->revision == 2);
  CHECK((*meta)->serverErrors == errors);
  auto sealed = RecordReader(*k.db).sealedCopy(id);
  REQUIRE(sealed.ok());
  CHECK_FALSE(sealed->has_value());
  auto local = RecordReader(*k.db).localCopy(id);
  REQUIRE(local.ok());
  CHECK(local->first == "local-2");
  CHECK(local->second == 2);
}

TEST_CASE("a retry puts the record back in the queue at the given time", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  REQUIRE(records.createSealed(newRecord(QStringLiteral("r1")), "l", sealedCopy(), 1).ok());
  REQUIRE(records
              .leaseBatch(QStringLiteral("batch-") + QStringLiteral("r1"), {QStringLiteral("r1")},
                          5000, kOp)
              .ok());
  REQUIRE(records
              .finishSending(QStringLiteral("r1"), RecordStatus::Sealed, {}, {},
                             k.clock.nowMs() + 8000, kOp)
              .ok());
  auto meta = RecordReader(*k.db).find(QStringLiteral("r1"));
  CHECK((*meta)->status == RecordStatus::Sealed);
  CHECK((*meta)->nextAttemptAt == k.clock.nowMs() + 8000);
  CHECK_FALSE((*meta)->leaseUntil.has_value());
}

TEST_CASE("personal data is purged after the retention period, the receipt stays", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  for (const char* id : {"a", "b", "c"}) {
    const QString rid = QString::fromLatin1(id);
    REQUIRE(records.createSealed(newRecord(rid), "local", sealedCopy(), 1).ok());
    REQUIRE(
        records.leaseBatch(QStringLiteral("batch-") + rid, {rid}, k.clock.nowMs() + 1, kOp).ok());
  }
  REQUIRE(records
              .finishSending(QStringLiteral("a"), RecordStatus::Accepted,
                             QStringLiteral("IE-02-000001"), {}, std::nullopt, kOp,
                             QStringLiteral(R"({"kid":"root-test","sig":"c2ln"})"))
              .ok());
  // Accepted without a stored receipt (settled by an earlier version): never purged.
  REQUIRE(records
              .finishSending(QStringLiteral("c"), RecordStatus::Accepted,
                             QStringLiteral("IE-02-000002"), {}, std::nullopt, kOp)
              .ok());

  k.clock.advanceMs(6LL * 24 * 3600 * 1000);
  CHECK(records.purgeDue().value() == 0);
  k.clock.advanceMs(1LL * 24 * 3600 * 1000 + 1);
  CHECK(records.purgeDue().value() == 1);
  CHECK(records.purgeDue().value() == 0);

  RecordReader reader(*k.db);
  auto local = reader.localCopy(QStringLiteral("a"));
  REQUIRE(local.ok());
  CHECK(local->first.isNull());
  CHECK_FALSE(reader.sealedCopy(QStringLiteral("a")).value().has_value());
  auto meta = reader.find(QStringLiteral("a"));
  CHECK((*meta)->registryNumber == QStringLiteral("IE-02-000001"));
  CHECK((*meta)->purgedAt.has_value());
  // The one still being sent keeps its data, and so does the one without a receipt.
  CHECK_FALSE(reader.localCopy(QStringLiteral("b")).value().first.isNull());
  CHECK_FALSE(reader.localCopy(QStringLiteral("c")).value().first.isNull());
  CHECK(k.db->queryInt("SELECT count(*) FROM records WHERE receipt IS NOT NULL").value() == 1);
}

TEST_CASE("counts per status and the oldest queued record", "[store]") {
  test::TempKiosk k;
  RecordStore records(*k.db, k.clock, 7);
  REQUIRE(records.createSealed(newRecord(QStringLiteral("a")), "l", sealedCopy(), 1000).ok());
  REQUIRE(records.createSealed(newRecord(QStringLiteral("b")), "l", sealedCopy(), 500).ok());
  REQUIRE(records.createDraft(newRecord(QStringLiteral("c")), "l").ok());
  RecordReader reader(*k.db);
  const auto counts = reader.countByStatus();
  REQUIRE(counts.ok());
  CHECK(counts->value(RecordStatus::Sealed) == 2);
  CHECK(counts->value(RecordStatus::Draft) == 1);
  CHECK(reader.oldestQueuedCapturedAt().value() == 500);

  // The counts follow every transition (they are kept by triggers).
  REQUIRE(records.leaseBatch(QStringLiteral("b1"), {QStringLiteral("b")}, 9000, kOp).ok());
  REQUIRE(records
              .finishSending(QStringLiteral("b"), RecordStatus::Accepted, QStringLiteral("IE-1"),
                             {}, std::nullopt, kOp)
              .ok());
  const auto after = reader.countByStatus();
  CHECK(after->value(RecordStatus::Sealed) == 1);
  CHECK(after->value(RecordStatus::Sending) == 0);
  CHECK(after->value(RecordStatus::Accepted) == 1);
  CHECK(reader.oldestQueuedCapturedAt().value() == 1000);
  const qint64 total = k.db->queryInt("SELECT sum(n) FROM record_counts").value();
  CHECK(total == k.db->queryInt("SELECT count(*) FROM records").value());
}
