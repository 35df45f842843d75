// CameraDecoder: the decoder for a camera's stream of frames. QR codes and the
// cheap 2D and 1D readers run on every frame; PDF417, the costliest reader,
// joins them on every third frame. A card held up stays in view for dozens of
// frames, so nothing is missed, and a frame costs less on a 2-core kiosk.
#pragma once

#include "core/scan/barcode_decoder.h"

#include <atomic>

namespace camie::scan {

class CameraDecoder final : public FrameDecoder {
public:
  static constexpr int kAllFormatsEvery = 3; // frames

  CameraDecoder();

  // Errors: those of BarcodeDecoder::decode.
  [[nodiscard]] Result<QList<DecodedCode>> decode(const ImageRef& image) const override;

  // All default formats but PDF417.
  static QStringList everyFrameFormats();

private:
  BarcodeDecoder everyFrame_;
  BarcodeDecoder allFormats_;
  mutable std::atomic<quint64> frames_{0};
};

} // namespace camie::scan
