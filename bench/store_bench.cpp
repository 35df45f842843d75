// Benchmarks of the encrypted queue (docs/performance.md). Prints JSON lines:
//   finalise latency p50/p99 over N registrations (validate, seal, durable commit;
//   the seal's ephemeral key made before, as the kiosk makes it after a draft is saved),
//   against the limit measured in the same run: one bare durable commit of a
//   row of the same size in a database beside it (WAL, synchronous=FULL);
//   the share of finalises that ran beside the WAL's copy-back (the checkpoint
//   thread) and the p99 of the others;
//   bytes per record on disk; database open time with 100,000 records vs empty;
//   scrypt cost of one sign-in with the production parameters.
// Usage: camie_store_bench [--records N] [--dir DIR]   (default N = 10000)
#include "bench_util.h"
#include "core/crypto/hpke.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/domain/demo_registrations.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/record_reader.h"
#include "core/store/record_search.h"
#include "core/store/registration_queue.h"
#include "core/store/sqlite_database.h"
#include "core/store/sqlite_statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstring>

using namespace camie;

namespace {

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray keysJson(const QByteArray& publicKey) {
  const QJsonObject key{{QStringLiteral("kid"), QStringLiteral("reg-bench")},
                        {QStringLiteral("suite"), QStringLiteral("X25519-SHA256-AES128GCM")},
                        {QStringLiteral("public"), QString::fromLatin1(publicKey.toBase64())},
                        {QStringLiteral("not_before"), 0},
                        {QStringLiteral("not_after"), 4102444800LL}};
  return QJsonDocument(QJsonObject{{QStringLiteral("registry"), QJsonArray{key}}}).toJson();
}

// Open as the kiosk does at start-up: open, migrate, read the counts.
double openMs(const QString& path) {
  QElapsedTimer t;
  t.start();
  auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::Never);
  if (!db)
    return -1;
  auto counts = store::RecordReader(**db).countByStatus();
  auto oldest = store::RecordReader(**db).oldestQueuedCapturedAt();
  return (counts.ok() && oldest.ok()) ? bench::msSince(t) : -1;
}

