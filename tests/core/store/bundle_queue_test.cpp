// The queue's side of USB bundles, on real SQLite files: what an export takes
// (stuck uploads too), in pages; marking that steps around records sync
// answered meanwhile; imports that skip what is here but take a corrected
// revision; exported records the registry never got going back in the queue.
#include "core/store/bundle_queue.h"
#include "core/store/record_reader.h"
#include "support/filled_queue.h"

#include <catch2/catch.hpp>

using namespace camie;
using store::RecordStatus;

namespace {

RecordStatus statusOf(test::TempKiosk& k, const QString& id) {
  auto meta = store::RecordReader(*k.db).find(id);
  REQUIRE(meta.ok());
  REQUIRE(meta->has_value());
  return (**meta).status;
}

QStringList idsOf(const QList<store::OutgoingRecord>& records) {
  QStringList ids;
  for (const auto& r : records)
    ids << r.id;
  return ids;
}

} // namespace

TEST_CASE("an export takes sealed records and stuck uploads, page by page", "[store][bundle]") {
  test::TempKiosk k;
  test::TestRegistry registry;
  const QStringList ids = test::fillQueue(k, registry, 6);
  store::OutgoingQueue queue(*k.db, k.clock, 7);
  store::BundleQueue bundles(*k.db, k.clock);

  // Two records went up in a batch whose answer never came; their lease runs out.
  auto due = queue.due(2, 1 << 20);
  REQUIRE(due.ok());
  REQUIRE(
      queue.lease(QStringLiteral("b1"), *due, k.clock.nowMs() + 60000, QStringLiteral("t")).ok());
  auto count = bundles.exportableCount(false);
  REQUIRE(count.ok());
  CHECK(*count == 4); // in flight, still leased: not yet
  k.clock.advanceMs(120000);
  CHECK(bundles.exportableCount(false).value() == 6);

  // Pages within a byte budget, in order, none twice.
  QStringList seen;
  store::BundleQueue::Cursor cursor;
  int pages = 0;
  for (;;) {
    auto page = bundles.exportable(false, cursor, 100, 1); // one record per page
    REQUIRE(page.ok());
    if (page->isEmpty())
      break;
    CHECK(page->size() == 1);
    cursor = {page->last().capturedAt, page->last().id};
    seen << idsOf(*page);
    ++pages;
  }
  CHECK(pages == 6);
  QStringList sortedSeen = seen;
  sortedSeen.sort();
  QStringList sortedIds = ids;
  sortedIds.sort();
  CHECK(sortedSeen == sortedIds);

  // Marking steps around a record sync answered since it was read.
  REQUIRE(queue
              .apply(QStringLiteral("b1"), QStringLiteral("x"),
                     {{due->first().id,
                       RecordStatus::Accepted,
                       QStringLiteral("IE-01-000001"),
                       {},
                       std::nullopt}},
                     QStringLiteral("device"))
              .ok());
  auto marked = bundles.markExported(ids, QStringLiteral("bundle-1"), QStringLiteral("t"));
  REQUIRE(marked.ok());
  CHECK(*marked == 5);
  CHECK(statusOf(k, due->first().id) == RecordStatus::Accepted);
  CHECK(statusOf(k, due->last().id) == RecordStatus::Exported);
  CHECK(bundles.exportableCount(false).value() == 0);
  CHECK(bundles.exportableCount(true).value() == 5);
}

TEST_CASE("exported records the registry never gets go back in the queue after a week",
          "[store][bundle]") {
  test::TempKiosk k;
  test::TestRegistry registry;
  const QStringList ids = test::fillQueue(k, registry, 2);
  store::OutgoingQueue queue(*k.db, k.clock, 7);
  store::BundleQueue bundles(*k.db, k.clock);
  REQUIRE(bundles.markExported(ids, QStringLiteral("bundle-1"), QStringLiteral("t")).ok());
  const auto unknown = [&] {
    QList<store::Resolution> answers;
    for (const auto& id : ids)
      answers.append({id, RecordStatus::Sealed, {}, {}, k.clock.nowMs()});
    REQUIRE(queue.apply({}, {}, answers, QStringLiteral("device")).ok());
  };

  unknown(); // the stick is still on its way
  CHECK(statusOf(k, ids.at(0)) == RecordStatus::Exported);
  CHECK(queue.exportedDue(10).value().isEmpty()); // next look-up in 30 minutes
  k.clock.advanceMs(store::OutgoingQueue::kExportedLookUpIntervalMs + 1);
  CHECK(queue.exportedDue(10).value().size() == 2);

  k.clock.advanceMs(store::OutgoingQueue::kExportedRequeueAfterMs);
  unknown(); // a week on, still unknown: this kiosk sends them itself
  CHECK(statusOf(k, ids.at(0)) == RecordStatus::Sealed);
  CHECK(queue.due(10, 1 << 20).value().size() == 2);
}

