// Benchmarks of the encrypted queue (docs/performance.md). Prints JSON lines:
//   finalise latency p50/p99 over N registrations (validate, seal, durable commit);
//   bytes per record on disk; database open time with 100,000 records vs empty;
//   scrypt cost of one sign-in with the production parameters.
// Usage: camie_store_bench [--records N] [--dir DIR]   (default N = 10000)
#include "bench_util.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/domain/demo_registrations.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/record_reader.h"
#include "core/store/registration_queue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

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
  return (counts.ok() && oldest.ok()) ? static_cast<double>(t.nsecsElapsed()) / 1e6 : -1;
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
    if (!vault.initialise(QStringLiteral("tech1"), QStringLiteral("480913")))
      return 1;
    std::vector<double> ms;
    for (int i = 0; i < 10; ++i) {
      QElapsedTimer t;
      t.start();
      if (!vault.signIn(QStringLiteral("tech1"), QStringLiteral("480913")))
        return 1;
      ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
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
    if (!vault.initialise(QStringLiteral("tech1"), QStringLiteral("480913")))
      return 1;
    std::vector<double> wrongMs;
    std::vector<double> unknownMs;
    for (int i = 0; i < 8; ++i) {
      QElapsedTimer t;
      t.start();
      if (vault.signIn(QStringLiteral("tech1"), QStringLiteral("480914")))
        return 1;
      wrongMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
      t.restart();
      if (vault.signIn(QStringLiteral("ghost"), QStringLiteral("480914")))
        return 1;
      unknownMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
      if (!vault.signIn(QStringLiteral("tech1"), QStringLiteral("480913"))) // resets the count
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
                     .initialise(QStringLiteral("tech1"), QStringLiteral("480913"));
  store::RegistrationQueue queue(**db, clock, QStringLiteral("kiosk-bench"), 7);
  domain::DemoRegistrations demo(*reference->gazetteer, clock.now().date(), 1);
  std::vector<double> latencies;
  latencies.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const QJsonObject answers = demo.next().answers;
    QElapsedTimer t;
    t.start();
    auto outcome = queue.finalise(*session, *reference, answers);
    latencies.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    if (!outcome || !outcome->ok()) {
      std::fprintf(stderr, "bench: finalise failed\n");
      return 1;
    }
  }
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("finalise")},
                    {QStringLiteral("records"), n},
                    {QStringLiteral("p50_ms"), bench::percentile(latencies, 50)},
                    {QStringLiteral("p99_ms"), bench::percentile(latencies, 99)},
                    {QStringLiteral("max_ms"), bench::percentile(latencies, 100)},
                    {QStringLiteral("budget_p99_ms"), 5}});

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
