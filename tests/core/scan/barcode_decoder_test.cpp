#include "core/scan/barcode_decoder.h"

#include "core/scan/barcode_encoder.h"
#include "image_ops.h"

#include <catch2/catch.hpp>

using namespace camie::scan;
using namespace camie::scan::test;

namespace {

const QString kKhmerText = QStringLiteral(
    "ឈ្មោះ៖ សុខ ដារា ភូមិ​ថ្មី ឃុំ​ព្រែកលៀប");

GreyImage code(const QString& text, int moduleSize = 4) {
  BarcodeEncoder::Options options;
  options.moduleSize = moduleSize;
  auto image = BarcodeEncoder::encode(text, options);
  REQUIRE(image.ok());
  return *image;
}

QList<DecodedCode> decode(const GreyImage& image,
                          BarcodeDecoder::Options options = BarcodeDecoder::imageOptions()) {
  auto codes = BarcodeDecoder(std::move(options)).decode(image.ref());
  REQUIRE(codes.ok());
  return *codes;
}

GreyImage inFrame(const GreyImage& code, int x = 400, int y = 150) {
  GreyImage frame = deskFrame(7);
  paste(frame, code, x, y);
  return frame;
}

} // namespace

TEST_CASE("a QR code with Khmer text comes back unchanged", "[scan]") {
  const auto codes = decode(inFrame(code(kKhmerText)), BarcodeDecoder::cameraOptions());
  REQUIRE(codes.size() == 1);
  CHECK(codes[0].format == u"QRCode");
  CHECK(codes[0].text == kKhmerText);
  CHECK(codes[0].corners.size() == 4);
}

TEST_CASE("a turned code is read at any angle", "[scan]") {
  const GreyImage original = code(kKhmerText);
  for (double degrees : {90.0, 180.0, 270.0, 17.0, 33.0, -41.0}) {
    INFO("rotated by " << degrees);
    const auto codes = decode(inFrame(rotated(original, degrees)));
    REQUIRE(codes.size() == 1);
    CHECK(codes[0].text == kKhmerText);
  }
}

TEST_CASE("a code far from or close to the camera is read (scaled)", "[scan]") {
  const GreyImage original = code(QStringLiteral("IE1:NCFOXN*TFDNH"), 6);
  for (double factor : {0.5, 0.75, 1.6, 2.5}) {
    INFO("scaled by " << factor);
    const auto codes = decode(inFrame(scaled(original, factor), 100, 20));
    REQUIRE(codes.size() == 1);
    CHECK(codes[0].text == u"IE1:NCFOXN*TFDNH");
  }
}

TEST_CASE("a grainy photo is read on a second look at half size", "[scan]") {
  GreyImage frame(1280, 720, 230);
  paste(frame, code(QStringLiteral("IE1:GRAINY"), 12), 60, 60);
  addNoise(frame, 70.0, 9); // a dim room, a cheap sensor
  BarcodeDecoder::Options once = BarcodeDecoder::imageOptions();
  once.tryDownscale = false;
  CHECK(decode(frame, once).isEmpty());
  const auto codes = decode(frame);
  REQUIRE(codes.size() == 1);
  CHECK(codes[0].text == u"IE1:GRAINY");
  CHECK(codes[0].corners[0].x() >= 60); // corners in the frame's own pixels
  CHECK(codes[0].corners[0].x() < 60 + 12 * 8);

  QByteArray xbgr(frame.pixels.size() * 4, '\0'); // the same photo as 32-bit colour
  for (qsizetype i = 0; i < frame.pixels.size(); ++i)
    xbgr[i * 4 + 1] = xbgr[i * 4 + 2] = xbgr[i * 4 + 3] = frame.pixels[i];
  auto colour = BarcodeDecoder(BarcodeDecoder::imageOptions())
                    .decode({reinterpret_cast<const uchar*>(xbgr.constData()), frame.width,
                             frame.height, 0, 0, PixelLayout::Xbgr});
  REQUIRE(colour.ok());
  REQUIRE(colour->size() == 1);
  CHECK(colour->at(0).text == u"IE1:GRAINY");
}

TEST_CASE("a blurred, noisy, low-contrast code is still read", "[scan]") {
  GreyImage frame = inFrame(blurred(code(kKhmerText, 5), 1));
  squeezeContrast(frame, 50, 200);
  addNoise(frame, 12.0, 42);
  const auto codes = decode(frame, BarcodeDecoder::cameraOptions());
  REQUIRE(codes.size() == 1);
  CHECK(codes[0].text == kKhmerText);
}

TEST_CASE("a frame with no code gives no codes and no error", "[scan]") {
  GreyImage frame = deskFrame(3);
  addNoise(frame, 8.0, 3);
  CHECK(decode(frame).isEmpty());
  CHECK(decode(frame, BarcodeDecoder::cameraOptions()).isEmpty());
}

