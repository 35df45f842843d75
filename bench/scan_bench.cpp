// Benchmarks of scanning (docs/performance.md). Prints JSON lines:
//   decode time of one 1280x720 grey frame — a clean pre-registration code, the
//   same code blurred and noisy, no code — median, p90 and mean over 200 frames:
//   with the camera's decoder (CameraDecoder: PDF417 in every third frame),
//   with every format in one pass, and with QR codes alone;
//   the frame pipeline fed by a simulated 30 fps camera: frames decoded per
//   second, frames dropped, and the delay from frame to result (never growing:
//   frames are dropped, not queued); and the most it can decode when flooded.
// Usage: camie_scan_bench [--frames N] [--seconds S]   (defaults 200 and 6)
#include "bench_util.h"
#include "core/crypto/ed25519.h"
#include "core/scan/barcode_decoder.h"
#include "core/scan/barcode_encoder.h"
#include "core/scan/camera_decoder.h"
#include "core/scan/frame_pipeline.h"
#include "core/scan/ie1_encoder.h"
#include "core/scan/image_frame.h"
#include "core/scan/image_ops.h" // tests/: the scanning tests' desk frame

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <random>

using namespace camie;

namespace {

// What a cheap webcam adds: a little blur, less contrast, sensor noise.
scan::GreyImage camera(const scan::GreyImage& clean, unsigned seed) {
  scan::GreyImage out(clean.width, clean.height);
  std::mt19937 rng(seed);
  std::normal_distribution<double> noise(0.0, 12.0);
  for (int y = 0; y < clean.height; ++y) {
    for (int x = 0; x < clean.width; ++x) {
      int sum = 0;
      for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx)
          sum += clean.at(std::clamp(x + dx, 0, clean.width - 1),
                          std::clamp(y + dy, 0, clean.height - 1));
      }
      const double v = 50 + (sum / 9.0) * 150 / 255 + noise(rng);
      out.set(x, y, static_cast<uchar>(std::clamp(static_cast<int>(std::lround(v)), 0, 255)));
    }
  }
  return out;
}

// A realistic IE1 code: six answers, signed; about 280 characters, QR version 10.
QString preRegistrationText() {
  auto pair = crypto::Ed25519::generate();
  const QJsonObject fields{{QStringLiteral("category"), QStringLiteral("self_employed")},
                           {QStringLiteral("name_km"), QStringLiteral("សុខ ដារា")},
                           {QStringLiteral("name_en"), QStringLiteral("SOK Dara")},
                           {QStringLiteral("phone"), QStringLiteral("012345678")},
                           {QStringLiteral("village_code"), QStringLiteral("12010101")},
                           {QStringLiteral("occupation"), QStringLiteral("Tailor")}};
  auto text = scan::Ie1Encoder::encode(
      u"portal-2025-01",
      scan::Ie1Encoder::body(QStringLiteral("PR-2025-000123"), 1737331200, 1745107200, fields),
      pair->privateKey);
  return text ? *text : QString();
}

struct Timing {
  double medianMs;
  double p90Ms;
  double meanMs;
  int found; // frames in which a code was found
};

Timing decodeTimes(const scan::FrameDecoder& decoder, const std::vector<scan::GreyImage>& frames,
                   int count) {
  std::vector<double> ms;
  int found = 0;
  for (int i = 0; i < count; ++i) {
    const scan::GreyImage& frame = frames[static_cast<size_t>(i) % frames.size()];
    QElapsedTimer t;
    t.start();
    auto codes = decoder.decode(frame.ref());
    ms.push_back(bench::msSince(t));
    found += codes && !codes->isEmpty() ? 1 : 0;
  }
  double sum = 0;
  for (double m : ms)
    sum += m;
  return {bench::percentile(ms, 50), bench::percentile(ms, 90), sum / static_cast<double>(count),
          found};
}