// The disk's own price of one registration: a database opened as the kiosk
// opens its queue (WAL, synchronous=FULL), one INSERT of `rowBytes` bytes in
// its own transaction — nothing but the durable commit a finalise must pay.
class BareCommit {
public:
  static std::unique_ptr<BareCommit> open(const QString& path) {
    auto db = store::SqliteDatabase::open(path, store::SqliteDatabase::Mode::ReadWriteCreate);
    if (!db || !(*db)->exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"))
      return nullptr;
    return std::unique_ptr<BareCommit>(new BareCommit(std::move(*db)));
  }

  // Milliseconds for one durable commit of a row of `rowBytes`, or -1.
  double commitMs(int rowBytes) {
    QByteArray body(rowBytes, '\0');
    for (int i = 0; i < rowBytes; ++i)
      body[i] = static_cast<char>((i * 131 + next_) & 0xff);
    QElapsedTimer t;
    t.start();
    auto insert = db_->prepare("INSERT INTO rows (id, body) VALUES (?, ?)");
    if (!insert || !insert->bind(1, static_cast<qint64>(++next_)).bind(2, body).run())
      return -1;
    return bench::msSince(t);
  }

private:
  explicit BareCommit(std::unique_ptr<store::SqliteDatabase> db) : db_(std::move(db)) {}
  std::unique_ptr<store::SqliteDatabase> db_;
  qint64 next_ = 0;
};

// Frames in a WAL database's log now: the wal-index header's mxFrame (offset
// 16 of the -shm file, native byte order; sqlite.org/walformat.html), 0 when
// there is none. Falls when a commit restarts the log after a checkpoint.
quint32 walFrames(const QString& databasePath) {
  QFile shm(databasePath + QStringLiteral("-shm"));
  if (!shm.open(QIODevice::ReadOnly))
    return 0;
  const QByteArray header = shm.read(20);
  if (header.size() < 20)
    return 0;
  quint32 frames = 0;
  std::memcpy(&frames, header.constData() + 16, sizeof frames);
  return frames;
}

// A millisecond's pause before each timed commit, as a kiosk's disk has
// between two registrations. On the build machine's virtual disk a flush
// issued right after another takes about twice as long (bare commits back to
// back: p50 0.32 to 0.40 ms; 0.5 ms apart: 0.15 to 0.20 ms), so without it
// each figure depended on how long the other's tail had left the disk idle.
// Spun, not slept: a sleeping thread's wake-up would add its own tail to both.
void settle() {
  QElapsedTimer spin;
  spin.start();
  while (spin.nsecsElapsed() < 1000000) {
  }
}

double medianOpenMs(const QString& path) {
  std::vector<double> runs;
  for (int i = 0; i < 15; ++i)
    runs.push_back(openMs(path));
  return bench::percentile(runs, 50);
}

} // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  const int n = args.contains(QStringLiteral("--records"))
                    ? args.value(args.indexOf(QStringLiteral("--records")) + 1).toInt()
                    : 10000;
  QTemporaryDir tmp(args.contains(QStringLiteral("--dir"))
                        ? args.value(args.indexOf(QStringLiteral("--dir")) + 1) +
                              QStringLiteral("/bench-XXXXXX")
                        : QString());
  const QString gazetteerPath = QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json");

  auto registry = crypto::X25519KeyPair::generate();
  auto reference = refdata::ReferenceSet::fromDocuments({}, readFile(gazetteerPath),
                                                        keysJson(registry->publicKey));
  if (!reference) {
    std::fprintf(stderr, "bench: %s\n", qPrintable(reference.error().message));
    return 1;
  }
  SystemClock clock;

  // Scrypt: the production cost of one sign-in.
  {
    const QString path = tmp.filePath(QStringLiteral("signin.db"));
    auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::IfMissing);
    store::KeyVault vault(**db, clock);
    if (!vault.initialise(QStringLiteral("tech1"), QStringLiteral("4809135726")))
      return 1;
    std::vector<double> ms;
    for (int i = 0; i < 10; ++i) {
      QElapsedTimer t;
      t.start();
      if (!vault.signIn(QStringLiteral("tech1"), QStringLiteral("4809135726")))
        return 1;
      ms.push_back(bench::msSince(t));
    }
    const auto params = crypto::ScryptParams::defaults();
    bench::printLine({{QStringLiteral("bench"), QStringLiteral("sign_in_scrypt")},
                      {QStringLiteral("n"), static_cast<qint64>(params.n)},
                      {QStringLiteral("r"), static_cast<qint64>(params.r)},
                      {QStringLiteral("p"), static_cast<qint64>(params.p)},
                      {QStringLiteral("median_ms"), bench::percentile(ms, 50)},
                      {QStringLiteral("budget_ms"), 400}});
  }

  // Sign-in takes the same time for an unknown id as for a wrong PIN (the
  // unknown id runs scrypt against a dummy slot): the ratio should be ~1.
  {
    const QString path = tmp.filePath(QStringLiteral("signin-timing.db"));
    auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::IfMissing);
    store::KeyVault vault(**db, clock);
    if (!vault.initialise(QStringLiteral("tech1"), QStringLiteral("4809135726")))
      return 1;
    std::vector<double> wrongMs;
    std::vector<double> unknownMs;
    for (int i = 0; i < 8; ++i) {
      QElapsedTimer t;
      t.start();
      if (vault.signIn(QStringLiteral("tech1"), QStringLiteral("480914")))
        return 1;
      wrongMs.push_back(bench::msSince(t));
      t.restart();
      if (vault.signIn(QStringLiteral("ghost"), QStringLiteral("480914")))
        return 1;
      unknownMs.push_back(bench::msSince(t));
      if (!vault.signIn(QStringLiteral("tech1"), QStringLiteral("4809135726"))) // resets the count
        return 1;
    }
    const double wrong = bench::percentile(wrongMs, 50);
    const double unknown = bench::percentile(unknownMs, 50);
    bench::printLine({{QStringLiteral("bench"), QStringLiteral("sign_in_unknown_vs_wrong")},
                      {QStringLiteral("wrong_pin_median_ms"), wrong},
                      {QStringLiteral("unknown_id_median_ms"), unknown},
                      {QStringLiteral("ratio"), wrong > 0 ? unknown / wrong : 0.0}});
  }

  // Finalise latency over N registrations.
  const QString path = tmp.filePath(QStringLiteral("kiosk.db"));
  auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::IfMissing);
  crypto::ScryptParams cheap;
  cheap.n = 1024;
  cheap.r = 8;
  cheap.p = 1;
  auto session = store::KeyVault(**db, clock, cheap)
                     .initialise(QStringLiteral("tech1"), QStringLiteral("4809135726"));
  store::RegistrationQueue queue(**db, clock, QStringLiteral("kiosk-bench"), 7);
  domain::DemoRegistrations demo(*reference->gazetteer, clock.now().date(), 1);
  // The size of a stored registration row: measured on a first one.
  auto bare = BareCommit::open(tmp.filePath(QStringLiteral("bare.db")));
  if (!bare)
    return 1;
  std::vector<double> latencies;
  std::vector<double> bareLatencies;
  latencies.reserve(static_cast<size_t>(n));
  bareLatencies.reserve(static_cast<size_t>(n));
  int rowBytes = 0;
  // Finalises whose commit ran while the checkpoint thread copied the log
  // back: the one before left it at the threshold or more (so it asked for a
  // copy), and this one appended to it instead of restarting it (the copy was
  // not done). Their commit's flush waits for the copy's writes too.
  std::vector<double> besideCheckpoint;
  std::vector<double> others;
  for (int i = 0; i < n; ++i) {
    const QJsonObject answers = demo.next().answers;
    // As the kiosk does after saving a draft, while the teller types.
    if (!crypto::Hpke::makeSpareEphemeral())
      return 1;
    settle();
    const quint32 framesBefore = walFrames(path);
    QElapsedTimer t;
    t.start();
    auto outcome = queue.finalise(*session, *reference, answers);
    latencies.push_back(bench::msSince(t));
    const quint32 framesAfter = walFrames(path);
    (framesBefore >= store::SqliteDatabase::kCheckpointPages && framesAfter > framesBefore
         ? besideCheckpoint
         : others)
        .push_back(latencies.back());
    if (!outcome || !outcome->ok()) {
      std::fprintf(stderr, "bench: finalise failed\n");
      return 1;
    }
    if (rowBytes == 0) {
      auto size = (*db)->queryInt(
          "SELECT length(local_copy) + length(sealed_enc) + length(sealed_ct) + length(id) + "
          "length(form_id) + length(form_version) + length(operator_id) + "
          "length(sealed_key_id) + length(sealed_suite) FROM records LIMIT 1");
      if (!size || *size <= 0)
        return 1;
      rowBytes = static_cast<int>(*size);
    }
    // Interleaved, so both pay the same disk and the same neighbours.
    settle();
    const double bareMs = bare->commitMs(rowBytes);
    if (bareMs < 0)
      return 1;
    bareLatencies.push_back(bareMs);
  }
  const double p50 = bench::percentile(latencies, 50);
  const double p99 = bench::percentile(latencies, 99);
  const double bareP50 = bench::percentile(bareLatencies, 50);
  const double bareP99 = bench::percentile(bareLatencies, 99);
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("finalise")},
                    {QStringLiteral("records"), n},
                    {QStringLiteral("p50_ms"), p50},
                    {QStringLiteral("p99_ms"), p99},
                    {QStringLiteral("max_ms"), bench::percentile(latencies, 100)},
                    {QStringLiteral("budget_p99_ms"), 5}});
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("bare_commit")},
                    {QStringLiteral("row_bytes"), rowBytes},
                    {QStringLiteral("p50_ms"), bareP50},
                    {QStringLiteral("p99_ms"), bareP99}});
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("finalise_over_bare_commit")},
                    {QStringLiteral("p50_ratio"), bareP50 > 0 ? p50 / bareP50 : 0.0},
                    {QStringLiteral("p99_ratio"), bareP99 > 0 ? p99 / bareP99 : 0.0},
                    {QStringLiteral("goal_p99_ratio"), 2}});
  const double othersP99 = bench::percentile(others, 99);
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("finalise_beside_checkpoint")},
                    {QStringLiteral("share"), static_cast<double>(besideCheckpoint.size()) / n},
                    {QStringLiteral("p50_ms"), bench::percentile(besideCheckpoint, 50)},
                    {QStringLiteral("others_p99_ms"), othersP99},
                    {QStringLiteral("others_p99_ratio"), bareP99 > 0 ? othersP99 / bareP99 : 0.0}});

  // The Records search as a teller types: every record's local copy opened
  // with the data key and matched in memory, on the store thread.
  for (const QString& query :
       {QStringLiteral("so"), QStringLiteral("sok d"), QStringLiteral("012 3"),
        QStringLiteral("7K3Q9"), QStringLiteral("395")}) {
    std::vector<double> runs;
    qsizetype found = 0;
    for (int i = 0; i < 5; ++i) {
      QElapsedTimer t;
      t.start();
      auto result = store::RecordSearch(**db, &*session).find(query, 100);
      runs.push_back(bench::msSince(t));
      if (!result)
        return 1;
      found = result->size();
    }
    bench::printLine({{QStringLiteral("bench"), QStringLiteral("records_search")},
                      {QStringLiteral("records"), n},
                      {QStringLiteral("query_chars"), query.size()},
                      {QStringLiteral("found"), found},
                      {QStringLiteral("p50_ms"), bench::percentile(runs, 50)}});
  }

  if (!(*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)"))
    return 1;
  const qint64 bytes = QFileInfo(path).size();
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("bytes_per_record")},
                    {QStringLiteral("records"), n},
                    {QStringLiteral("file_bytes"), bytes},
                    {QStringLiteral("bytes_per_record"), static_cast<double>(bytes) / n}});

  // Open time: an empty kiosk against one with 100,000 queued records (copies
  // of real sealed rows under new ids, so sizes and indexes are realistic).
  const QString empty = tmp.filePath(QStringLiteral("empty.db"));
  {
    auto e = store::KioskDatabase::open(empty, store::KioskDatabase::Create::IfMissing);
    if (!e)
      return 1;
  }
  if (!(*db)->exec("PRAGMA synchronous=OFF; BEGIN;"
                   "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k "
                   "  WHERE i < 100000 - (SELECT count(*) FROM records)) "
                   "INSERT INTO records (id, revision, status, form_id, form_version, "
                   "  operator_id, created_at, updated_at, captured_at, next_attempt_at, "
                   "  local_schema, local_copy, sealed_key_id, sealed_suite, sealed_enc, "
                   "  sealed_ct) "
                   "SELECT printf('bulk-%08d', i), r.revision, r.status, r.form_id, "
                   "  r.form_version, r.operator_id, r.created_at, r.updated_at, "
                   "  r.captured_at, r.next_attempt_at, r.local_schema, r.local_copy, "
                   "  r.sealed_key_id, r.sealed_suite, r.sealed_enc, r.sealed_ct "
                   "FROM k JOIN records AS r ON r.rowid = 1 + (k.i % 1000);"
                   "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);"))
    return 1;
  db->reset();
  const double emptyMs = medianOpenMs(empty);
  const double fullMs = medianOpenMs(path);
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("open_time")},
                    {QStringLiteral("records"), 100000},
                    {QStringLiteral("empty_ms"), emptyMs},
                    {QStringLiteral("full_ms"), fullMs},
                    {QStringLiteral("ratio"), fullMs / emptyMs},
                    {QStringLiteral("budget_ratio"), 1.1}});
  return 0;
}
