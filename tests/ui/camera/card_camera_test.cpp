#include "ui/camera/card_camera.h"

#include "support/generated_cards.h"
#include "ui/camera/video_frame_buffer.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>

using namespace camie;
using namespace camie::cardgen;

namespace {

// A webcam's frame: packed YUYV (the card's grey as Y, no colour).
QVideoFrame yuyvFrame(const QImage& grey) {
  QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_YUYV));
  REQUIRE(frame.map(QVideoFrame::WriteOnly));
  for (int y = 0; y < grey.height(); ++y) {
    const uchar* in = grey.constScanLine(y);
    uchar* out = frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0);
    for (int x = 0; x < grey.width(); ++x) {
      out[2 * x] = in[x];
      out[2 * x + 1] = 128;
    }
  }
  frame.unmap();
  return frame;
}

} // namespace

TEST_CASE("a card held steady in front of the camera is taken as a still to read",
          "[card][camera]") {
  CardGenerator generator(12, test::testGazetteer());
  const QImage card = test::grey(CardPhotographer::photograph(
      CardGenerator::front(generator.person(), CardGenerator::khmerFonts().first()),
      PhotoStyle::clean(), 9));
  const QImage picture = card.scaled(card.width() / 2 * 2, card.height());
  const QVideoFrame frame = yuyvFrame(picture);

  {
    auto buffer = ui::VideoFrameBuffer::forPipeline(frame);
    auto view = buffer->map();
    REQUIRE(view);
    CHECK(ui::CardStillPicker::greyCopy(*view).size() == frame.size());
    buffer->unmap();
  }
  QVideoSink sink;
  ui::CardCamera camera;
  camera.setVideoSink(&sink);
  QList<QImage> taken;
  QObject::connect(&camera, &ui::CardCamera::stillTaken,
                   [&taken](const QImage& image) { taken << image; });

  // Not looking: frames go by.
  for (int i = 0; i < 3; ++i) {
    sink.setVideoFrame(yuyvFrame(picture));
    QCoreApplication::processEvents();
  }
  CHECK(camera.state() == ui::CardCamera::Waiting);

  camera.setActive(true);
  CHECK_FALSE(camera.status().isEmpty());
  // The camera delivers frames (each a new one: a sink announces a frame once); a few of them are
  // looked at, then the still comes.
  const QDeadlineTimer deadline(20000);
  while (taken.isEmpty() && !deadline.hasExpired()) {
    sink.setVideoFrame(yuyvFrame(picture));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
  }
  REQUIRE(taken.size() == 1);
  const QImage still = taken.first();
  CHECK(still.format() == QImage::Format_Grayscale8);
  CHECK(still.size() == frame.size());
  CHECK(camera.state() == ui::CardCamera::Taken);

  // Until asked again, no second still.
  for (int i = 0; i < 5; ++i) {
    sink.setVideoFrame(yuyvFrame(picture));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
  }
  CHECK(taken.size() == 1);
  camera.setActive(false);
  camera.setActive(true);
  CHECK(camera.state() == ui::CardCamera::Waiting);
}
