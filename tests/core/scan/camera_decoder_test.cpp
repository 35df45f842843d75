#include "core/scan/camera_decoder.h"

#include "core/scan/barcode_encoder.h"
#include "image_ops.h"

#include <catch2/catch.hpp>

using namespace camie::scan;
using namespace camie::scan::test;

namespace {
GreyImage frameWith(const char* format, const QString& text) {
  BarcodeEncoder::Options options;
  options.format = QString::fromLatin1(format);
  options.moduleSize = 3;
  auto code = BarcodeEncoder::encode(text, options);
  REQUIRE(code.ok());
  GreyImage frame = deskFrame(2);
  paste(frame, *code, 640 - code->width / 2, 360 - code->height / 2);
  return frame;
}
} // namespace

TEST_CASE("the camera decoder finds a QR code in every frame", "[scan]") {
  const CameraDecoder decoder;
  const GreyImage frame = frameWith("QRCode", QStringLiteral("IE1:EVERY"));
  for (int i = 0; i < 4; ++i) {
    auto codes = decoder.decode(frame.ref());
    REQUIRE(codes.ok());
    REQUIRE(codes->size() == 1);
    CHECK(codes->at(0).text == u"IE1:EVERY");
  }
}

TEST_CASE("the camera decoder looks for PDF417 in every third frame", "[scan]") {
  const CameraDecoder decoder;
  const GreyImage frame = frameWith("PDF417", QStringLiteral("ID 012345678"));
  int found = 0;
  for (int i = 0; i < 6; ++i) {
    auto codes = decoder.decode(frame.ref());
    REQUIRE(codes.ok());
    found += static_cast<int>(codes->size());
    if (!codes->isEmpty())
      CHECK(codes->at(0).format == u"PDF417");
  }
  CHECK(found == 6 / CameraDecoder::kAllFormatsEvery);
  CHECK_FALSE(CameraDecoder::everyFrameFormats().contains(QStringLiteral("PDF417")));
  CHECK(CameraDecoder::everyFrameFormats().contains(QStringLiteral("QRCode")));
}
