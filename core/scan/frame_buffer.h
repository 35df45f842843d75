// FrameBuffer: one frame handed to the frame pipeline. It is mapped for
// reading on the pipeline's worker thread, so a camera frame can stay in the
// camera's memory (no copy) until the decoder reads it.
#pragma once

#include "core/scan/image_ref.h"

#include <optional>

namespace camie::scan {

class FrameBuffer {
public:
  virtual ~FrameBuffer() = default;
  // The pixels, readable until unmap(); nullopt when the frame cannot be read.
  virtual std::optional<ImageRef> map() = 0;
  virtual void unmap() {}
};

} // namespace camie::scan
