// BarcodeEncoder: draws a barcode as a grey picture with ZXing-cpp — for
// minting pre-registration codes (camie-kioskctl make-prereg) and for tests.
// Text is written as UTF-8, so Khmer goes into a QR code unchanged.
#pragma once

#include "core/scan/grey_image.h"
#include "core/util/result.h"

#include <QString>
#include <QStringView>

namespace camie::scan {

class BarcodeEncoder {
public:
  struct Options {
    QString format = QStringLiteral("QRCode"); // a ZXing name
    int moduleSize = 4;                        // pixels per module (per bar width for 1D codes)
    int quietZone = -1; // modules of white around; -1: 4 for 2D codes, 10 for 1D codes
    int eccLevel = -1;  // QR: 0..8 (L to H); -1: ZXing's default
  };

  // Errors: "unknown_format", "bad_size", "encoder_failure" (the text does not
  // fit the format; ZXing's exception is caught here).
  [[nodiscard]] static Result<GreyImage> encode(QStringView text, const Options& options);
  [[nodiscard]] static Result<GreyImage> encode(QStringView text) {
    return encode(text, Options{});
  }
};

} // namespace camie::scan
