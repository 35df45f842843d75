// The drain logic against a fake registry, with a fake clock: batching,
// lost acknowledgements, 413, Retry-After, permanent errors, start-up, a
// record the registry keeps failing.
#include "core/store/audit_log.h"
#include "core/store/outgoing_queue.h"
#include "core/store/record_reader.h"
#include "core/sync/sync_runner.h"
#include "support/filled_queue.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>

using namespace camie;
using namespace camie::sync;

namespace {

// Accepts records (numbers IE-02-000001, ...), idempotent by id, with
// scripted failures.
class FakeRegistry final : public RegistryApi {
public:
  struct Script {
    SyncFailure failure;
    bool storeFirst = false; // the records arrive, the answer is lost
  };
  QList<Script> failures; // consumed one per upload
  int maxBatch = 1000;    // larger batches get 413
  QMap<QString, QString> numbers;
  QMap<QString, int> uploadsPerId;
  QSet<QString> reject;      // ids to reject
  QSet<QString> retryAlways; // ids always answered "retry" (not stored)
  int unreceipted = 0;       // this many accepted results come without a receipt
  int uploads = 0;
  int lookups = 0;
  QList<qint64> anchors;          // the audit anchor (seq) each upload carried
  std::function<void()> whileOut; // run in each upload, on the request's thread
  std::atomic<int> prepared = 0;  // bodies made (on the sync thread)

  PreparedBatch prepareBatch(wire::Batch batch) override {
    ++prepared;
    return RegistryApi::prepareBatch(std::move(batch));
  }
  Outcome<BatchAnswer> sendBatch(const PreparedBatch& made) override {
    const wire::Batch& batch = made.batch;
    const QStringList ids = batch.ids();
    ++uploads;
    anchors << batch.auditSeq;
    if (whileOut)
      whileOut();
    if (ids.size() > maxBatch)
      return SyncFailure{makeError(QStringLiteral("batch_too_large"), QStringLiteral("413")),
                         std::nullopt, false, 413};
    if (!failures.isEmpty()) {
      const Script s = failures.takeFirst();
      if (s.storeFirst)
        store(ids);
      return s.failure;
    }
    REQUIRE(batch.toJson(0).value(QStringLiteral("records")).toArray().size() == ids.size());
    return BatchAnswer{results(store(ids)), QStringLiteral("xroad-1"), 100};
  }
  Outcome<QList<RecordResult>> lookUpStatus(const QStringList& ids) override {
    ++lookups;
    QList<RecordResult> out;
    for (const QString& id : ids)
      out.append(numbers.contains(id) ? accepted(id)
                                      : RecordResult{id, RecordAnswer::Unknown, {}, {}});
    return out;
  }
  Outcome<ReferenceAnswer> fetchReference(const QString&, const QString& etag) override {
    return ReferenceAnswer{true, {}, etag};
  }
  Outcome<QJsonObject> provinceStatistics() override { return QJsonObject(); }

private:
  // Accepted, with the registry's signed receipt.
  RecordResult accepted(const QString& id) {
    if (unreceipted > 0) {
      --unreceipted;
      return {id, RecordAnswer::Accepted, numbers[id], {}, 1};
    }
    return {id,          RecordAnswer::Accepted,
            numbers[id], {},
            1,           test::testReceipt(id, 1, QStringLiteral("accepted"), numbers[id])};
  }
  QStringList store(const QStringList& ids) {
    for (const QString& id : ids) {
      ++uploadsPerId[id];
      if (!numbers.contains(id) && !reject.contains(id) && !retryAlways.contains(id))
        numbers.insert(id, QStringLiteral("IE-02-%1").arg(numbers.size() + 1, 6, 10, QChar(u'0')));
    }
    return ids;
  }
  QList<RecordResult> results(const QStringList& ids) {
    QList<RecordResult> out;
    for (const QString& id : ids) {
      if (retryAlways.contains(id))
        out.append({id, RecordAnswer::Retry, {}, {}});
      else if (reject.contains(id))
        out.append({id,
                    RecordAnswer::Rejected,
                    {},
                    QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("phone")},
                                           {QStringLiteral("code"), QStringLiteral("invalid")}}}});
      else
        out.append(accepted(id));
    }
    return out;
  }
};

SyncFailure failure(const char* code, bool mayHaveArrived, std::optional<qint64> retryAfter = {},
                    int status = 0) {
  return {makeError(QString::fromLatin1(code), QStringLiteral("test")), retryAfter, mayHaveArrived,
          status};
}

struct RunnerFixture {
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  FakeRegistry fake;
  QList<qint64> waits;
  SyncSettings settings = [] {
    SyncSettings s;
    s.batchRecords = 10;
    s.roots = test::testRoots();
    return s;
  }();

