// VideoFrameBuffer: a Qt Multimedia camera frame as the frame pipeline sees it.
// Mapped on the pipeline's worker thread and read in place: the Y plane of
// planar and semi-planar YUV (NV12, YUV420P, ...) as grey, every other byte of
// packed YUYV/UYVY, RGB(A) as is. Only JPEG and GPU-only frames are converted.
#pragma once

#include "core/scan/frame_buffer.h"

#include <QImage>
#include <QVideoFrame>

#include <memory>

namespace camie::ui {

class VideoFrameBuffer final : public scan::FrameBuffer {
public:
  explicit VideoFrameBuffer(QVideoFrame frame) : frame_(std::move(frame)) {}

  // A frame for the pipeline, made on the thread that delivered `frame`. A
  // frame held only as a GPU texture can be read on that thread alone, so it
  // is copied to grey there; every other frame is kept as it is.
  static std::shared_ptr<scan::FrameBuffer> forPipeline(const QVideoFrame& frame);

  std::optional<scan::ImageRef> map() override;
  void unmap() override;

  // How a pixel format is read without copying; nullopt: it must be converted.
  struct LumaLayout {
    int offset = 0;      // bytes from the start of plane 0 to the first luma byte
    int pixelStride = 1; // bytes from one luma value to the next
    scan::PixelLayout layout = scan::PixelLayout::Lum;
  };
  static std::optional<LumaLayout> inPlace(QVideoFrameFormat::PixelFormat format);

private:
  QVideoFrame frame_;
  QImage converted_; // grey copy, for JPEG and other formats ZXing cannot read
};

} // namespace camie::ui
