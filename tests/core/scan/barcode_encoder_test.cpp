#include "core/scan/barcode_encoder.h"

#include <catch2/catch.hpp>

using namespace camie::scan;

TEST_CASE("an encoded QR code has square modules and a white quiet zone", "[scan]") {
  BarcodeEncoder::Options options;
  options.moduleSize = 5;
  options.quietZone = 4;
  auto image = BarcodeEncoder::encode(u"IE1:ABC", options);
  REQUIRE(image.ok());
  CHECK(image->width == image->height);
  CHECK(image->width % 5 == 0);
  for (int i = 0; i < 4 * 5; ++i) {
    CHECK(image->at(i, image->height / 2) == 255); // quiet zone on the left
    CHECK(image->at(image->width / 2, i) == 255);  // and at the top
  }
  CHECK(image->at(4 * 5, 4 * 5) == 0); // the finder pattern's corner
}

TEST_CASE("a 1D code gets bars of a readable height", "[scan]") {
  BarcodeEncoder::Options options;
  options.format = QStringLiteral("Code128");
  options.moduleSize = 2;
  auto image = BarcodeEncoder::encode(u"RCPT-1", options);
  REQUIRE(image.ok());
  CHECK(image->height >= 80);
  CHECK(image->width > image->height);
}

TEST_CASE("text that a format cannot hold is an error, not an exception", "[scan]") {
  BarcodeEncoder::Options options;
  options.format = QStringLiteral("EAN13");
  CHECK(BarcodeEncoder::encode(u"not digits", options).error().code == u"encoder_failure");
  options.format = QStringLiteral("QRCode");
  CHECK(BarcodeEncoder::encode(QString(8000, u'x'), options).error().code == u"encoder_failure");
  options.format = QStringLiteral("Nonsense");
  CHECK(BarcodeEncoder::encode(u"x", options).error().code == u"unknown_format");
  options.format = QStringLiteral("QRCode");
  options.moduleSize = 0;
  CHECK(BarcodeEncoder::encode(u"x", options).error().code == u"bad_size");
}