  SyncRunner runner() { return SyncRunner(*kiosk.db, kiosk.clock, fake, settings, "k1", 7, 42); }
  SyncRunner::Waiter waiter() {
    return [this](qint64 ms) {
      waits << ms;
      kiosk.clock.advanceMs(ms);
      return true;
    };
  }
  qint64 count(const char* status) {
    auto stmt = kiosk.db->prepare("SELECT n FROM record_counts WHERE status = ?");
    stmt->bind(1, QString::fromLatin1(status));
    REQUIRE(stmt->step().value());
    return stmt->int64(0);
  }
};

} // namespace

TEST_CASE("the queue drains in batches and every record gets its registry number", "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 25);
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), true);
  CHECK(s.complete);
  CHECK(s.accepted == 25);
  CHECK(s.batches == 3);
  CHECK(s.remaining == 0);
  CHECK(f.count("accepted") == 25);
  store::RecordReader reader(*f.kiosk.db);
  for (const QString& id : ids)
    CHECK(reader.find(id).value()->registryNumber == f.fake.numbers.value(id));
}

TEST_CASE("each batch's audit anchor is noted with its answer, in the answer's own commit",
          "[sync][audit]") {
  RunnerFixture f;
  test::fillQueue(f.kiosk, f.registry, 25);
  store::AuditLog log(*f.kiosk.db);
  SECTION("answered: the last batch's anchor is the one kept") {
    auto runner = f.runner();
    REQUIRE(runner.drain(60000, f.waiter(), true).complete);
    REQUIRE(f.fake.anchors.size() == 3);
    CHECK(std::is_sorted(f.fake.anchors.begin(), f.fake.anchors.end()));
    REQUIRE(log.anchorSent().value().has_value());
    CHECK(log.anchorSent().value()->seq == f.fake.anchors.last());
  }
  SECTION("an answer that cannot be applied notes no anchor either") {
    REQUIRE(f.kiosk.db
                ->exec("CREATE TRIGGER refuse_answer BEFORE UPDATE OF state ON batches "
                       "WHEN NEW.state = 'answered' BEGIN SELECT RAISE(ABORT, 'refused'); END")
                .ok());
    auto runner = f.runner();
    const DrainSummary s = runner.drain(60000, f.waiter(), true);
    CHECK(f.fake.uploads >= 1);
    CHECK(s.accepted == 0);
    CHECK_FALSE(log.anchorSent().value().has_value());
  }
}

TEST_CASE("the next batch is leased while the one before it is out", "[sync]") {
  RunnerFixture f;
  test::fillQueue(f.kiosk, f.registry, 25);
  // The batches another connection sees leased while each request is out:
  // this one and, once leased, the next (none after the last).
  QList<qint64> seen;
  f.fake.whileOut = [&f, &seen] {
    auto reader =
        store::SqliteDatabase::open(f.kiosk.path(), store::SqliteDatabase::Mode::ReadOnly);
    qint64 batches = -1;
    QElapsedTimer waited;
    waited.start();
    // Three batches in all: the last request finds nothing more to lease.
    // The long limit is for a loaded machine; the wait ends at the lease.
    while (reader && batches <= f.fake.uploads && batches < 3 && waited.elapsed() < 10000) {
      batches = (*reader)->queryInt("SELECT count(*) FROM batches").value_or(-1);
      QThread::msleep(2);
    }
    seen << batches;
  };
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), true);
  CHECK(s.complete);
  CHECK(s.accepted == 25);
  CHECK(seen == QList<qint64>{2, 3, 3});
}

TEST_CASE("the next batch's body is made while the one before it is out, and sent as made",
          "[sync]") {
  RunnerFixture f;
  test::fillQueue(f.kiosk, f.registry, 25);
  // Bodies made while each request is out: this one's and, once leased, the
  // next one's (none after the last of three).
  QList<int> seen;
  f.fake.whileOut = [&f, &seen] {
    QElapsedTimer waited;
    waited.start();
    while (f.fake.prepared <= f.fake.uploads && f.fake.prepared < 3 && waited.elapsed() < 10000)
      QThread::msleep(2);
    seen << f.fake.prepared;
  };
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), true);
  CHECK(s.accepted == 25);
  CHECK(seen == QList<int>{2, 3, 3});
  CHECK(f.fake.prepared == 3); // none made twice
}