TEST_CASE("a frame with two codes gives both, each with its own place", "[scan]") {
  GreyImage frame = deskFrame(11);
  paste(frame, code(QStringLiteral("first code")), 100, 150);
  paste(frame, code(kKhmerText), 700, 200);
  const auto codes = decode(frame, BarcodeDecoder::cameraOptions());
  REQUIRE(codes.size() == 2);
  QStringList texts{codes[0].text, codes[1].text};
  texts.sort();
  CHECK(texts == QStringList{QStringLiteral("first code"), kKhmerText});
  CHECK(codes[0].corners != codes[1].corners);
}

TEST_CASE("QR codes are listed before the 1D codes in the same frame", "[scan]") {
  BarcodeEncoder::Options linear;
  linear.format = QStringLiteral("Code128");
  linear.moduleSize = 3;
  auto receipt = BarcodeEncoder::encode(u"RCPT-2025-000123", linear);
  REQUIRE(receipt.ok());
  GreyImage frame = deskFrame(5);
  paste(frame, *receipt, 80, 60);
  paste(frame, code(QStringLiteral("pre-registration")), 700, 300);
  const auto codes = decode(frame);
  REQUIRE(codes.size() == 2);
  CHECK(codes[0].format == u"QRCode");
  CHECK(codes[1].format == u"Code128");
  CHECK(codes[1].text == u"RCPT-2025-000123");
}

TEST_CASE("the 2D and 1D codes of ID cards and receipts are read", "[scan]") {
  for (const char* format : {"PDF417", "DataMatrix", "Aztec", "Code128", "Code39", "ITF"}) {
    INFO(format);
    BarcodeEncoder::Options options;
    options.format = QString::fromLatin1(format);
    options.moduleSize = 3;
    const QString text = QString::fromLatin1(format) == u"ITF" ? QStringLiteral("0123456789")
                                                               : QStringLiteral("ID 012345678");
    auto image = BarcodeEncoder::encode(text, options);
    REQUIRE(image.ok());
    // Centred, as a teller holds a card: ZXing 1.4 looks for Data Matrix
    // symbols from the middle of the picture outwards.
    const auto codes = decode(inFrame(*image, 640 - image->width / 2, 360 - image->height / 2));
    REQUIRE(codes.size() == 1);
    CHECK(codes[0].format == QString::fromLatin1(format));
    CHECK(codes[0].text == text);
  }
}

TEST_CASE("colour buffers and packed YUYV luma are read in place", "[scan]") {
  const GreyImage grey = inFrame(code(kKhmerText));
  const qsizetype pixels = qsizetype(grey.width) * grey.height;

  QByteArray rgba(pixels * 4, '\0');
  QByteArray bgr(pixels * 3, '\0');
  QByteArray yuyv(pixels * 2, '\x80'); // Y U Y V: luma every other byte
  for (qsizetype i = 0; i < pixels; ++i) {
    const char v = grey.pixels[i];
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = '\xff';
    bgr[i * 3] = bgr[i * 3 + 1] = bgr[i * 3 + 2] = v;
    yuyv[i * 2] = v;
  }
  const auto asBytes = [](const QByteArray& b) { return reinterpret_cast<const uchar*>(b.data()); };
  const BarcodeDecoder decoder(BarcodeDecoder::cameraOptions());
  const ImageRef views[] = {
      {asBytes(rgba), grey.width, grey.height, grey.width * 4, 0, PixelLayout::Rgbx},
      {asBytes(bgr), grey.width, grey.height, 0, 0, PixelLayout::Bgr},
      {asBytes(yuyv), grey.width, grey.height, grey.width * 2, 2, PixelLayout::Lum},
  };
  for (const ImageRef& view : views) {
    auto codes = decoder.decode(view);
    REQUIRE(codes.ok());
    REQUIRE(codes->size() == 1);
    CHECK(codes->at(0).text == kKhmerText);
  }
}

TEST_CASE("a picture without pixels or with impossible strides is an error, not a crash",
          "[scan]") {
  const BarcodeDecoder decoder;
  const QByteArray bytes(100, '\0');
  const auto* data = reinterpret_cast<const uchar*>(bytes.data());
  CHECK(decoder.decode(ImageRef{}).error().code == u"bad_image");
  CHECK(decoder.decode({data, 10, 10, 5, 1, PixelLayout::Lum}).error().code == u"bad_image");
  CHECK(decoder.decode({data, 0, 10, 0, 0, PixelLayout::Lum}).error().code == u"bad_image");
}

TEST_CASE("an unknown format name is refused", "[scan]") {
  BarcodeDecoder::Options options;
  options.formats = {QStringLiteral("NoSuchCode")};
  const GreyImage image = code(QStringLiteral("x"));
  CHECK(BarcodeDecoder(options).decode(image.ref()).error().code == u"unknown_format");
}
