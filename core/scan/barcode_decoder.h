// BarcodeDecoder: finds barcodes in grey or colour pixels with ZXing-cpp — QR
// codes first, then the other 2D and 1D codes an ID card or a receipt carries.
#pragma once

#include "core/scan/frame_decoder.h"

#include <QStringList>

namespace camie::scan {

class BarcodeDecoder final : public FrameDecoder {
public:
  struct Options {
    QStringList formats; // ZXing names ("QRCode", "PDF417", ...); empty: defaultFormats()
    bool tryHarder = false;
    bool tryRotate = false;    // 1D codes turned by 90°; 2D codes are found in any rotation
    bool tryDownscale = false; // if nothing is found, look at a halved copy (codes held close)
    int maxCodes = 4;          // stop after this many codes in one picture
  };

  // Camera frames: fast, because the next frame comes 33 ms later anyway.
  static Options cameraOptions();
  // Still images (files): thorough, because there is only one chance.
  static Options imageOptions();
  // QRCode, MicroQRCode, DataMatrix, Aztec, PDF417, Code128, Code39, EAN13, ITF.
  static QStringList defaultFormats();

  explicit BarcodeDecoder(Options options = cameraOptions());

  // Errors: "bad_image" (no pixels, strides too small), "unknown_format",
  // "decoder_failure" (ZXing threw; caught here, never passed on).
  [[nodiscard]] Result<QList<DecodedCode>> decode(const ImageRef& image) const override;

private:
  Options options_;
};

} // namespace camie::scan