TEST_CASE("a batch leased ahead goes back unsent when the one before it fails, its sends "
          "uncounted",
          "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 25);
  f.fake.failures = {{failure("tls_failed", false), false}};
  // The next batch is surely leased before the first answer comes back.
  f.fake.whileOut = [&f] {
    auto reader =
        store::SqliteDatabase::open(f.kiosk.path(), store::SqliteDatabase::Mode::ReadOnly);
    QElapsedTimer waited;
    waited.start();
    while (
        reader && waited.elapsed() < 10000 &&
        (*reader)->queryInt("SELECT count(*) FROM records WHERE status = 'sending'").value_or(0) <
            20)
      QThread::msleep(5);
  };
  auto runner = f.runner();
  const DrainSummary s = runner.drain(0, f.waiter(), false);
  CHECK(f.fake.uploads == 1);
  CHECK_FALSE(s.complete);
  CHECK(f.count("sealed") == 25);
  CHECK(f.count("sending") == 0);
  // The batch sent: one send each. The batch leased ahead: none, and no trace
  // of it but its audit entries.
  CHECK(f.kiosk.db->queryInt("SELECT count(*) FROM records WHERE attempts = 1").value() == 10);
  CHECK(f.kiosk.db->queryInt("SELECT count(*) FROM records WHERE attempts = 0").value() == 15);
  CHECK(f.kiosk.db->queryInt("SELECT count(*) FROM batches").value() == 1);
  CHECK(f.kiosk.db->queryInt("SELECT count(*) FROM audit WHERE detail LIKE '%withdrawn, not sent'")
            .value() == 10);
  CHECK(store::AuditLog(*f.kiosk.db).verify().value().ok());
}

TEST_CASE("an acceptance without a receipt settles nothing until one with a receipt comes",
          "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 4);
  // The batch's answer and the look-up after it: no receipts. Then re-sent,
  // and answered with receipts.
  f.fake.unreceipted = 8;
  auto runner = f.runner();
  const DrainSummary s = runner.drain(3600 * 1000, f.waiter(), false);
  CHECK(s.unverified == 8);
  CHECK(f.fake.lookups == 1);
  CHECK(s.complete);
  CHECK(s.accepted == 4);
  CHECK(f.count("accepted") == 4);
  CHECK(f.kiosk.db->queryInt("SELECT count(*) FROM records WHERE receipt IS NOT NULL").value() ==
        4);
  for (const QString& id : ids)
    CHECK(f.fake.uploadsPerId.value(id) == 2); // sent again, registered once
  CHECK(f.fake.numbers.size() == 4);
}

TEST_CASE("a lost acknowledgement is resolved by a status look-up, never by resending", "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 10);
  f.fake.failures.append({failure("connection_reset", true), true});
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), false);
  CHECK(s.complete);
  CHECK(s.accepted == 10);
  CHECK(f.fake.lookups >= 1);
  for (const QString& id : ids)
    CHECK(f.fake.uploadsPerId.value(id) == 1);
}

TEST_CASE("records that never arrived are sent again after the look-up says unknown", "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 5);
  f.fake.failures.append({failure("timeout", true), false}); // lost on the way in
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), false);
  CHECK(s.complete);
  CHECK(s.accepted == 5);
  CHECK(f.fake.lookups == 1);
  for (const QString& id : ids)
    CHECK(f.fake.uploadsPerId.value(id) == 1);
}

TEST_CASE("413 halves the batch size until the registry takes it", "[sync]") {
  RunnerFixture f;
  f.settings.batchRecords = 40;
  test::fillQueue(f.kiosk, f.registry, 30);
  f.fake.maxBatch = 8;
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), false);
  CHECK(s.complete);
  CHECK(s.accepted == 30);
  CHECK(runner.batchRecords() <= 8);
  CHECK(runner.batchRecords() >= 4);
}

TEST_CASE("a busy registry's Retry-After is waited out before the next attempt", "[sync]") {
  RunnerFixture f;
  test::fillQueue(f.kiosk, f.registry, 3);
  f.fake.failures.append({failure("busy", false, 30000, 429), false});
  auto runner = f.runner();
  const DrainSummary s = runner.drain(120000, f.waiter(), false);
  CHECK(s.complete);
  CHECK(s.accepted == 3);
  REQUIRE_FALSE(f.waits.isEmpty());
  qint64 waited = 0;
  for (qint64 w : f.waits)
    waited += w;
  CHECK(waited >= 30000);
}

TEST_CASE("with --max-wait shorter than the backoff the drain stops and keeps the records",
          "[sync]") {
  RunnerFixture f;
  test::fillQueue(f.kiosk, f.registry, 3);
  f.fake.failures.append({failure("busy", false, 600000, 503), false});
  auto runner = f.runner();
  const DrainSummary s = runner.drain(1000, f.waiter(), false);
  CHECK_FALSE(s.complete);
  CHECK(s.remaining == 3);
  CHECK(f.count("sealed") == 3);
}

TEST_CASE("a certificate problem stops the drain at once and marks nothing sent", "[sync]") {
  RunnerFixture f;
  test::fillQueue(f.kiosk, f.registry, 4);
  f.fake.failures.append({failure("tls_unknown_ca", false), false});
  auto runner = f.runner();
  const DrainSummary s = runner.drain(600000, f.waiter(), false);
  REQUIRE(s.stoppedBy);
  CHECK(s.stoppedBy->error.code == QStringLiteral("tls_unknown_ca"));
  CHECK(f.fake.uploads == 1);
  CHECK(f.count("sealed") == 4);
  CHECK(f.count("accepted") == 0);
  CHECK(f.waits.isEmpty());
}

