#include "ui/camera/video_frame_buffer.h"

#include "core/scan/grey_image.h"
#include "core/scan/image_frame.h"

#include <algorithm>

namespace camie::ui {

namespace {

scan::ImageRef greyRef(const QImage& grey) {
  return {
      grey.constBits(),      grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine()), 1,
      scan::PixelLayout::Lum};
}

// 10-bit Y in the low bits of 16 (little-endian): the top 8 bits, copied.
QImage greyFromLow10(QVideoFrame& frame) {
  if (!frame.map(QVideoFrame::ReadOnly))
    return {};
  QImage grey(frame.width(), frame.height(), QImage::Format_Grayscale8);
  const int stride = frame.bytesPerLine(0);
  if (frame.mappedBytes(0) >= qsizetype(stride) * frame.height() && stride >= 2 * frame.width()) {
    for (int y = 0; y < frame.height(); ++y) {
      const uchar* row = frame.bits(0) + qsizetype(y) * stride;
      uchar* out = grey.scanLine(y);
      for (int x = 0; x < frame.width(); ++x)
        out[x] = static_cast<uchar>(((row[2 * x + 1] << 8) | row[2 * x]) >> 2);
    }
  } else {
    grey = QImage();
  }
  frame.unmap();
  return grey;
}

} // namespace

std::optional<VideoFrameBuffer::LumaLayout>
VideoFrameBuffer::inPlace(QVideoFrameFormat::PixelFormat format) {
  using F = QVideoFrameFormat;
  using L = scan::PixelLayout;
  switch (format) {
  case F::Format_ARGB8888:
  case F::Format_ARGB8888_Premultiplied:
  case F::Format_XRGB8888:
    return LumaLayout{0, 4, L::Xrgb};
  case F::Format_BGRA8888:
  case F::Format_BGRA8888_Premultiplied:
  case F::Format_BGRX8888:
    return LumaLayout{0, 4, L::Bgrx};
  case F::Format_ABGR8888:
  case F::Format_XBGR8888:
    return LumaLayout{0, 4, L::Xbgr};
  case F::Format_RGBA8888:
  case F::Format_RGBX8888:
    return LumaLayout{0, 4, L::Rgbx};
  case F::Format_AYUV:
  case F::Format_AYUV_Premultiplied:
    return LumaLayout{1, 4, L::Lum}; // A Y U V
  case F::Format_YUV420P:
  case F::Format_YUV422P:
  case F::Format_YV12:
  case F::Format_NV12:
  case F::Format_NV21:
  case F::Format_IMC1:
  case F::Format_IMC2:
  case F::Format_IMC3:
  case F::Format_IMC4:
  case F::Format_Y8:
    return LumaLayout{0, 1, L::Lum}; // plane 0 is Y
  case F::Format_YUYV:
    return LumaLayout{0, 2, L::Lum}; // Y U Y V
  case F::Format_UYVY:
    return LumaLayout{1, 2, L::Lum}; // U Y V Y
  case F::Format_Y16:
  case F::Format_P010:
  case F::Format_P016:
    return LumaLayout{1, 2, L::Lum}; // 16-bit little-endian Y: its high byte
  case F::Format_Invalid:
  case F::Format_YUV420P10: // 10 bits in the low bits: no byte to read as grey
  case F::Format_SamplerExternalOES:
  case F::Format_Jpeg:
  case F::Format_SamplerRect:
    return std::nullopt;
  }
  return std::nullopt;
}

std::shared_ptr<scan::FrameBuffer> VideoFrameBuffer::forPipeline(const QVideoFrame& frame) {
  if (frame.handleType() != QVideoFrame::RhiTextureHandle)
    return std::make_shared<VideoFrameBuffer>(frame);
  const QImage grey = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
  scan::GreyImage copy(grey.width(), grey.height());
  for (int y = 0; y < grey.height(); ++y)
    std::copy_n(grey.constScanLine(y), grey.width(),
                copy.pixels.data() + qsizetype(y) * copy.width);
  return std::make_shared<scan::ImageFrame>(std::move(copy));
}

std::optional<scan::ImageRef> VideoFrameBuffer::map() {
  if (!frame_.isValid())
    return std::nullopt;
  const auto layout = inPlace(frame_.pixelFormat());
  if (!layout && frame_.pixelFormat() == QVideoFrameFormat::Format_YUV420P10) {
    converted_ = greyFromLow10(frame_);
    if (converted_.isNull())
      return std::nullopt;
    return greyRef(converted_);
  }
  if (!layout) {
    converted_ = frame_.toImage().convertToFormat(QImage::Format_Grayscale8);
    if (converted_.isNull())
      return std::nullopt;
    return greyRef(converted_);
  }
  if (!frame_.map(QVideoFrame::ReadOnly))
    return std::nullopt;
  const qsizetype needed = qsizetype(frame_.bytesPerLine(0)) * (frame_.height() - 1) +
                           qsizetype(frame_.width() - 1) * layout->pixelStride + layout->offset +
                           scan::ImageRef::bytesPerPixel(layout->layout);
  if (!frame_.bits(0) || frame_.mappedBytes(0) < needed) {
    frame_.unmap();
    return std::nullopt;
  }
  return scan::ImageRef{frame_.bits(0) + layout->offset, frame_.width(),      frame_.height(),
                        frame_.bytesPerLine(0),          layout->pixelStride, layout->layout};
}

void VideoFrameBuffer::unmap() {
  if (frame_.isMapped())
    frame_.unmap();
}

} // namespace camie::ui
