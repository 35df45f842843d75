#include "ui/camera/card_still_picker.h"

#include "support/generated_cards.h"

#include <catch2/catch.hpp>

using namespace camie;
using namespace camie::cardgen;
using State = ui::CardStillPicker::State;

namespace {

QImage cardPhoto(const PhotoStyle& style) {
  CardGenerator generator(11, test::testGazetteer());
  const CardPerson person = generator.person();
  return test::grey(CardPhotographer::photograph(
      CardGenerator::front(person, CardGenerator::khmerFonts().first()), style, 5));
}

} // namespace

TEST_CASE("a card held still and sharp is taken after a few steady frames", "[card][camera]") {
  const QImage photo = cardPhoto(PhotoStyle::clean());
  ui::CardStillPicker picker;
  CHECK(picker.feed(photo) == State::Moving); // nothing to compare the first frame with
  for (int i = 1; i < ui::CardStillPicker::kSteadyFrames; ++i)
    CHECK(picker.feed(photo) == State::Steady);
  CHECK(picker.feed(photo) == State::Taken);
  CHECK(picker.still().size() == photo.size()); // full size, for the reader
  CHECK(picker.still().format() == QImage::Format_Grayscale8);
  CHECK(picker.feed(photo) == State::Taken); // until reset
  picker.reset();
  CHECK(picker.state() == State::Waiting);
  CHECK(picker.still().isNull());
}

TEST_CASE("a card that moves between frames is not taken", "[card][camera]") {
  const QImage photo = cardPhoto(PhotoStyle::clean());
  ui::CardStillPicker picker;
  for (int i = 0; i < 12; ++i) {
    // The card slides across the picture, 24 pixels a frame.
    QImage frame(photo.size(), QImage::Format_Grayscale8);
    frame.fill(128);
    for (int y = 0; y < photo.height(); ++y) {
      const uchar* in = photo.constScanLine(y);
      uchar* out = frame.scanLine(y);
      const int shift = (i * 24) % 200;
      std::copy(in, in + photo.width() - shift, out + shift);
    }
    CHECK(picker.feed(frame) == State::Moving);
  }
}

TEST_CASE("a blurred card is not taken however still it is held", "[card][camera]") {
  PhotoStyle blurred = PhotoStyle::clean();
  blurred.blur = 6;
  const QImage photo = cardPhoto(blurred);
  const QImage sharp = cardPhoto(PhotoStyle::clean());
  INFO("sharpness "
       << ui::CardStillPicker::sharpness(photo.scaledToWidth(240, Qt::SmoothTransformation))
       << " against "
       << ui::CardStillPicker::sharpness(sharp.scaledToWidth(240, Qt::SmoothTransformation)));
  ui::CardStillPicker picker;
  picker.feed(photo);
  for (int i = 0; i < 8; ++i)
    CHECK(picker.feed(photo) == State::Blurred);
}

TEST_CASE("a camera frame's RGB pixels are read as grey like Qt's own conversion",
          "[card][camera]") {
  const QImage photo = cardPhoto(PhotoStyle::clean()).convertToFormat(QImage::Format_RGB888);
  const scan::ImageRef view{photo.constBits(),
                            photo.width(),
                            photo.height(),
                            static_cast<int>(photo.bytesPerLine()),
                            3,
                            scan::PixelLayout::Rgb};
  const QImage grey = ui::CardStillPicker::greyCopy(view);
  REQUIRE(grey.size() == photo.size());
  CHECK(ui::CardStillPicker::motion(
            grey.scaledToWidth(240),
            photo.convertToFormat(QImage::Format_Grayscale8).scaledToWidth(240)) < 2.0);
}
