// Benchmarks of the kiosk's user interface, offscreen (docs/performance.md).
// Not a test: it prints figures, as JSON lines, one per measurement:
//   cold_start: the real camie-kiosk (--self-test, a child process) from spawn
//     until the sign-in screen's first frame, and its peak RSS;
//   address_search: each keystroke of Khmer and Latin queries typed into
//     AddressPickerModel over the full gazetteer (14,444 villages);
//   frames: the real QML UI (KioskApp) on the sync screen, asked for a frame
//     every 16 ms, first idle and then while it drains N queued records to
//     camdx-sim (a child process), with what the GUI thread did in between;
//   address_search_ui: the same queries typed into the real address picker,
//     key press to the frame showing the new list.
// Usage: camie_ui_bench [--runs N] [--records N] [--search-rounds N]
//                       [--only start,search,frames] [--dir DIR]
//   (defaults: 5 cold starts, 10000 records, 20 rounds of the queries)
#include "app/config/kiosk_config.h"
#include "app/kiosk/kiosk_app.h"
#include "bench_util.h"
#include "core/crypto/x25519_key_pair.h"
#include "core/domain/demo_registrations.h"
#include "core/domain/gazetteer.h"
#include "core/store/key_vault.h"
#include "core/store/kiosk_database.h"
#include "core/store/reference_data_store.h"
#include "core/store/registration_queue.h"
#include "core/sync/http_client.h"
#include "core/sync/registry_client.h"
#include "core/sync/sync_service.h"
#include "core/trust/signed_keys.h"
#include "support/cheap_scrypt.h"
#include "support/window_driver.h"
#include "ui/models/address_picker_model.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QProcess>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <mutex>

using namespace camie;

namespace {

constexpr auto kTechnician = "tech1";
constexpr auto kTechnicianPin = "4809135726";
constexpr auto kTeller = "teller1";
constexpr auto kTellerPin = "730284";
constexpr auto kClientId = "CAMBODIA/COM/ACLEDA/KIOSK";
constexpr auto kServiceId = "CAMBODIA/GOV/MISTI/IE-REGISTRY/ie-registration";

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gazetteerJson() {
  static const QByteArray json =
      readFile(QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"));
  return json;
}

[[noreturn]] void fail(const QString& message) {
  std::fprintf(stderr, "camie_ui_bench: %s\n", qPrintable(message));
  std::exit(1);
}

// The roots file of the running camdx-sim (its registry root signs the keys
// document and the receipts): the kiosks of the benchmark trust it.
QString& simRootsFile() {
  static QString path;
  return path;
}

// camdx-sim as a child process: plain HTTP on an ephemeral loopback port.
class Simulator {
public:
  explicit Simulator(const QString& stateDir) {
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.start(QStringLiteral(CAMDX_SIM_PATH),
                   {QStringLiteral("--state-dir"), stateDir, QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--gazetteer"),
                    QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"),
                    QStringLiteral("--quiet")});
    QByteArray out;
    const QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && process_.state() != QProcess::NotRunning &&
           !deadline.hasExpired()) {
      process_.waitForReadyRead(100);
      out += process_.readAllStandardOutput();
    }
    const QJsonObject ready = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    url_ = ready.value(QStringLiteral("url")).toString();
    simRootsFile() = ready.value(QStringLiteral("rootsFile")).toString();
    if (url_.isEmpty())
      fail(QStringLiteral("camdx-sim did not start"));
  }
  ~Simulator() {
    process_.terminate();
    if (!process_.waitForFinished(10000))
      process_.kill();
    process_.waitForFinished();
  }
  Simulator(const Simulator&) = delete;
  Simulator& operator=(const Simulator&) = delete;

  QString url() const { return url_; }

  // The registry's keys document, as a reference refresh would store it.
  QByteArray keys() const {
    sync::TransportSettings transport;
    transport.allowPlainHttp = true;
    sync::HttpClient http(transport);
    SystemClock clock;
    sync::RegistryClient client(http,
                                {url_,
                                 *sync::XRoadIdentifier::parse(QString::fromLatin1(kClientId), 4),
                                 *sync::XRoadIdentifier::parse(QString::fromLatin1(kServiceId), 5),
                                 QStringLiteral("KH-bench")},
                                clock);
    auto keys = client.fetchReference(QStringLiteral("keys"), {});
    if (!keys.ok())
      fail(QStringLiteral("cannot fetch the registry keys from camdx-sim"));
    auto roots = trust::RegistryRoots::load({simRootsFile()});
    if (!roots)
      fail(roots.error().message);
    auto verified =
        trust::SignedKeys::verify(keys.value().body, *roots, 0, QStringLiteral("camdx-sim"));
    if (!verified)
      fail(verified.error().message);
    return verified->document;
  }

private:
  QProcess process_;
  QString url_;
};

// A kiosk database as enrolment leaves it: a technician and a teller (cheap
// scrypt, so signing in does not dominate), the gazetteer and the keys.
void prepareKiosk(const QString& path, const QByteArray& keys) {
  auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::IfMissing);
  if (!db)
    fail(db.error().message);
  SystemClock clock;
  store::KeyVault vault(**db, clock, test::cheapScrypt());
  auto tech =
      vault.initialise(QString::fromLatin1(kTechnician), QString::fromLatin1(kTechnicianPin));
  if (!tech)
    fail(QStringLiteral("cannot set up the operators"));
  // The teller's one-time PIN, replaced as at their first sign-in.
  auto once = vault.addOperator(*tech, QString::fromLatin1(kTeller), store::OperatorRole::Teller);
  if (!once ||
      !vault.changeSecret(QString::fromLatin1(kTeller), *once, QString::fromLatin1(kTellerPin)))
    fail(QStringLiteral("cannot set up the operators"));
  store::ReferenceDataStore refdata(**db);
  if (!refdata.put({QStringLiteral("keys"), {}, keys, 0}, QStringLiteral("bench")) ||
      !refdata.put({QStringLiteral("gazetteer"), {}, gazetteerJson(), 0}, QStringLiteral("bench")))
    fail(QStringLiteral("cannot store the reference data"));
}

