// ImageFrame: a frame that owns its pixels (a grey picture) — for still
// images, test frames and the benchmark's simulated camera.
#pragma once

#include "core/scan/frame_buffer.h"
#include "core/scan/grey_image.h"

namespace camie::scan {

class ImageFrame final : public FrameBuffer {
public:
  explicit ImageFrame(GreyImage image) : image_(std::move(image)) {}

  std::optional<ImageRef> map() override {
    if (image_.isNull())
      return std::nullopt;
    return image_.ref();
  }
  const GreyImage& image() const { return image_; }

private:
  GreyImage image_;
};

} // namespace camie::scan
