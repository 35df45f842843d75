// MrzCells: the three lines of a TD1 zone rebuilt from the characters the OCR
// read and where it saw them, rather than from its lines of text.
//
// Why: OCR-B is monospaced, so every character of the zone stands in one of
// 30 cells of a fixed pitch, the three lines one under the other. Tesseract's
// text loses fillers in long runs (`<<<<` read as `<<`), reads one glyph twice,
// reads a sliver between two fillers as one more narrow K or `<`, and reads a
// filler as a look-alike (K, E, C, S, X, G, J; a digit in the optional data).
// Its symbol boxes still say where each glyph stood and how high it was: a
// filler is a lower glyph than any letter or digit (about 87 % of a capital).
//
// placeInCells() finds the pitch (the usual step between neighbours), fits
// each line's grid to its symbols, and requires the three grids to start one
// under the other. It then puts each symbol in the cell nearest its centre:
//   - two symbols in one cell (a double read): the one nearer the centre;
//   - a stray (a K or `<` narrower than that character usually is) only
//     fills a cell nothing else took, and never one of the optional data;
//   - a cell nothing was read in: a filler, as the OCR loses them — but
//     never the composite check digit (no zone then);
//   - a look-alike lower than the midpoint between the letters that always
//     stand in a zone (IDKHM, the nationality) and the fillers read as such
//     is a filler where a filler may stand: on lines 1 and 2 its cell is
//     left a filler for the check digits to judge (MrzCorrector); in the
//     names, which no check digit covers, it becomes one only next to a
//     filler, so a letter between letters stays as read;
//   - one symbol wider than 1.6 cells (several read as one: a smear of
//     fillers) is taken for fillers only in the optional data, or after the
//     names' last letter when lower than a letter; anywhere else nothing is
//     placed.
// The result also says how sure the names are (their least sure letter,
// lowered when they end in a tall look-alike) and whether a cell between
// their letters was empty (a letter may be lost): the card reader marks such
// names low for the teller.
//
// sameNames() compares the names of a zone that validated with its names line
// read a second time, alone (MrzZoneReader::read does it: the names have no
// check digit).
//
// MrzZoneReader::readOnce tries the placed lines first and the lines as read
// when they do not validate. Outside input (any boxes): fuzz target
// tests/fuzz/mrz_cells_fuzz.cpp.
#pragma once

#include "core/ocr/tesseract_engine.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace camie::ocr {

struct MrzCells {
  QStringList lines;     // three lines of 30 zone characters (A-Z 0-9 <)
  bool namesGap = false; // an empty cell between letters of the names
  // The lowest OCR confidence of a letter of the names; at most 0.5 when the
  // names end in a filler's look-alike (K, E, C, S, X, G, J).
  double namesConfidence = 1;
};

// The zone's three lines (`lines`: the symbols of three lines of text, top to
// bottom) with every character placed in its cell, as above. Nothing when the
// boxes do not make three lines of 30 cells one under the other, when a smear
// covers cells that are not all fillers, or when the composite check digit's
// cell is empty.
std::optional<MrzCells> placeInCells(const std::array<const QList<OcrSymbol>*, 3>& lines);

// Whether the names of a validated zone's third line (`names`) are the ones a
// second reading of that line (`reread`, as read: any case, blanks) begins
// with. Both compared without fillers and without a K beside a filler (a
// filler's look-alike), so a `<<` read as `<K<` is no disagreement.
bool sameNames(const QString& names, const QString& reread);

} // namespace camie::ocr