// Finalises `n` synthetic registrations into the queue (as the technician).
double fillQueue(const QString& path, const QByteArray& keys, int n) {
  QElapsedTimer t;
  t.start();
  auto db = store::KioskDatabase::open(path, store::KioskDatabase::Create::Never);
  if (!db || !(*db)->exec("PRAGMA synchronous=OFF"))
    fail(QStringLiteral("cannot open the queue"));
  SystemClock clock;
  auto session = store::KeyVault(**db, clock, test::cheapScrypt())
                     .signIn(QString::fromLatin1(kTechnician), QString::fromLatin1(kTechnicianPin));
  auto reference = refdata::ReferenceSet::fromDocuments({}, gazetteerJson(), keys);
  if (!session || !reference)
    fail(QStringLiteral("cannot sign in or read the reference data"));
  store::RegistrationQueue queue(**db, clock, QStringLiteral("kiosk-bench"), 7);
  domain::DemoRegistrations demo(*reference->gazetteer, clock.now().date(), 1);
  for (int i = 0; i < n; ++i) {
    auto outcome = queue.finalise(*session, *reference, demo.next().answers);
    if (!outcome || !outcome->ok())
      fail(QStringLiteral("finalise failed"));
  }
  return bench::msSince(t);
}

QString writeConfig(const QString& dir, const QString& endpoint) {
  const QString path = dir + QStringLiteral("/kiosk.conf");
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    fail(QStringLiteral("cannot write %1").arg(path));
  f.write(QStringLiteral("[ui]\nlanguage=km\nfullscreen=false\n"
                         "[store]\ndatabase=kiosk.db\n"
                         "[device]\nid=kiosk-bench\n"
                         "[sync]\nendpoint=%1\nconnection=http\nclient=%2\n"
                         "[trust]\nregistry_roots=%3\n")
              .arg(endpoint, QString::fromLatin1(kClientId), simRootsFile())
              .toUtf8());
  return path;
}

// --- 1. Cold start -----------------------------------------------------------