// Feeds the pipeline a frame every `intervalMs` for `seconds`; prints a line.
void runPipeline(const char* name, int intervalMs, int seconds,
                 const std::vector<scan::GreyImage>& frames) {
  SystemClock clock;
  scan::FramePipeline pipeline(std::make_shared<scan::CameraDecoder>(), clock);
  QElapsedTimer elapsed;
  qint64 submittedAtNs = 0;
  std::vector<double> delays;
  QObject::connect(&pipeline, &scan::FramePipeline::frameDone, [&](int) {
    delays.push_back(static_cast<double>(elapsed.nsecsElapsed() - submittedAtNs) / 1e6);
  });
  int offered = 0;
  QTimer source;
  source.setTimerType(Qt::PreciseTimer);
  source.setInterval(intervalMs);
  QObject::connect(&source, &QTimer::timeout, [&] {
    const scan::GreyImage& frame = frames[static_cast<size_t>(offered++) % frames.size()];
    const qint64 now = elapsed.nsecsElapsed();
    if (pipeline.submit(std::make_shared<scan::ImageFrame>(frame)))
      submittedAtNs = now;
  });
  QEventLoop loop;
  QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
  elapsed.start();
  source.start();
  loop.exec();
  source.stop();
  const double secondsRun = static_cast<double>(elapsed.nsecsElapsed()) / 1e9;
  const scan::FramePipeline::Stats stats = pipeline.stats();
  bench::printLine(
      {{QStringLiteral("bench"), QString::fromLatin1(name)},
       {QStringLiteral("seconds"), secondsRun},
       {QStringLiteral("offered_fps"), offered / secondsRun},
       {QStringLiteral("decoded_fps"), static_cast<double>(stats.decoded) / secondsRun},
       {QStringLiteral("dropped"), static_cast<qint64>(stats.dropped)},
       {QStringLiteral("delay_p50_ms"), bench::percentile(delays, 50)},
       {QStringLiteral("delay_max_ms"), bench::percentile(delays, 100)}});
}

} // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  const auto option = [&args](const char* name, int fallback) {
    const qsizetype at = args.indexOf(QString::fromLatin1(name));
    return at >= 0 ? args.value(at + 1).toInt() : fallback;
  };
  const int frameCount = option("--frames", 200);
  const int seconds = option("--seconds", 6);

  scan::BarcodeEncoder::Options look;
  look.moduleSize = 4;
  auto code = scan::BarcodeEncoder::encode(preRegistrationText(), look);
  if (!code) {
    std::fprintf(stderr, "bench: %s\n", qPrintable(code.error().message));
    return 1;
  }
  std::vector<scan::GreyImage> clean;
  std::vector<scan::GreyImage> noisy;
  std::vector<scan::GreyImage> empty;
  for (unsigned seed = 1; seed <= 8; ++seed) {
    scan::GreyImage withCode = scan::test::deskFrame(seed);
    scan::test::paste(withCode, *code, 200 + 60 * static_cast<int>(seed),
                      120 + 20 * static_cast<int>(seed));
    clean.push_back(withCode);
    noisy.push_back(camera(withCode, seed));
    empty.push_back(camera(scan::test::deskFrame(seed + 100), seed + 100));
  }

  scan::BarcodeDecoder::Options qrOnly = scan::BarcodeDecoder::cameraOptions();
  qrOnly.formats = {QStringLiteral("QRCode")};
  const scan::CameraDecoder cameraDecoder;
  const scan::BarcodeDecoder onePass(scan::BarcodeDecoder::cameraOptions());
  const scan::BarcodeDecoder qrDecoder(qrOnly);
  const struct {
    const char* formats;
    const scan::FrameDecoder& decoder;
  } decoders[] = {
      {"camera", cameraDecoder}, {"all_formats_one_pass", onePass}, {"qr_only", qrDecoder}};
  for (const auto& d : decoders) {
    const struct {
      const char* frame;
      const std::vector<scan::GreyImage>& frames;
      double goalMs;
    } cases[] = {{"clean_code", clean, 5}, {"noisy_code", noisy, 5}, {"no_code", empty, 8}};
    for (const auto& c : cases) {
      const Timing t = decodeTimes(d.decoder, c.frames, frameCount);
      bench::printLine({{QStringLiteral("bench"), QStringLiteral("decode_1280x720")},
                        {QStringLiteral("formats"), QString::fromLatin1(d.formats)},
                        {QStringLiteral("frame"), QString::fromLatin1(c.frame)},
                        {QStringLiteral("frames"), frameCount},
                        {QStringLiteral("found"), t.found},
                        {QStringLiteral("median_ms"), t.medianMs},
                        {QStringLiteral("p90_ms"), t.p90Ms},
                        {QStringLiteral("mean_ms"), t.meanMs},
                        {QStringLiteral("goal_median_ms"), c.goalMs}});
    }
  }

  // A camera at 30 fps showing, in turn, noisy frames with and without a code.
  std::vector<scan::GreyImage> stream;
  for (size_t i = 0; i < noisy.size(); ++i) {
    stream.push_back(noisy[i]);
    stream.push_back(empty[i]);
  }
  runPipeline("pipeline_30fps", 33, seconds, stream);
  runPipeline("pipeline_flooded", 1, seconds / 2 + 1, stream);
  return 0;
}
