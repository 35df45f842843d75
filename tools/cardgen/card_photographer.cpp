#include "tools/cardgen/card_photographer.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <random>

namespace camie::cardgen {

namespace {

// Uniform in [low, high) from the generator's raw output (portable, unlike
// the standard distributions).
double uniform(std::mt19937& rng, double low, double high) {
  return low + (high - low) * (rng() / 4294967296.0);
}

double gaussian(std::mt19937& rng) {
  const double u1 = std::max(uniform(rng, 0, 1), 1e-12);
  const double u2 = uniform(rng, 0, 1);
  return std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

// One horizontal then one vertical box blur of `radius`, on 32-bit pixels.
void boxBlur(QImage& image, int radius) {
  if (radius <= 0)
    return;
  QImage out(image.size(), image.format());
  const auto pass = [radius](const QImage& in, QImage& to, bool horizontal) {
    const int w = in.width();
    const int h = in.height();
    const int n = horizontal ? w : h;
    const int lines = horizontal ? h : w;
    for (int line = 0; line < lines; ++line) {
      const auto px = [&](int i) {
        i = std::clamp(i, 0, n - 1);
        return horizontal ? in.pixel(i, line) : in.pixel(line, i);
      };
      int sr = 0, sg = 0, sb = 0;
      for (int i = -radius; i <= radius; ++i) {
        const QRgb c = px(i);
        sr += qRed(c);
        sg += qGreen(c);
        sb += qBlue(c);
      }
      const int count = 2 * radius + 1;
      for (int i = 0; i < n; ++i) {
        const QRgb value = qRgb(sr / count, sg / count, sb / count);
        if (horizontal)
          to.setPixel(i, line, value);
        else
          to.setPixel(line, i, value);
        const QRgb add = px(i + radius + 1);
        const QRgb drop = px(i - radius);
        sr += qRed(add) - qRed(drop);
        sg += qGreen(add) - qGreen(drop);
        sb += qBlue(add) - qBlue(drop);
      }
    }
  };
  pass(image, out, true);
  pass(out, image, false);
}

} // namespace

PhotoStyle PhotoStyle::clean() {
  return PhotoStyle{0.01, 0, 2, 0, 1, 92};
}

PhotoStyle PhotoStyle::degraded(quint32 seed) {
  std::mt19937 rng(seed);
  PhotoStyle style;
  style.tilt = uniform(rng, 0.01, 0.04);
  style.blur = uniform(rng, 0, 1.6);
  style.noise = uniform(rng, 4, 14);
  style.glare = uniform(rng, 0, 0.55);
  style.contrast = uniform(rng, 0.45, 0.9);
  style.jpegQuality = static_cast<int>(uniform(rng, 45, 85));
  return style;
}

QImage CardPhotographer::photograph(const QImage& card, const PhotoStyle& style, quint32 seed) {
  std::mt19937 rng(seed);
  QImage photo(1280, 900, QImage::Format_RGB32);
  {
    QPainter p(&photo);
    QLinearGradient table(0, 0, 1280, 900);
    const int shade = static_cast<int>(uniform(rng, 60, 140));
    table.setColorAt(0, QColor(shade, shade - 20, shade - 35));
    table.setColorAt(1, QColor(shade - 30, shade - 40, shade - 50));
    p.fillRect(photo.rect(), table);

    const double cw = 1020;
    const double ch = cw * card.height() / card.width();
    const QPointF origin((1280 - cw) / 2, (900 - ch) / 2);
    const auto jitter = [&](QPointF corner) {
      return corner +
             QPointF(uniform(rng, -1, 1) * style.tilt * cw, uniform(rng, -1, 1) * style.tilt * ch);
    };
    QPolygonF quad;
    quad << jitter(origin) << jitter(origin + QPointF(cw, 0)) << jitter(origin + QPointF(cw, ch))
         << jitter(origin + QPointF(0, ch));
    QTransform transform;
    QTransform::quadToQuad(QPolygonF(QRectF(card.rect())), quad, transform);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(transform);
    p.drawImage(0, 0, card);
    p.resetTransform();

    if (style.glare > 0) {
      const QPointF centre(uniform(rng, 300, 980), uniform(rng, 200, 700));
      QRadialGradient glare(centre, uniform(rng, 120, 300));
      glare.setColorAt(0, QColor(255, 255, 255, static_cast<int>(255 * style.glare)));
      glare.setColorAt(1, QColor(255, 255, 255, 0));
      p.fillRect(photo.rect(), glare);
    }
  }
  boxBlur(photo, static_cast<int>(std::lround(style.blur)));

  const double mid = 128;
  for (int y = 0; y < photo.height(); ++y) {
    auto* row = reinterpret_cast<QRgb*>(photo.scanLine(y));
    for (int x = 0; x < photo.width(); ++x) {
      const double n = style.noise > 0 ? gaussian(rng) * style.noise : 0;
      const auto level = [&](int c) {
        return std::clamp(static_cast<int>(std::lround(mid + (c - mid) * style.contrast + n)), 0,
                          255);
      };
      row[x] = qRgb(level(qRed(row[x])), level(qGreen(row[x])), level(qBlue(row[x])));
    }
  }

  // A camera's JPEG, in memory.
  QByteArray jpeg;
  QBuffer buffer(&jpeg);
  buffer.open(QIODevice::WriteOnly);
  photo.save(&buffer, "JPG", style.jpegQuality);
  QImage decoded;
  decoded.loadFromData(jpeg, "JPG");
  return decoded.convertToFormat(QImage::Format_RGB32);
}

} // namespace camie::cardgen