struct StartRun {
  double firstFrameMs = -1; // spawn → "self-test: first frame" on stdout
  double exitMs = -1;       // spawn → exited (after the self-test's checks)
  double hwmAtFrameMb = -1; // VmHWM when the first frame was reported
  double peakRssMb = -1;    // ru_maxrss of the whole run
  int exitCode = -1;
};

double vmHwmMb(pid_t pid) {
  const QByteArray status = readFile(QStringLiteral("/proc/%1/status").arg(pid));
  for (const QByteArray& line : status.split('\n')) {
    if (line.startsWith("VmHWM:"))
      return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
  }
  return -1;
}

// Spawns camie-kiosk --self-test with posix_spawn (not QProcess, so that
// wait4 can collect this very child's resource usage).
StartRun coldStart(const QString& configPath, const QString& errPath) {
  const QByteArrayList args{QByteArray(CAMIE_KIOSK_PATH), "--self-test", "--config",
                            configPath.toLocal8Bit()};
  QByteArrayList envList; // ours: offscreen, a runtime folder (main)
  for (const QString& entry : QProcessEnvironment::systemEnvironment().toStringList())
    envList << entry.toLocal8Bit();
  std::vector<char*> argv;
  for (const QByteArray& a : args)
    argv.push_back(const_cast<char*>(a.constData())); // NOLINT: posix_spawn's signature
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (const QByteArray& e : envList)
    envp.push_back(const_cast<char*>(e.constData())); // NOLINT
  envp.push_back(nullptr);

  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0)
    fail(QStringLiteral("pipe failed"));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  const QByteArray err = errPath.toLocal8Bit();
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  StartRun run;
  QElapsedTimer t;
  t.start();
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (spawned != 0)
    fail(QStringLiteral("cannot start %1").arg(QString::fromLatin1(CAMIE_KIOSK_PATH)));

  QByteArray output;
  const QDeadlineTimer deadline(60000);
  for (;;) {
    pollfd fd{out[0], POLLIN, 0};
    const int ready = ::poll(&fd, 1, static_cast<int>(qMax<qint64>(deadline.remainingTime(), 0)));
    if (ready <= 0) {
      ::kill(pid, SIGKILL);
      break;
    }
    char buffer[4096];
    const ssize_t n = ::read(out[0], buffer, sizeof buffer);
    if (n <= 0)
      break; // the child closed its stdout: it is exiting
    output.append(buffer, n);
    if (run.firstFrameMs < 0 && output.contains("self-test: first frame\n")) {
      run.firstFrameMs = bench::msSince(t);
      run.hwmAtFrameMb = vmHwmMb(pid);
    }
  }
  ::close(out[0]);
  int status = 0;
  rusage usage{};
  if (::wait4(pid, &status, 0, &usage) == pid) {
    run.exitMs = bench::msSince(t);
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // kB on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  return run;
}

void benchColdStart(const QString& dir, const QByteArray& keys, const QString& endpoint, int runs) {
  prepareKiosk(dir + QStringLiteral("/kiosk.db"), keys);
  const QString config = writeConfig(dir, endpoint);
  std::vector<double> frame;
  std::vector<double> exit;
  std::vector<double> rss;
  std::vector<double> hwm;
  for (int i = 0; i < runs; ++i) {
    const QString errPath = dir + QStringLiteral("/stderr-%1.log").arg(i);
    const StartRun run = coldStart(config, errPath);
    if (run.firstFrameMs < 0)
      fail(QStringLiteral("camie-kiosk showed no frame; its messages: %1")
               .arg(QString::fromLocal8Bit(readFile(errPath))));
    bench::printLine({{QStringLiteral("bench"), QStringLiteral("cold_start_run")},
                      {QStringLiteral("run"), i + 1},
                      {QStringLiteral("first_frame_ms"), run.firstFrameMs},
                      {QStringLiteral("exit_ms"), run.exitMs},
                      {QStringLiteral("vmhwm_at_first_frame_mb"), run.hwmAtFrameMb},
                      {QStringLiteral("peak_rss_mb"), run.peakRssMb},
                      {QStringLiteral("self_test_exit_code"), run.exitCode}});
    frame.push_back(run.firstFrameMs);
    exit.push_back(run.exitMs);
    rss.push_back(run.peakRssMb);
    hwm.push_back(run.hwmAtFrameMb);
  }
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("cold_start")},
                    {QStringLiteral("runs"), runs},
                    {QStringLiteral("first_frame_median_ms"), bench::percentile(frame, 50)},
                    {QStringLiteral("first_frame_max_ms"), bench::percentile(frame, 100)},
                    {QStringLiteral("exit_median_ms"), bench::percentile(exit, 50)},
                    {QStringLiteral("vmhwm_at_first_frame_max_mb"), bench::percentile(hwm, 100)},
                    {QStringLiteral("peak_rss_median_mb"), bench::percentile(rss, 50)},
                    {QStringLiteral("peak_rss_max_mb"), bench::percentile(rss, 100)},
                    {QStringLiteral("goal_ms"), 800},
                    {QStringLiteral("goal_rss_mb"), 120}});
}

