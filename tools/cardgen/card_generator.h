// CardGenerator: makes Khmer national ID cards for tests and benchmarks —
// random holders (real places from the gazetteer, valid MRZs with correct
// check digits), fronts with shaped Khmer text in a chosen Khmer font, backs
// with an OCR-B TD1 zone. Seeded: the same seed gives the same cards. Qt Gui
// (QPainter, HarfBuzz shaping); needs a QGuiApplication.
#pragma once

#include "core/domain/gazetteer.h"
#include "tools/cardgen/card_person.h"

#include <QImage>
#include <QStringList>

#include <random>

namespace camie::cardgen {

class CardGenerator {
public:
  // Card pictures at about 300 dpi: 85.6 x 54 mm.
  static constexpr int kWidth = 1012;
  static constexpr int kHeight = 638;

  CardGenerator(quint32 seed, const domain::Gazetteer& gazetteer);

  CardPerson person();

  // The TD1 zone of the person's card: three lines of 30.
  static QStringList mrzLines(const CardPerson& person);
  // The Khmer fonts of Debian's fonts-khmeros and fonts-noto-core present here.
  static QStringList khmerFonts();

  static QImage front(const CardPerson& person, const QString& khmerFont);
  static QImage back(const CardPerson& person, const QString& khmerFont);

private:
  QString place(bool withVillage);
  int uniform(int low, int high); // both ends included

  std::mt19937 rng_;
  const domain::Gazetteer& gazetteer_;
  QList<const domain::Gazetteer::Unit*> provinces_;
};

} // namespace camie::cardgen
