#include "core/scan/barcode_encoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace camie::scan {

namespace {
constexpr int kLinearHeightModules = 40; // the bar height of 1D codes
constexpr int kMatrixQuietZone = 4;      // modules: QR codes need 4
constexpr int kLinearQuietZone = 10;     // modules: Code 128, Code 39 and ITF need 10
constexpr int kMaxSide = 8000;
} // namespace

Result<GreyImage> BarcodeEncoder::encode(QStringView text, const Options& options) {
  if (options.moduleSize < 1 || options.moduleSize > 64 || options.quietZone < -1 ||
      options.quietZone > 64)
    return makeError(QStringLiteral("bad_size"),
                     QStringLiteral("The module size must be 1 to 64 pixels and the quiet zone "
                                    "0 to 64 modules."));
  try {
    const ZXing::BarcodeFormat format =
        ZXing::BarcodeFormatFromString(options.format.toStdString());
    if (format == ZXing::BarcodeFormat::None)
      return makeError(QStringLiteral("unknown_format"),
                       QStringLiteral("Unknown barcode format \"%1\".").arg(options.format));
    ZXing::MultiFormatWriter writer(format);
    writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(0);
    if (options.eccLevel >= 0)
      writer.setEccLevel(options.eccLevel);
    // Width and height 0: one pixel per module, scaled here so every module
    // is exactly moduleSize pixels (ZXing would round unevenly).
    const ZXing::BitMatrix modules = writer.encode(text.toString().toStdString(), 0, 0);
    const bool linear = modules.height() <= 1;
    const int rows = linear ? kLinearHeightModules : modules.height();
    const int q = options.quietZone >= 0 ? options.quietZone
                  : linear               ? kLinearQuietZone
                                         : kMatrixQuietZone;
    const int width = (modules.width() + 2 * q) * options.moduleSize;
    const int height = (rows + 2 * q) * options.moduleSize;
    if (modules.width() <= 0 || width > kMaxSide || height > kMaxSide)
      return makeError(QStringLiteral("bad_size"),
                       QStringLiteral("The code would be %1 x %2 pixels, too large to draw.")
                           .arg(width)
                           .arg(height));
    GreyImage image(width, height, 255);
    for (int y = 0; y < height; ++y) {
      const int my = y / options.moduleSize - q;
      if (my < 0 || my >= rows)
        continue;
      for (int x = 0; x < width; ++x) {
        const int mx = x / options.moduleSize - q;
        if (mx >= 0 && mx < modules.width() && modules.get(mx, linear ? 0 : my))
          image.set(x, y, 0);
      }
    }
    return image;
  } catch (const std::exception& e) {
    return makeError(
        QStringLiteral("encoder_failure"),
        QStringLiteral("The code could not be made: %1.").arg(QString::fromUtf8(e.what())));
  }
}

} // namespace camie::scan