// --- 2. Address search -------------------------------------------------------

// Whole village names, in Khmer and in Latin letters, typed one character (one
// code point) at a time as a teller would. Once a few letters are in, each
// matches only a handful of units, so the search scans the whole gazetteer
// without stopping at the 60th result.
const QStringList& searchQueries() {
  static const QStringList queries{QStringLiteral("ព្រៃមាន់"),
                                   QStringLiteral("ទឹកឃ្លាំង"),
                                   QStringLiteral("កែវសុវណ្ណក្រោម"),
                                   QStringLiteral("ទួលធ្នង់"),
                                   QStringLiteral("prey moan"),
                                   QStringLiteral("Tuek Khleang"),
                                   QStringLiteral("kaev sovann kraom"),
                                   QStringLiteral("Tuol Thnong")};
  return queries;
}

void benchAddressSearch(int rounds) {
  auto gazetteer = domain::Gazetteer::fromJson(gazetteerJson());
  if (!gazetteer)
    fail(gazetteer.error().message);
  ui::AddressPickerModel model;
  QElapsedTimer t;
  t.start();
  model.setGazetteer(*gazetteer);
  const double indexMs = bench::msSince(t);

  const QStringList khmer = searchQueries().mid(0, 4);
  const QStringList latin = searchQueries().mid(4);
  // Wall time, and the thread's CPU time: on a busy machine the wall time's
  // tail is the scheduler's, not the search's.
  std::vector<double> all;
  std::vector<double> allCpu;
  const auto type = [&](const QStringList& queries, const QString& script) {
    std::vector<double> ms;
    std::vector<double> cpu;
    int results = 0;
    for (int round = 0; round < rounds; ++round) {
      for (const QString& query : queries) {
        model.reset();
        for (qsizetype i = 1; i <= query.size(); ++i) {
          const QString prefix = query.left(i);
          const double cpu0 = bench::threadCpuMs();
          QElapsedTimer k;
          k.start();
          model.setQuery(prefix);
          ms.push_back(bench::msSince(k));
          cpu.push_back(bench::threadCpuMs() - cpu0);
          results += static_cast<int>(model.items().size());
        }
      }
    }
    all.insert(all.end(), ms.begin(), ms.end());
    allCpu.insert(allCpu.end(), cpu.begin(), cpu.end());
    bench::printLine({{QStringLiteral("bench"), QStringLiteral("address_search")},
                      {QStringLiteral("script"), script},
                      {QStringLiteral("keystrokes"), static_cast<qint64>(ms.size())},
                      {QStringLiteral("mean_results"),
                       static_cast<double>(results) / static_cast<double>(ms.size())},
                      {QStringLiteral("p50_ms"), bench::percentile(ms, 50)},
                      {QStringLiteral("p99_ms"), bench::percentile(ms, 99)},
                      {QStringLiteral("max_ms"), bench::percentile(ms, 100)},
                      {QStringLiteral("cpu_p99_ms"), bench::percentile(cpu, 99)},
                      {QStringLiteral("cpu_max_ms"), bench::percentile(cpu, 100)},
                      {QStringLiteral("goal_ms"), 5}});
  };
  type(khmer, QStringLiteral("km"));
  type(latin, QStringLiteral("latin"));
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("address_search")},
                    {QStringLiteral("script"), QStringLiteral("all")},
                    {QStringLiteral("villages"), 14444},
                    {QStringLiteral("keystrokes"), static_cast<qint64>(all.size())},
                    {QStringLiteral("p50_ms"), bench::percentile(all, 50)},
                    {QStringLiteral("p99_ms"), bench::percentile(all, 99)},
                    {QStringLiteral("max_ms"), bench::percentile(all, 100)},
                    {QStringLiteral("cpu_p99_ms"), bench::percentile(allCpu, 99)},
                    {QStringLiteral("cpu_max_ms"), bench::percentile(allCpu, 100)},
                    {QStringLiteral("index_ms"), indexMs},
                    {QStringLiteral("goal_ms"), 5}});
}

