// GeneratedCards: the fixed set of generated ID card pictures the card tests
// read — made in memory from a seed at test time, never committed or written.
#pragma once

#include "core/domain/gazetteer.h"
#include "core/scan/image_ref.h"
#include "tools/cardgen/card_generator.h"
#include "tools/cardgen/card_photographer.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace camie::test {

inline const domain::Gazetteer& testGazetteer() {
  static const domain::Gazetteer gazetteer = [] {
    QFile file(QStringLiteral(CAMIE_SHARED_DIR "/data/gazetteer-kh-2022.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto parsed = domain::Gazetteer::fromJson(file.readAll());
    REQUIRE(parsed);
    return *parsed;
  }();
  return gazetteer;
}

// A grey copy of a picture, as the reader takes it.
inline QImage grey(const QImage& image) {
  return image.convertToFormat(QImage::Format_Grayscale8);
}

inline scan::ImageRef view(const QImage& greyImage) {
  return {greyImage.constBits(),
          greyImage.width(),
          greyImage.height(),
          static_cast<int>(greyImage.bytesPerLine()),
          1,
          scan::PixelLayout::Lum};
}

} // namespace camie::test
