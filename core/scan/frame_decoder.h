// FrameDecoder: what finds the codes in a picture. The frame pipeline takes any
// implementation: ZXing's (BarcodeDecoder) in the kiosk, slow fakes in tests.
#pragma once

#include "core/scan/decoded_code.h"
#include "core/scan/image_ref.h"
#include "core/util/result.h"

#include <QList>

namespace camie::scan {

class FrameDecoder {
public:
  virtual ~FrameDecoder() = default;
  // Every code found, most wanted first; empty when there is none. Called on
  // the pipeline's worker thread, so it must not touch shared state.
  [[nodiscard]] virtual Result<QList<DecodedCode>> decode(const ImageRef& image) const = 0;
};

} // namespace camie::scan