// --- 3. Frames while syncing ---------------------------------------------------

// Drives the window as the tests' QuickDriver does (tests/support), waiting
// by sleeping between checks; a missing item ends the benchmark.
class Driver : public test::WindowDriver {
public:
  explicit Driver(QQuickWindow* window) : WindowDriver(window, Waiting::Sleep) {}

  QQuickItem* require(const QString& name) {
    QQuickItem* item = waitForItem(name, 30000);
    if (!item)
      fail(QStringLiteral("no item named %1 appeared").arg(name));
    return item;
  }
  void click(const QString& name) {
    QMetaObject::invokeMethod(require(name), "clicked");
    QCoreApplication::processEvents();
  }
  void type(const QString& name, const QString& text) {
    QQuickItem* item = require(name);
    item->setProperty("text", text);
    QMetaObject::invokeMethod(item, "editingFinished");
    QCoreApplication::processEvents();
  }
};

// The time between frames (frameSwapped, which may come from a render
// thread), and what the GUI thread did in between: its time on a CPU and its
// time waiting for one (/proc/.../schedstat), so that a long frame can be told
// apart as the kiosk's own work or a machine too busy to run it.
class FrameRecorder {
public:
  struct Interval {
    double ms;        // frame to frame
    double guiCpuMs;  // the GUI thread on a CPU
    double guiWaitMs; // the GUI thread ready to run, waiting for a CPU
  };

  explicit FrameRecorder(QQuickWindow* window)
      : schedstat_(QStringLiteral("/proc/self/task/%1/schedstat").arg(::gettid())) {
    clock_.start();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [this] {
          const Sample sample = now();
          const std::lock_guard lock(mutex_);
          swaps_.push_back(sample);
          onGuiThread_ = onGuiThread_ && QThread::currentThread() == qApp->thread();
        },
        Qt::DirectConnection);
  }

  struct Sample {
    qint64 ns = 0;
    qint64 cpuNs = 0;
    qint64 waitNs = 0;
  };
  Sample now() const {
    Sample s{clock_.nsecsElapsed(), 0, 0};
    QFile f(schedstat_);
    if (f.open(QIODevice::ReadOnly)) {
      const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
      s.cpuNs = fields.value(0).toLongLong();
      s.waitNs = fields.value(1).toLongLong();
    }
    return s;
  }
  // The number of frames so far and the time of the last one.
  std::pair<size_t, qint64> last() {
    const std::lock_guard lock(mutex_);
    return {swaps_.size(), swaps_.empty() ? 0 : swaps_.back().ns};
  }
  bool renderedOnGuiThread() {
    const std::lock_guard lock(mutex_);
    return onGuiThread_;
  }

  // The intervals between the swaps in [from, to).
  std::vector<Interval> intervals(const Sample& from, const Sample& to) {
    const std::lock_guard lock(mutex_);
    std::vector<Interval> list;
    const Sample* previous = nullptr;
    for (const Sample& swap : swaps_) {
      if (swap.ns < from.ns || swap.ns >= to.ns)
        continue;
      if (previous)
        list.push_back({static_cast<double>(swap.ns - previous->ns) / 1e6,
                        static_cast<double>(swap.cpuNs - previous->cpuNs) / 1e6,
                        static_cast<double>(swap.waitNs - previous->waitNs) / 1e6});
      previous = &swap;
    }
    return list;
  }

