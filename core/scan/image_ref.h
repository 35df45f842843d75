// ImageRef: a read-only view of 8-bit pixels that someone else owns — a camera
// frame's luma plane, a decoded image file, a test picture. What decoders read.
#pragma once

#include <QtGlobal>

namespace camie::scan {

// How the bytes of one pixel are laid out. Lum is one grey byte per pixel
// (with a pixel stride of 2 it reads the Y bytes of packed YUYV/UYVY).
enum class PixelLayout { Lum, Rgb, Bgr, Rgbx, Bgrx, Xrgb, Xbgr };

struct ImageRef {
  const uchar* data = nullptr; // the first pixel of the first row
  int width = 0;
  int height = 0;
  int rowStride = 0;   // bytes from a row to the next; 0: width * pixel stride
  int pixelStride = 0; // bytes from a pixel to the next; 0: the layout's own size
  PixelLayout layout = PixelLayout::Lum;

  static constexpr int bytesPerPixel(PixelLayout layout) {
    switch (layout) {
    case PixelLayout::Lum:
      return 1;
    case PixelLayout::Rgb:
    case PixelLayout::Bgr:
      return 3;
    case PixelLayout::Rgbx:
    case PixelLayout::Bgrx:
    case PixelLayout::Xrgb:
    case PixelLayout::Xbgr:
      return 4;
    }
    return 1;
  }
  int effectivePixelStride() const { return pixelStride > 0 ? pixelStride : bytesPerPixel(layout); }
  int effectiveRowStride() const {
    return rowStride != 0 ? rowStride : width * effectivePixelStride();
  }
  // Something to read, and rows wide enough for the pixels they claim to hold.
  bool isValid() const {
    return data && width > 0 && height > 0 &&
           qAbs(static_cast<qint64>(effectiveRowStride())) >=
               static_cast<qint64>(width - 1) * effectivePixelStride() + bytesPerPixel(layout);
  }
};

} // namespace camie::scan
