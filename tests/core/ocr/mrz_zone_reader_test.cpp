#include "core/ocr/mrz_zone_reader.h"

#include <catch2/catch.hpp>

using namespace camie::ocr;

namespace {

constexpr int kPitch = 30;
constexpr int kLeft = 60;

// One line of a zone as the OCR gives it: `printed` is what the card shows
// (it sets each glyph's height, as OCR-B draws it: a filler 26 pixels high, a
// letter 30, a digit 32), `read` what the OCR read in each cell ('.' for
// nothing read there).
QList<OcrSymbol> zoneLine(const QString& printed, const QString& read, int top) {
  QList<OcrSymbol> line;
  for (int c = 0; c < printed.size(); ++c) {
    const QChar p = printed[c];
    const QChar r = read[c];
    if (r == u'.')
      continue;
    const int height = p == u'<' ? 26 : p.isDigit() ? 32 : 30;
    line.append(
        {r, 0.97, QRect(kLeft + c * kPitch, top + 32 - height, 20, height)}); // bottoms align
  }
  return line;
}

struct Zone {
  QList<OcrSymbol> one, two, three;
  std::array<const QList<OcrSymbol>*, 3> lines() const { return {&one, &two, &three}; }
};

const QString kOne = QStringLiteral("IDKHM0123456784<<<<<<<<<<<<<<<");
const QString kTwo = QStringLiteral("9001158M3001145KHM<<<<<<<<<<<0");
const QString kThree = QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<");

Zone zone(const QString& readOne, const QString& readTwo, const QString& readThree,
          const QString& three = kThree) {
  return {zoneLine(kOne, readOne, 400), zoneLine(kTwo, readTwo, 460),
          zoneLine(three, readThree, 520)};
}

} // namespace

TEST_CASE("characters go to their cells: lost fillers come back, a double read counts once",
          "[ocr]") {
  Zone z = zone(QStringLiteral("IDKHM0123456784<<....<<<....<<"),
                QStringLiteral("9001158M3001145KHM<.........<0"),
                QStringLiteral("SOK<<DARA<<<<<<...<<<<<<<<...."));
  // A narrow stray beside the 0 of the number, off its cell's centre; a
  // sliver read as a tall, narrow K in an empty cell of the optional data.
  z.one.insert(6, {u'O', 0.9, QRect(kLeft + 5 * kPitch + 14, 400, 12, 32)});
  z.one.insert(19, {u'K', 0.9, QRect(kLeft + 18 * kPitch + 6, 401, 9, 31)});
  const auto placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines == QStringList{kOne, kTwo, kThree});
  CHECK_FALSE(placed->namesGap);
  CHECK(placed->namesConfidence == Approx(0.97));
}

TEST_CASE("a filler read as a look-alike is as low as a filler: a filler again", "[ocr]") {
  // Tesseract reads OCR-B fillers as K, E, C, S, X, G, J, or digits in the
  // optional data; the glyph's box is a filler's, lower than any letter.
  const Zone z = zone(QStringLiteral("IDKHM0123456784<<<<<<KEKKK6<<<"),
                      QStringLiteral("9001158M3001145KHM<<<K<<<<C<<0"),
                      QStringLiteral("SOK<<DARAKK<<<<<<KKKKKK<<<<EXS"));
  const auto placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines == QStringList{kOne, kTwo, kThree});
}

TEST_CASE("a letter of the names stays as read: full height, not a look-alike, or between letters",
          "[ocr]") {
  // SOK ends in a real K (full height); in DARA<K<MEAS, a K between letters
  // is left for the teller (no check digit covers the names), and a glyph
  // read as R is no filler's look-alike, however low.
  const QString three = QStringLiteral("SOK<<DARA<MEAS<<<<<<<<<<<<<<<<");
  Zone z = zone(kOne, kTwo, QStringLiteral("SOK<<DARAKMEAS<<<<<<<<<<<<<<<<"), three);
  auto placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines[2] == u"SOK<<DARAKMEAS<<<<<<<<<<<<<<<<");
  z = zone(kOne, kTwo, QStringLiteral("SOK<<DARA<MEASR<<<<<<<<<<<<<<<"), three);
  placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines[2] == u"SOK<<DARA<MEASR<<<<<<<<<<<<<<<");
  // Names ending in a filler's look-alike as high as a letter (MEAS, or
  // MEA with a filler misread as S): the teller looks.
  z = zone(kOne, kTwo, QStringLiteral("SOK<<DARA<MEAS<<<<<<<<<<<<<<<<"), three);
  placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines[2] == three);
  CHECK(placed->namesConfidence <= 0.5);
  // A narrow K of the issuer, beside fillers read as wide Ks, is no stray:
  // a stray only fills an empty cell, never one of the optional data.
  z = zone(QStringLiteral("IDKHM0123456784<<<<KKKKKKKKKKK"), kTwo, kThree);
  z.one[2].box.setWidth(14);
  z.one.append({u'K', 0.9, QRect(kLeft + 16 * kPitch + 20, 401, 8, 31)});
  placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines[0] == kOne);
}