private:
  QElapsedTimer clock_;
  QString schedstat_; // the GUI thread's
  std::mutex mutex_;
  std::vector<Sample> swaps_;
  bool onGuiThread_ = true;
};

void printFrames(const QString& phase, const std::vector<FrameRecorder::Interval>& intervals,
                 const FrameRecorder::Sample& from, const FrameRecorder::Sample& to) {
  std::vector<double> ms;
  std::vector<double> cpu;
  std::vector<double> wait;
  QJsonArray slow; // [frame ms, GUI thread on a CPU ms, waiting for a CPU ms]
  for (const auto& i : intervals) {
    ms.push_back(i.ms);
    cpu.push_back(i.guiCpuMs);
    wait.push_back(i.guiWaitMs);
    if (i.ms > 50)
      slow.append(QJsonArray{std::round(i.ms * 10) / 10, std::round(i.guiCpuMs * 10) / 10,
                             std::round(i.guiWaitMs * 10) / 10});
  }
  const double seconds = static_cast<double>(to.ns - from.ns) / 1e9;
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("frames")},
                    {QStringLiteral("phase"), phase},
                    {QStringLiteral("seconds"), seconds},
                    {QStringLiteral("frames"), static_cast<qint64>(ms.size())},
                    {QStringLiteral("p50_ms"), bench::percentile(ms, 50)},
                    {QStringLiteral("p99_ms"), bench::percentile(ms, 99)},
                    {QStringLiteral("max_ms"), bench::percentile(ms, 100)},
                    {QStringLiteral("over_50ms"), static_cast<qint64>(slow.size())},
                    {QStringLiteral("goal_over_50ms"), 0},
                    {QStringLiteral("gui_cpu_share"),
                     static_cast<double>(to.cpuNs - from.cpuNs) / 1e9 / seconds},
                    {QStringLiteral("gui_cpu_per_frame_p99_ms"), bench::percentile(cpu, 99)},
                    {QStringLiteral("gui_cpu_per_frame_max_ms"), bench::percentile(cpu, 100)},
                    {QStringLiteral("gui_waiting_for_cpu_max_ms"), bench::percentile(wait, 100)},
                    {QStringLiteral("slow_frames"), slow}});
}

QString graphicsApiName(QQuickWindow* window) {
  switch (window->rendererInterface()->graphicsApi()) {
  case QSGRendererInterface::Software:
    return QStringLiteral("software");
  case QSGRendererInterface::OpenGL:
    return QStringLiteral("opengl");
  default:
    return QStringLiteral("other");
  }
}

