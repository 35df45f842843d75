// GreyImage: an owned 8-bit grey picture (0 black, 255 white), rows packed —
// a generated code, a test or benchmark frame. Viewed by decoders as an ImageRef.
#pragma once

#include "core/scan/image_ref.h"

#include <QByteArray>

namespace camie::scan {

struct GreyImage {
  int width = 0;
  int height = 0;
  QByteArray pixels; // width * height bytes, row after row

  GreyImage() = default;
  GreyImage(int w, int h, uchar fill = 255)
      : width(w), height(h), pixels(qsizetype(w) * h, static_cast<char>(fill)) {}

  bool isNull() const { return width <= 0 || height <= 0; }
  uchar at(int x, int y) const { return static_cast<uchar>(pixels.at(qsizetype(y) * width + x)); }
  void set(int x, int y, uchar value) {
    pixels[qsizetype(y) * width + x] = static_cast<char>(value);
  }
  ImageRef ref() const {
    return {reinterpret_cast<const uchar*>(pixels.constData()),
            width,
            height,
            width,
            1,
            PixelLayout::Lum};
  }
};

} // namespace camie::scan