TEST_CASE("an empty cell between letters of the names and an unsure letter are told", "[ocr]") {
  Zone z = zone(kOne, kTwo, QStringLiteral("SOK<<DA.A<<<<<<<<<<<<<<<<<<<<<"));
  z.three[0].confidence = 0.5;
  const auto placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines[2] == u"SOK<<DA<A<<<<<<<<<<<<<<<<<<<<<");
  CHECK(placed->namesGap);
  CHECK(placed->namesConfidence == Approx(0.5));
}

TEST_CASE("several cells read as one: fillers after the names, else nothing is placed", "[ocr]") {
  Zone z = zone(kOne, kTwo, QStringLiteral("SOK<<DARA<<<<<<..............."));
  z.three.append({u'K', 0.2, QRect(kLeft + 15 * kPitch, 526, 8 * kPitch, 26)});
  auto placed = MrzZoneReader::placeInCells(z.lines());
  REQUIRE(placed);
  CHECK(placed->lines[2] == kThree);
  // Across the names.
  z = zone(kOne, kTwo, QStringLiteral("SOK<<D...<<<<<<<<<<<<<<<<<<<<<"));
  z.three.append({u'M', 0.2, QRect(kLeft + 6 * kPitch, 522, 3 * kPitch, 30)});
  CHECK_FALSE(MrzZoneReader::placeInCells(z.lines()));
}

TEST_CASE("nothing is placed without a composite cell or with lines not under each other",
          "[ocr]") {
  // The composite check digit is never made a filler from an empty cell.
  Zone z = zone(kOne, QStringLiteral("9001158M3001145KHM<<<<<<<<<<<."), kThree);
  CHECK_FALSE(MrzZoneReader::placeInCells(z.lines()));
  // A line starting a cell and more to the right of the others.
  z = zone(kOne, kTwo, kThree);
  for (OcrSymbol& s : z.two)
    s.box.translate(kPitch * 3 / 4, 0);
  CHECK_FALSE(MrzZoneReader::placeInCells(z.lines()));
}

TEST_CASE("the names line read again alone must say the same names", "[ocr]") {
  // KEO read KEQ in the zone, KEO alone: not the same, the teller looks.
  CHECK_FALSE(MrzZoneReader::sameNames(QStringLiteral("KEQ<<PISEY<<<<<<<<<<<<<<<<<<<<"),
                                       QStringLiteral("KEO<<PISEY<<<<<<<<<<K6<K<66<<<<")));
  CHECK_FALSE(MrzZoneReader::sameNames(QStringLiteral("PICH<<CHANTREB<<<<<<<<<<<<<<<<"),
                                       QStringLiteral("PICH<<CHANTREA<<<<<<<<<")));
  // The same names, whatever the fillers: lost, or read as K beside one;
  // the names' own K stay (SOK, SOKHA).
  CHECK(MrzZoneReader::sameNames(QStringLiteral("CHAN<<SOKHA<<<<<<<<<<<<<<<<<<<"),
                                 QStringLiteral("CHAN<K<KSOKHA<<<<K<<<KKKKK<<<<<K<")));
  CHECK(MrzZoneReader::sameNames(QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<"),
                                 QStringLiteral("sok << dara <<<")));
  // A letter lost on the second reading, or nothing read: not confirmed.
  CHECK_FALSE(MrzZoneReader::sameNames(QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<"),
                                       QStringLiteral("SOK<<DRA<<<<<<<<<<<<<<<<<<<<<<")));
  CHECK_FALSE(MrzZoneReader::sameNames(QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<"), {}));
}