void benchFrames(const QString& dir, const QByteArray& keys, const QString& endpoint, int records) {
  const QString dbPath = dir + QStringLiteral("/kiosk.db");
  prepareKiosk(dbPath, keys);
  app::KioskConfig config = app::ConfigLoader::defaults();
  config.databasePath = dbPath;
  config.deviceId = QStringLiteral("kiosk-bench");
  config.fullScreen = false;
  config.sync.endpoint = endpoint;
  config.sync.connection = QStringLiteral("http");
  config.sync.client = QString::fromLatin1(kClientId);
  config.registryRoots = {simRootsFile()};
  config.sync.intervalSeconds = 3600; // only "Try now" starts the drain
  app::KioskApp kiosk(config, QStringLiteral("km"));
  auto started = kiosk.start();
  if (!started || !kiosk.sync())
    fail(QStringLiteral("the kiosk did not start"));
  QQuickWindow* window = *started;
  window->show();
  Driver d(window);

  // Signed in as a teller, on the sync screen (progress bar, "Sending n of m").
  d.require(QStringLiteral("signInScreen"));
  d.type(QStringLiteral("operatorField"), QString::fromLatin1(kTeller));
  d.type(QStringLiteral("pinField"), QString::fromLatin1(kTellerPin));
  d.click(QStringLiteral("signInButton"));
  d.require(QStringLiteral("homeScreen"));
  d.click(QStringLiteral("syncButton"));
  d.require(QStringLiteral("syncScreen"));
  // The start-up sync (reference data, an empty queue) is over.
  if (!d.waitFor([&] {
        const auto state = kiosk.sync()->status().state;
        return state != sync::SyncStatus::State::Connecting &&
               state != sync::SyncStatus::State::Syncing;
      }))
    fail(QStringLiteral("the start-up sync did not finish"));

  // The queue fills while the kiosk waits (another connection, as kioskctl would).
  const double fillMs = fillQueue(dbPath, keys, records);
  kiosk.store().records().refreshCounts();
  d.waitFor([] { return false; }, 500);

  // A 60 Hz display: a frame is asked for every 16 ms; each one is drawn when
  // the GUI thread gets to it.
  FrameRecorder recorder(window);
  QTimer vsync;
  vsync.setTimerType(Qt::PreciseTimer);
  QObject::connect(&vsync, &QTimer::timeout, window, &QQuickWindow::update);
  vsync.start(16);

  const auto idleFrom = recorder.now();
  d.waitFor([] { return false; }, 3000);
  const auto idleTo = recorder.now();

  int updates = 0;
  bool finished = false;
  sync::SyncStatus last;
  QObject::connect(kiosk.sync(), &sync::SyncService::statusChanged, window,
                   [&](const sync::SyncStatus& status) {
                     ++updates;
                     last = status;
                     finished = status.state != sync::SyncStatus::State::Connecting &&
                                status.state != sync::SyncStatus::State::Syncing;
                   });
  const auto syncFrom = recorder.now();
  d.click(QStringLiteral("syncTryNow"));
  const bool done = d.waitFor([&] { return finished; }, 180000);
  const auto syncTo = recorder.now();
  vsync.stop();

  bench::printLine({{QStringLiteral("bench"), QStringLiteral("ui_drain")},
                    {QStringLiteral("records"), records},
                    {QStringLiteral("fill_seconds"), fillMs / 1000},
                    {QStringLiteral("finished"), done},
                    {QStringLiteral("seconds"), static_cast<double>(syncTo.ns - syncFrom.ns) / 1e9},
                    {QStringLiteral("answered"), static_cast<qint64>(last.done)},
                    {QStringLiteral("remaining"), static_cast<qint64>(last.queued)},
                    {QStringLiteral("status_updates"), updates},
                    {QStringLiteral("graphics_api"), graphicsApiName(window)},
                    {QStringLiteral("rendered_on_gui_thread"), recorder.renderedOnGuiThread()}});
  printFrames(QStringLiteral("idle"), recorder.intervals(idleFrom, idleTo), idleFrom, idleTo);
  printFrames(QStringLiteral("sync"), recorder.intervals(syncFrom, syncTo), syncFrom, syncTo);
  if (!done)
    fail(QStringLiteral("the drain did not finish within 180 s"));

  // The same searches typed into the real address picker: from the key press
  // to the frame that shows the new list (the view-model, the QML bindings,
  // the list's delegates and the drawing).
  d.click(QStringLiteral("syncBack"));
  d.click(QStringLiteral("newRegistrationButton"));
  QQuickItem* screen = d.require(QStringLiteral("registrationScreen"));
  QQmlExpression(qmlContext(screen), screen, QStringLiteral("registration.goToStep(2)")).evaluate();
  d.click(QStringLiteral("pick_village_code"));
  QQuickItem* field = d.require(QStringLiteral("addressSearch"));
  field->forceActiveFocus();
  const auto key = [&](int code, Qt::KeyboardModifiers modifiers, const QString& text) {
    QKeyEvent press(QEvent::KeyPress, code, modifiers, text);
    QCoreApplication::sendEvent(field, &press);
    QKeyEvent release(QEvent::KeyRelease, code, modifiers, text);
    QCoreApplication::sendEvent(field, &release);
  };
  std::vector<double> handlerMs;
  std::vector<double> handlerCpuMs;
  std::vector<double> frameMs;
  for (const QString& query : searchQueries()) {
    key(Qt::Key_A, Qt::ControlModifier, {});
    key(Qt::Key_Backspace, Qt::NoModifier, {});
    d.waitFor([] { return false; }, 100);
    for (const QChar c : query) {
      const auto [frames, previous] = recorder.last();
      const qint64 t0 = recorder.now().ns;
      const char16_t u = c.toLower().unicode();
      const int code = u >= u'a' && u <= u'z' ? Qt::Key_A + (u - u'a')
                       : u == u' '            ? Qt::Key_Space
                                              : Qt::Key_unknown;
      const double cpu0 = bench::threadCpuMs();
      key(code, Qt::NoModifier, QString(c));
      handlerMs.push_back(static_cast<double>(recorder.now().ns - t0) / 1e6);
      handlerCpuMs.push_back(bench::threadCpuMs() - cpu0);
      if (!d.waitFor([&] { return recorder.last().first > frames; }, 5000))
        fail(QStringLiteral("no frame after a keystroke"));
      frameMs.push_back(static_cast<double>(recorder.last().second - t0) / 1e6);
      d.waitFor([] { return false; }, 30); // the next keystroke
    }
  }
  if (field->property("text").toString() != searchQueries().constLast())
    fail(QStringLiteral("the keystrokes did not reach the search field"));
  bench::printLine({{QStringLiteral("bench"), QStringLiteral("address_search_ui")},
                    {QStringLiteral("keystrokes"), static_cast<qint64>(frameMs.size())},
                    {QStringLiteral("handler_p50_ms"), bench::percentile(handlerMs, 50)},
                    {QStringLiteral("handler_p99_ms"), bench::percentile(handlerMs, 99)},
                    {QStringLiteral("handler_max_ms"), bench::percentile(handlerMs, 100)},
                    {QStringLiteral("handler_cpu_p99_ms"), bench::percentile(handlerCpuMs, 99)},
                    {QStringLiteral("to_frame_p50_ms"), bench::percentile(frameMs, 50)},
                    {QStringLiteral("to_frame_p99_ms"), bench::percentile(frameMs, 99)},
                    {QStringLiteral("to_frame_max_ms"), bench::percentile(frameMs, 100)}});
}