TEST_CASE("an import skips records it has, but takes a corrected revision of a rejected one",
          "[store][bundle]") {
  test::TempKiosk field;
  test::TestRegistry registry;
  test::fillQueue(field, registry, 3);
  store::BundleQueue fieldBundles(*field.db, field.clock);
  auto records = fieldBundles.exportable(false, {}, 100, 1 << 20);
  REQUIRE(records.ok());
  REQUIRE(records->size() == 3);

  test::TempKiosk branch;
  store::BundleQueue bundles(*branch.db, branch.clock);
  auto first = bundles.import(
      {QStringLiteral("bundle-1"), QStringLiteral("kiosk-field"), QStringLiteral("ab12")}, *records,
      QStringLiteral("kiosk-branch"), QStringLiteral("t"));
  REQUIRE(first.ok());
  CHECK(first->imported == 3);
  auto again = bundles.import(
      {QStringLiteral("bundle-1"), QStringLiteral("kiosk-field"), QStringLiteral("ab12")}, *records,
      QStringLiteral("kiosk-branch"), QStringLiteral("t"));
  REQUIRE(again.ok());
  CHECK(again->imported == 0);
  CHECK(again->alreadyPresent == 3);

  // The registry rejected the first; the field kiosk corrected it (revision 2).
  const QString id = records->first().id;
  store::OutgoingQueue queue(*branch.db, branch.clock, 7);
  auto due = queue.due(1, 1 << 20);
  REQUIRE(due.ok());
  REQUIRE(due->first().id == id);
  REQUIRE(queue.lease(QStringLiteral("b"), *due, branch.clock.nowMs() + 1000, QStringLiteral("t"))
              .ok());
  REQUIRE(queue
              .apply(QStringLiteral("b"), {},
                     {{id, RecordStatus::Rejected, {}, QStringLiteral("[]"), std::nullopt}},
                     QStringLiteral("device"))
              .ok());
  auto corrected = *records;
  corrected[0].revision = 2;
  corrected[0].sealed.ciphertext[0] = static_cast<char>(corrected[0].sealed.ciphertext[0] ^ 1);
  auto third = bundles.import(
      {QStringLiteral("bundle-2"), QStringLiteral("kiosk-field"), QStringLiteral("ab12")},
      corrected, QStringLiteral("kiosk-branch"), QStringLiteral("t"));
  REQUIRE(third.ok());
  CHECK(third->imported == 1);
  CHECK(third->alreadyPresent == 2);
  auto meta = store::RecordReader(*branch.db).find(id);
  REQUIRE(meta.ok());
  CHECK((**meta).status == RecordStatus::Sealed);
  CHECK((**meta).revision == 2);
  CHECK((**meta).serverErrors.isEmpty());
}

TEST_CASE("an answer about an earlier revision does not settle a corrected record",
          "[store][bundle]") {
  test::TempKiosk field;
  test::TestRegistry registry;
  test::fillQueue(field, registry, 1);
  auto records = store::BundleQueue(*field.db, field.clock).exportable(false, {}, 10, 1 << 20);
  REQUIRE(records.ok());
  auto corrected = *records;
  corrected[0].revision = 2;
  const QString id = corrected[0].id;

  test::TempKiosk k;
  store::BundleQueue bundles(*k.db, k.clock);
  REQUIRE(bundles
              .import({QStringLiteral("b"), QStringLiteral("f"), QStringLiteral("s")}, corrected,
                      QStringLiteral("k"), QStringLiteral("t"))
              .ok());
  REQUIRE(bundles.markExported({id}, QStringLiteral("b2"), QStringLiteral("t")).ok());
  store::OutgoingQueue queue(*k.db, k.clock, 7);
  store::Resolution stale{id, RecordStatus::Rejected, {}, QStringLiteral("[]"), std::nullopt, 1};
  REQUIRE(queue.apply({}, {}, {stale}, QStringLiteral("device")).ok());
  CHECK(statusOf(k, id) == RecordStatus::Exported); // revision 2 is still on its way

  store::Resolution current{id, RecordStatus::Accepted, QStringLiteral("IE-02-000394"),
                            {}, std::nullopt,           2};
  REQUIRE(queue.apply({}, {}, {current}, QStringLiteral("device")).ok());
  CHECK(statusOf(k, id) == RecordStatus::Accepted);
}
