#include "core/scan/frame_pipeline.h"

#include "core/scan/barcode_decoder.h"
#include "core/scan/barcode_encoder.h"
#include "core/scan/image_frame.h"
#include "image_ops.h"
#include "signal_recorder.h"

#include <catch2/catch.hpp>

#include <QSemaphore>

#include <atomic>
#include <thread>

using namespace camie;
using namespace camie::scan;
using camie::scan::test::SignalRecorder;

namespace {

constexpr int kWaitMs = 20000;

// A decoder that takes as long as the test says: each decode waits for a
// permit on `gate` (none given: it blocks until the test releases one).
class GatedDecoder final : public FrameDecoder {
public:
  explicit GatedDecoder(QList<DecodedCode> codes = {}) : codes_(std::move(codes)) {}
  Result<QList<DecodedCode>> decode(const ImageRef&) const override {
    entered.release();
    if (!gate.tryAcquire(1, kWaitMs))
      return makeError(QStringLiteral("test_timeout"), QStringLiteral("the test never released"));
    ++calls;
    return codes_;
  }
  void setCodes(QList<DecodedCode> codes) { codes_ = std::move(codes); }

  mutable QSemaphore gate;
  mutable QSemaphore entered;
  mutable std::atomic<int> calls{0};

private:
  QList<DecodedCode> codes_;
};

// A frame that cannot be mapped (a camera frame gone bad).
class BrokenFrame final : public FrameBuffer {
public:
  std::optional<ImageRef> map() override { return std::nullopt; }
};

std::shared_ptr<FrameBuffer> smallFrame() {
  return std::make_shared<ImageFrame>(GreyImage(16, 16));
}

DecodedCode qr(const char* text) {
  return DecodedCode{QStringLiteral("QRCode"), QString::fromLatin1(text), QByteArray(text), {}};
}

} // namespace

TEST_CASE("a frame that arrives while one is being decoded is dropped, not queued", "[scan]") {
  auto decoder = std::make_shared<GatedDecoder>();
  FakeClock clock(1000);
  FramePipeline pipeline(decoder, clock);
  SignalRecorder<int> done(&pipeline, &FramePipeline::frameDone);

  REQUIRE(pipeline.submit(smallFrame()));
  REQUIRE(decoder->entered.tryAcquire(1, kWaitMs)); // the worker holds frame 1
  for (int i = 0; i < 5; ++i)
    CHECK_FALSE(pipeline.submit(smallFrame()));
  CHECK(pipeline.isBusy());
  CHECK(pipeline.stats().dropped == 5);

  decoder->gate.release();
  REQUIRE(done.wait(kWaitMs));
  CHECK(decoder->calls == 1);

  // The five dropped frames were not kept: the next frame is the second decoded.
  REQUIRE(pipeline.submit(smallFrame()));
  decoder->gate.release();
  REQUIRE(done.wait(kWaitMs));
  CHECK(decoder->calls == 2);
  CHECK(done.size() == 2);
  const FramePipeline::Stats stats = pipeline.stats();
  CHECK(stats.submitted == 2);
  CHECK(stats.decoded == 2);
  CHECK(stats.dropped == 5);
  CHECK(stats.failed == 0);
}

TEST_CASE("a code held in view is reported once; again after it was away for the interval",
          "[scan]") {
  auto decoder = std::make_shared<GatedDecoder>(QList<DecodedCode>{qr("IE1:AAA")});
  FakeClock clock(0);
  FramePipeline pipeline(decoder, clock, FramePipeline::Options{3000});
  SignalRecorder<DecodedCode> found(&pipeline, &FramePipeline::codeFound);
  SignalRecorder<int> done(&pipeline, &FramePipeline::frameDone);
  const auto frame = [&] {
    REQUIRE(pipeline.submit(smallFrame()));
    decoder->gate.release();
    REQUIRE(done.wait(kWaitMs));
  };

  for (int second = 0; second < 10; ++second) { // seen every second for 10 s
    frame();
    clock.advanceMs(1000);
  }
  CHECK(found.size() == 1);
  CHECK(std::get<0>(found.at(0)).text == u"IE1:AAA");

  decoder->setCodes({qr("OTHER")}); // another code is reported at once
  frame();
  CHECK(found.size() == 2);

  decoder->setCodes({qr("IE1:AAA")});
  clock.advanceMs(3000); // away for the interval (last seen 4 s ago)
  frame();
  CHECK(found.size() == 3);
  CHECK(done.size() == 12);

  pipeline.forgetSeenCodes(); // a new registration: report it again
  frame();
  CHECK(found.size() == 4);
}

TEST_CASE("a frame that cannot be read is reported and the pipeline goes on", "[scan]") {
  auto decoder = std::make_shared<GatedDecoder>();
  FakeClock clock(0);
  FramePipeline pipeline(decoder, clock);
  SignalRecorder<QString, QString> failed(&pipeline, &FramePipeline::frameFailed);
  SignalRecorder<int> done(&pipeline, &FramePipeline::frameDone);

  REQUIRE(pipeline.submit(std::make_shared<BrokenFrame>()));
  REQUIRE(done.wait(kWaitMs));
  REQUIRE(failed.size() == 1);
  CHECK(std::get<0>(failed.at(0)) == u"unreadable_frame");
  CHECK_FALSE(std::get<1>(failed.at(0)).isEmpty());

  REQUIRE(pipeline.submit(smallFrame()));
  decoder->gate.release();
  REQUIRE(done.wait(kWaitMs));
  CHECK(pipeline.stats().failed == 1);
  CHECK(pipeline.stats().decoded == 1);
}

TEST_CASE("frames decoded by ZXing on the worker thread report their code", "[scan]") {
  auto code = BarcodeEncoder::encode(u"IE1:FRAME");
  REQUIRE(code.ok());
  GreyImage frame = test::deskFrame(1);
  test::paste(frame, *code, 500, 200);
  FakeClock clock(0);
  FramePipeline pipeline(std::make_shared<BarcodeDecoder>(), clock);
  SignalRecorder<DecodedCode> found(&pipeline, &FramePipeline::codeFound);

  REQUIRE(pipeline.submit(std::make_shared<ImageFrame>(frame)));
  REQUIRE(found.wait(kWaitMs));
  CHECK(std::get<0>(found.at(0)).text == u"IE1:FRAME");
  CHECK(std::get<0>(found.at(0)).format == u"QRCode");
}

TEST_CASE("frames pushed from another thread are each taken or dropped, never queued", "[scan]") {
  auto decoder = std::make_shared<GatedDecoder>();
  decoder->gate.release(1000); // never blocks
  FakeClock clock(0);
  FramePipeline pipeline(decoder, clock);
  SignalRecorder<int> done(&pipeline, &FramePipeline::frameDone);

  constexpr int kFrames = 500;
  std::atomic<int> taken{0};
  std::thread source([&] {
    for (int i = 0; i < kFrames; ++i)
      taken += pipeline.submit(smallFrame()) ? 1 : 0;
  });
  source.join();
  while (done.size() < taken.load())
    REQUIRE(done.wait(kWaitMs));
  const FramePipeline::Stats stats = pipeline.stats();
  CHECK(stats.submitted + stats.dropped == kFrames);
  CHECK(stats.submitted == static_cast<quint64>(taken.load()));
  CHECK(decoder->calls == taken.load());
}