QString option(const QStringList& args, const QString& name, const QString& fallback) {
  const auto i = args.indexOf(name);
  return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char* argv[]) {
  QStringList args;
  for (int i = 0; i < argc; ++i)
    args << QString::fromLocal8Bit(argv[i]);
  const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
  const int records = option(args, QStringLiteral("--records"), QStringLiteral("10000")).toInt();
  const int rounds = option(args, QStringLiteral("--search-rounds"), QStringLiteral("20")).toInt();
  const QStringList only =
      option(args, QStringLiteral("--only"), QStringLiteral("start,search,frames")).split(u',');
  const QString base = option(args, QStringLiteral("--dir"), QString());
  QTemporaryDir tmp(base.isEmpty() ? QString() : base + QStringLiteral("/ui-bench-XXXXXX"));
  if (!tmp.isValid())
    fail(QStringLiteral("no temporary folder"));
  for (const char* folder : {"start", "frames", "xdg-runtime"})
    QDir().mkpath(tmp.filePath(QString::fromLatin1(folder)));
  // Offscreen, with a runtime folder (Qt warns without one); the child kiosks
  // inherit both.
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
    const QString runtime = tmp.filePath(QStringLiteral("xdg-runtime"));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
  }
  QGuiApplication app(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("camie.*.info=false")); // per sync batch

  Simulator sim(tmp.filePath(QStringLiteral("sim")));
  const QByteArray keys = sim.keys();
  if (only.contains(QStringLiteral("start")))
    benchColdStart(tmp.filePath(QStringLiteral("start")), keys, sim.url(), runs);
  if (only.contains(QStringLiteral("search")))
    benchAddressSearch(rounds);
  if (only.contains(QStringLiteral("frames")))
    benchFrames(tmp.filePath(QStringLiteral("frames")), keys, sim.url(), records);
  return 0;
}
