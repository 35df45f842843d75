// Picture operations for the scanning tests, on raw grey buffers: paste a
// code into a frame, rotate, scale, blur, add noise — what a camera does to a
// code, made by the test so no fixture images are needed.
#pragma once

#include "core/scan/grey_image.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace camie::scan::test {

// Copies `src` into `dst` with its top-left corner at (x, y), clipped.
inline void paste(GreyImage& dst, const GreyImage& src, int x, int y) {
  for (int sy = 0; sy < src.height; ++sy) {
    for (int sx = 0; sx < src.width; ++sx) {
      const int dx = x + sx;
      const int dy = y + sy;
      if (dx >= 0 && dy >= 0 && dx < dst.width && dy < dst.height)
        dst.set(dx, dy, src.at(sx, sy));
    }
  }
}

// Bilinear sample; outside the picture: `fill`.
inline double sample(const GreyImage& src, double x, double y, uchar fill) {
  const int x0 = static_cast<int>(std::floor(x));
  const int y0 = static_cast<int>(std::floor(y));
  const double fx = x - x0;
  const double fy = y - y0;
  const auto px = [&](int px_, int py_) -> double {
    if (px_ < 0 || py_ < 0 || px_ >= src.width || py_ >= src.height)
      return fill;
    return src.at(px_, py_);
  };
  return (1 - fx) * (1 - fy) * px(x0, y0) + fx * (1 - fy) * px(x0 + 1, y0) +
         (1 - fx) * fy * px(x0, y0 + 1) + fx * fy * px(x0 + 1, y0 + 1);
}

// Turned by `degrees` about its centre, on a canvas big enough for all of it.
inline GreyImage rotated(const GreyImage& src, double degrees, uchar fill = 255) {
  const double a = degrees * std::numbers::pi / 180.0;
  const double c = std::cos(a);
  const double s = std::sin(a);
  const int w = static_cast<int>(std::ceil(std::abs(src.width * c) + std::abs(src.height * s)));
  const int h = static_cast<int>(std::ceil(std::abs(src.width * s) + std::abs(src.height * c)));
  GreyImage out(w, h, fill);
  const double cx = src.width / 2.0;
  const double cy = src.height / 2.0;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const double dx = x - w / 2.0;
      const double dy = y - h / 2.0;
      const double v = sample(src, cx + dx * c + dy * s, cy - dx * s + dy * c, fill);
      out.set(x, y, static_cast<uchar>(std::lround(v)));
    }
  }
  return out;
}

inline GreyImage scaled(const GreyImage& src, double factor) {
  const int w = std::max(1, static_cast<int>(src.width * factor));
  const int h = std::max(1, static_cast<int>(src.height * factor));
  GreyImage out(w, h);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x)
      out.set(x, y,
              static_cast<uchar>(std::lround(
                  sample(src, (x + 0.5) / factor - 0.5, (y + 0.5) / factor - 0.5, 255))));
  }
  return out;
}

// Box blur over (2 * radius + 1)^2 pixels: an out-of-focus camera.
inline GreyImage blurred(const GreyImage& src, int radius) {
  GreyImage out(src.width, src.height);
  for (int y = 0; y < src.height; ++y) {
    for (int x = 0; x < src.width; ++x) {
      int sum = 0;
      int n = 0;
      for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
          const int sx = std::clamp(x + dx, 0, src.width - 1);
          const int sy = std::clamp(y + dy, 0, src.height - 1);
          sum += src.at(sx, sy);
          ++n;
        }
      }
      out.set(x, y, static_cast<uchar>(sum / n));
    }
  }
  return out;
}

// Gaussian sensor noise, the same for the same seed.
inline void addNoise(GreyImage& image, double sigma, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> noise(0.0, sigma);
  for (qsizetype i = 0; i < image.pixels.size(); ++i) {
    const double v = static_cast<uchar>(image.pixels[i]) + noise(rng);
    image.pixels[i] = static_cast<char>(std::clamp(static_cast<int>(std::lround(v)), 0, 255));
  }
}

// A camera's limited contrast: black becomes `low`, white `high`.
inline void squeezeContrast(GreyImage& image, int low, int high) {
  for (qsizetype i = 0; i < image.pixels.size(); ++i) {
    const int v = static_cast<uchar>(image.pixels[i]);
    image.pixels[i] = static_cast<char>(low + v * (high - low) / 255);
  }
}

// A 1280 x 720 frame of a desk: a soft gradient with some dark blocks (text,
// a keyboard's edge), no code.
inline GreyImage deskFrame(unsigned seed, int width = 1280, int height = 720) {
  GreyImage frame(width, height);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x)
      frame.set(x, y, static_cast<uchar>(90 + x * 100 / width + y * 40 / height));
  }
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> px(0, width - 60);
  std::uniform_int_distribution<int> py(0, height - 16);
  for (int k = 0; k < 120; ++k) {
    const int x0 = px(rng);
    const int y0 = py(rng);
    for (int y = y0; y < y0 + 10; ++y) {
      for (int x = x0; x < x0 + 40; ++x)
        frame.set(x, y, 40);
    }
  }
  return frame;
}

} // namespace camie::scan::test
