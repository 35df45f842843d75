#include "ui/camera/card_still_picker.h"

#include <cmath>
#include <cstdlib>

namespace camie::ui {

double CardStillPicker::sharpness(const QImage& t) {
  if (t.width() < 3 || t.height() < 3)
    return 0;
  double sum = 0;
  for (int y = 1; y < t.height() - 1; ++y) {
    const uchar* up = t.constScanLine(y - 1);
    const uchar* row = t.constScanLine(y);
    const uchar* down = t.constScanLine(y + 1);
    for (int x = 1; x < t.width() - 1; ++x)
      sum += std::abs(4 * row[x] - row[x - 1] - row[x + 1] - up[x] - down[x]);
  }
  return sum / (static_cast<double>(t.width() - 2) * (t.height() - 2));
}

double CardStillPicker::motion(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.isNull())
    return 255;
  double sum = 0;
  for (int y = 0; y < a.height(); ++y) {
    const uchar* ra = a.constScanLine(y);
    const uchar* rb = b.constScanLine(y);
    for (int x = 0; x < a.width(); ++x)
      sum += std::abs(ra[x] - rb[x]);
  }
  return sum / (static_cast<double>(a.width()) * a.height());
}

QImage CardStillPicker::greyCopy(const scan::ImageRef& view) {
  if (!view.isValid())
    return {};
  QImage out(view.width, view.height, QImage::Format_Grayscale8);
  const int ps = view.effectivePixelStride();
  for (int y = 0; y < view.height; ++y) {
    const uchar* in = view.data + static_cast<qsizetype>(y) * view.effectiveRowStride();
    uchar* o = out.scanLine(y);
    for (int x = 0; x < view.width; ++x) {
      const uchar* p = in + static_cast<qsizetype>(x) * ps;
      int r = 0;
      int g = 0;
      int b = 0;
      switch (view.layout) {
      case scan::PixelLayout::Lum:
        o[x] = p[0];
        continue;
      case scan::PixelLayout::Rgb:
      case scan::PixelLayout::Rgbx:
        r = p[0], g = p[1], b = p[2];
        break;
      case scan::PixelLayout::Bgr:
      case scan::PixelLayout::Bgrx:
        b = p[0], g = p[1], r = p[2];
        break;
      case scan::PixelLayout::Xrgb:
        r = p[1], g = p[2], b = p[3];
        break;
      case scan::PixelLayout::Xbgr:
        b = p[1], g = p[2], r = p[3];
        break;
      }
      o[x] = static_cast<uchar>((r * 77 + g * 150 + b * 29) >> 8);
    }
  }
  return out;
}

void CardStillPicker::reset() {
  state_ = State::Waiting;
  previous_ = {};
  steadyRun_ = 0;
  bestSharpness_ = 0;
  best_ = {};
  still_ = {};
}

CardStillPicker::State CardStillPicker::feed(const QImage& frame) {
  if (state_ == State::Taken || frame.isNull())
    return state_;
  const QImage grey = frame.format() == QImage::Format_Grayscale8
                          ? frame
                          : frame.convertToFormat(QImage::Format_Grayscale8);
  const QImage thumbnail = grey.scaledToWidth(kThumbnailWidth, Qt::SmoothTransformation);
  const double moved = motion(previous_, thumbnail);
  previous_ = thumbnail;
  if (moved > kMaxMotion) {
    steadyRun_ = 0;
    bestSharpness_ = 0;
    best_ = {};
    return state_ = State::Moving;
  }
  const double sharp = sharpness(thumbnail);
  if (sharp < kMinSharpness) {
    steadyRun_ = 0;
    bestSharpness_ = 0;
    best_ = {};
    return state_ = State::Blurred;
  }
  ++steadyRun_;
  if (sharp > bestSharpness_) {
    bestSharpness_ = sharp;
    best_ = grey;
  }
  if (steadyRun_ < kSteadyFrames)
    return state_ = State::Steady;
  still_ = best_;
  best_ = {};
  return state_ = State::Taken;
}

} // namespace camie::ui