TEST_CASE("rejected records keep the registry's field errors", "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 3);
  f.fake.reject.insert(ids.at(1));
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), false);
  CHECK(s.accepted == 2);
  CHECK(s.rejected == 1);
  auto meta = store::RecordReader(*f.kiosk.db).find(ids.at(1)).value();
  CHECK(meta->status == store::RecordStatus::Rejected);
  CHECK(meta->serverErrors.contains(QStringLiteral("phone")));
}

TEST_CASE("at start-up, records left in flight by a killed process are looked up first", "[sync]") {
  RunnerFixture f;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 6);
  store::OutgoingQueue queue(*f.kiosk.db, f.kiosk.clock, 7);
  auto due = queue.due(3, 1 << 20);
  REQUIRE(due->size() == 3);
  // A previous process leased three (lease still running) and was killed
  // after the registry stored them.
  REQUIRE(queue
              .lease(QStringLiteral("b-old"), *due, f.kiosk.clock.nowMs() + 600000,
                     QStringLiteral("device"))
              .ok());
  for (const auto& r : *due)
    f.fake.numbers.insert(r.id, QStringLiteral("IE-12-%1").arg(r.id.right(6)));
  auto runner = f.runner();
  const DrainSummary s = runner.drain(60000, f.waiter(), true);
  CHECK(s.complete);
  CHECK(s.accepted == 6);
  CHECK(f.fake.lookups >= 1);
  for (const auto& r : *due)
    CHECK(f.fake.uploadsPerId.value(r.id) == 0);
}

TEST_CASE("a record the registry keeps failing backs off on its own, escalating and capped, and "
          "never holds back the others",
          "[sync]") {
  RunnerFixture f;
  f.settings.batchRecords = 100;
  const QStringList ids = test::fillQueue(f.kiosk, f.registry, 501);
  const QString failing = ids.at(250);
  f.fake.retryAlways.insert(failing);
  store::RecordReader reader(*f.kiosk.db);
  const BackoffPolicy policy;
  auto runner = f.runner();

  // One pass over the queue (no waiting): the 500 others are accepted.
  DrainSummary s = runner.drain(0, f.waiter(), false);
  CHECK(s.accepted == 500);
  CHECK(s.retried == 1);
  CHECK(f.count("accepted") == 500);
  CHECK(f.count("sealed") == 1);

  QList<qint64> delays;
  int captured = 501;
  for (int attempt = 1; attempt <= 14; ++attempt) {
    INFO("attempt " << attempt);
    const auto meta = reader.find(failing).value();
    REQUIRE(meta);
    REQUIRE(meta->status == store::RecordStatus::Sealed);
    CHECK(meta->attempts == attempt); // kept across drains
    REQUIRE(meta->nextAttemptAt);
    const qint64 delay = *meta->nextAttemptAt - f.kiosk.clock.nowMs();
    CHECK(delay > 0);
    CHECK(delay <= qMin(policy.capMs, policy.baseMs << (attempt - 1)));
    delays << delay;

    // Records captured while it waits go at once; it is not sent before its time.
    test::fillQueue(f.kiosk, f.registry, 3, 100 + attempt);
    captured += 3;
    s = runner.drain(0, f.waiter(), false);
    CHECK(s.accepted == 3);
    CHECK(s.retried == 0);
    CHECK(f.fake.uploadsPerId.value(failing) == attempt);

    // Its time comes: sent once more, answered "retry" again.
    f.kiosk.clock.setMs(*meta->nextAttemptAt);
    s = runner.drain(0, f.waiter(), false);
    CHECK(s.retried == 1);
    CHECK(f.fake.uploadsPerId.value(failing) == attempt + 1);
  }
  CHECK(f.count("accepted") == captured - 1);

  // Escalating: the late waits are far past the first ones' ceiling, and none past the cap.
  const qint64 lateLongest = *std::max_element(delays.begin() + 10, delays.end());
  CHECK(lateLongest > policy.baseMs << 4);
  CHECK(*std::max_element(delays.begin(), delays.end()) <= policy.capMs);

  // When the registry takes it at last, it settles like any other.
  f.fake.retryAlways.clear();
  f.kiosk.clock.setMs(*reader.find(failing).value()->nextAttemptAt);
  s = runner.drain(0, f.waiter(), false);
  CHECK(s.accepted == 1);
  CHECK(s.complete);
  CHECK(f.count("accepted") == captured);
  CHECK(reader.find(failing).value()->registryNumber == f.fake.numbers.value(failing));
}
