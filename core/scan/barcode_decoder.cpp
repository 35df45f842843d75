#include "core/scan/barcode_decoder.h"

#include "core/scan/grey_image.h"

#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>

#include <algorithm>
#include <exception>

namespace camie::scan {

namespace {

constexpr int kDownscaleFrom = 500; // pixels on the short side, as ZXing's own default

ZXing::ImageFormat zxingFormat(PixelLayout layout) {
  switch (layout) {
  case PixelLayout::Lum:
    return ZXing::ImageFormat::Lum;
  case PixelLayout::Rgb:
    return ZXing::ImageFormat::RGB;
  case PixelLayout::Bgr:
    return ZXing::ImageFormat::BGR;
  case PixelLayout::Rgbx:
    return ZXing::ImageFormat::RGBX;
  case PixelLayout::Bgrx:
    return ZXing::ImageFormat::BGRX;
  case PixelLayout::Xrgb:
    return ZXing::ImageFormat::XRGB;
  case PixelLayout::Xbgr:
    return ZXing::ImageFormat::XBGR;
  }
  return ZXing::ImageFormat::Lum;
}

// QR codes first (pre-registration codes), then the other 2D codes, then 1D.
int priority(ZXing::BarcodeFormat format) {
  using F = ZXing::BarcodeFormat;
  if (format == F::QRCode || format == F::MicroQRCode)
    return 0;
  if (ZXing::BarcodeFormats(F::MatrixCodes).testFlag(format))
    return 1;
  return 2;
}

// The grey value of one pixel, whatever the layout.
int lumaAt(const ImageRef& image, int x, int y) {
  const uchar* p = image.data + static_cast<qptrdiff>(y) * image.effectiveRowStride() +
                   static_cast<qptrdiff>(x) * image.effectivePixelStride();
  switch (image.layout) {
  case PixelLayout::Lum:
    return p[0];
  case PixelLayout::Rgb:
  case PixelLayout::Rgbx:
    return (306 * p[0] + 601 * p[1] + 117 * p[2] + 512) >> 10;
  case PixelLayout::Bgr:
  case PixelLayout::Bgrx:
    return (306 * p[2] + 601 * p[1] + 117 * p[0] + 512) >> 10;
  case PixelLayout::Xrgb:
    return (306 * p[1] + 601 * p[2] + 117 * p[3] + 512) >> 10;
  case PixelLayout::Xbgr:
    return (306 * p[3] + 601 * p[2] + 117 * p[1] + 512) >> 10;
  }
  return p[0];
}

// Half the size, each pixel the mean of four: a code held too close to the
// camera becomes one ZXing can find.
GreyImage halved(const ImageRef& image) {
  GreyImage half(image.width / 2, image.height / 2);
  for (int y = 0; y < half.height; ++y) {
    for (int x = 0; x < half.width; ++x) {
      const int sum = lumaAt(image, 2 * x, 2 * y) + lumaAt(image, 2 * x + 1, 2 * y) +
                      lumaAt(image, 2 * x, 2 * y + 1) + lumaAt(image, 2 * x + 1, 2 * y + 1);
      half.set(x, y, static_cast<uchar>((sum + 2) / 4));
    }
  }
  return half;
}

Error decoderError(const char* what) {
  return makeError(QStringLiteral("decoder_failure"),
                   QCoreApplication::translate("camie::scan::BarcodeDecoder",
                                               "The picture could not be read: %1.")
                       .arg(QString::fromUtf8(what)));
}

} // namespace

BarcodeDecoder::Options BarcodeDecoder::cameraOptions() {
  return Options{};
}

BarcodeDecoder::Options BarcodeDecoder::imageOptions() {
  Options options;
  options.tryHarder = true;
  options.tryRotate = true;
  options.tryDownscale = true;
  options.maxCodes = 16;
  return options;
}

QStringList BarcodeDecoder::defaultFormats() {
  return {QStringLiteral("QRCode"), QStringLiteral("MicroQRCode"), QStringLiteral("DataMatrix"),
          QStringLiteral("Aztec"),  QStringLiteral("PDF417"),      QStringLiteral("Code128"),
          QStringLiteral("Code39"), QStringLiteral("EAN13"),       QStringLiteral("ITF")};
}

BarcodeDecoder::BarcodeDecoder(Options options) : options_(std::move(options)) {
  if (options_.formats.isEmpty())
    options_.formats = defaultFormats();
}

Result<QList<DecodedCode>> BarcodeDecoder::decode(const ImageRef& image) const {
  if (!image.isValid())
    return makeError(QStringLiteral("bad_image"),
                     QCoreApplication::translate("camie::scan::BarcodeDecoder",
                                                 "The picture is empty or damaged."));
  // ZXing reports bad arguments (an unknown format name, a picture it cannot
  // take) by throwing; nothing thrown may leave this module.
  try {
    ZXing::BarcodeFormats formats;
    for (const QString& name : options_.formats) {
      const ZXing::BarcodeFormat format = ZXing::BarcodeFormatFromString(name.toStdString());
      if (format == ZXing::BarcodeFormat::None)
        return makeError(QStringLiteral("unknown_format"),
                         QStringLiteral("Unknown barcode format \"%1\".").arg(name));
      formats |= format;
    }
    // ZXing's own tryDownscale is left off: in 1.4, finding a 1D code on two
    // scales with several codes allowed trips an assertion (lineCount() == 1)
    // that Debian's build keeps, aborting the process. A second pass on a
    // halved copy, made here, does the same job safely.
    ZXing::DecodeHints hints;
    hints.setFormats(formats)
        .setTryHarder(options_.tryHarder)
        .setTryRotate(options_.tryRotate)
        .setTryDownscale(false)
        .setMaxNumberOfSymbols(static_cast<uint8_t>(std::clamp(options_.maxCodes, 1, 255)));
    const ZXing::ImageView view(image.data, image.width, image.height, zxingFormat(image.layout),
                                image.effectiveRowStride(), image.effectivePixelStride());
    ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    int scale = 1;
    if (results.empty() && options_.tryDownscale &&
        std::min(image.width, image.height) >= kDownscaleFrom) {
      const GreyImage half = halved(image);
      const ImageRef ref = half.ref();
      results = ZXing::ReadBarcodes(
          ZXing::ImageView(ref.data, ref.width, ref.height, ZXing::ImageFormat::Lum), hints);
      scale = 2;
    }
    std::stable_sort(results.begin(), results.end(), [](const auto& a, const auto& b) {
      return priority(a.format()) < priority(b.format());
    });

    QList<DecodedCode> codes;
    for (const ZXing::Result& r : results) {
      if (!r.isValid())
        continue;
      DecodedCode code;
      code.format = QString::fromLatin1(ZXing::ToString(r.format()));
      code.text = QString::fromStdString(r.text());
      const ZXing::ByteArray& bytes = r.bytes();
      code.bytes = QByteArray(reinterpret_cast<const char*>(bytes.data()),
                              static_cast<qsizetype>(bytes.size()));
      const ZXing::Position& position = r.position();
      for (int i = 0; i < 4; ++i)
        code.corners.append(QPoint(position[i].x * scale, position[i].y * scale));
      codes.append(std::move(code));
    }
    return codes;
  } catch (const std::exception& e) {
    return decoderError(e.what());
  }
}

} // namespace camie::scan
