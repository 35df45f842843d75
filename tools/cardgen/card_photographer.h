// CardPhotographer: "photographs" a generated card in software — the card laid
// on a table at an angle (perspective), out of focus (blur), with sensor
// noise, a glare spot, dull light (low contrast) and JPEG compression — all
// from a seed, so a fixed set of photos is the same on every run.
#pragma once

#include <QImage>

namespace camie::cardgen {

struct PhotoStyle {
  double tilt = 0;      // corner displacement, as a fraction of the card's size
  double blur = 0;      // box-blur radius in pixels (two passes)
  double noise = 0;     // standard deviation of the added noise, 0..255
  double glare = 0;     // peak opacity of a white glare spot, 0..1
  double contrast = 1;  // 1 unchanged, 0.5 half the range
  int jpegQuality = 95; // re-encoded in memory as a camera would

  static PhotoStyle clean();
  // A random hard-but-readable photo.
  static PhotoStyle degraded(quint32 seed);
};

class CardPhotographer {
public:
  // The card on a 1280 x 900 picture, the card about four fifths of its width.
  static QImage photograph(const QImage& card, const PhotoStyle& style, quint32 seed);
};

} // namespace camie::cardgen
