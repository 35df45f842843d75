#include "core/ocr/mrz_zone_reader.h"

#include "core/scan/mrz_layout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace camie::ocr {

namespace {

using scan::MrzLayout;

double median(std::vector<double> values) {
  if (values.empty())
    return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// Where a filler may stand in a TD1 zone: after the document code and the
// issuing state on line 1, in the optional data and the composite check digit
// on line 2 (a card without one), and anywhere after the first letter of the names.
bool fillerMayStand(int line, int column) {
  if (line == 0)
    return column >= 5;
  if (line == 1)
    return column >= 18;
  return column >= 1;
}

// Cells where a TD1 zone always holds a letter: the document code and issuing
// state (line 1), the nationality (line 2).
bool alwaysLetter(int line, int column) {
  return (line == 0 && column < 5) || (line == 1 && column >= 15 && column < 18);
}

// The names' confidence when they end in a filler's look-alike.
constexpr double kDoubtfulEnd = 0.5;

// Where one line's cells stand: column c is centred at origin + c * pitch.
struct Grid {
  double origin = 0;
  double pitch = 0;
  int column(double x) const { return static_cast<int>(std::lround((x - origin) / pitch)); }
  double offset(double x) const { return (x - origin) / pitch - column(x); }
};

// The grid that fits a line's symbols best, from a first guess of the pitch:
// the first symbol is column 0, then a least-squares line through the
// symbols that sit near a cell's centre.
std::optional<Grid> fitGrid(const QList<OcrSymbol>& symbols, double pitch) {
  if (symbols.isEmpty())
    return std::nullopt;
  Grid grid{symbols.first().box.center().x() + 0.5, pitch};
  for (int round = 0; round < 2; ++round) {
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const OcrSymbol& s : symbols) {
      const double x = s.box.center().x() + 0.5;
      if (s.box.width() > 1.6 * pitch || std::abs(grid.offset(x)) > 0.3)
        continue;
      const double c = grid.column(x);
      n += 1;
      sx += c;
      sy += x;
      sxx += c * c;
      sxy += c * x;
    }
    const double det = n * sxx - sx * sx;
    if (n < 5 || det <= 0)
      return std::nullopt;
    const double fitted = (n * sxy - sx * sy) / det;
    if (fitted < 0.8 * pitch || fitted > 1.2 * pitch)
      return std::nullopt;
    grid = {(sy - fitted * sx) / n, fitted};
  }
  return grid;
}

qsizetype printed(const QString& text) {
  qsizetype n = 0;
  for (QChar c : text)
    n += c.isSpace() ? 0 : 1;
  return n;
}

// A line that may belong to a TD1 zone: up to 30 characters once blanks go,
// and a few more for strays; at least 12, as the OCR loses many fillers of a
// run (placeInCells and MrzCorrector::fitLine put them back).
bool zoneLike(const QString& text) {
  const qsizetype n = printed(text);
  return n >= 12 && n <= 38;
}

// A line that looks like a TD1 zone's by itself: about 30 characters. Three
// such lines are a zone seen, even when it does not validate; shorter ones
// count only when they validate (a card's front, read with the zone's
// characters only, makes lines of a dozen characters too).
bool fullZoneLine(const QString& text) {
  const qsizetype n = printed(text);
  return n >= 24 && n <= 38;
}

} // namespace

TesseractEngine::Options MrzZoneReader::engineOptions() {
  return {QStringLiteral("eng"), QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"), false, 0};
}

ZoneReading MrzZoneReader::read(const scan::ImageRef& image, QDate today) {
  engine_.setThresholdingMethod(0);
  ZoneReading reading = readOnce(image, today);
  // Read again only what may be a zone: a picture without a run of fillers
  // anywhere (a card's front) is not read twice.
  if (!(reading.correction && reading.correction->ok()) && reading.fillersSeen) {
    engine_.setThresholdingMethod(2); // Sauvola: local thresholds
    ZoneReading second = readOnce(image, today);
    engine_.setThresholdingMethod(0);
    if (second.correction && (second.correction->ok() || !reading.correction))
      reading = std::move(second);
  }
  // The names have no check digit: their line is read again alone (the
  // model reads a lone line with less context to mislead it) and must say
  // the same names.
  if (reading.correction && reading.correction->ok()) {
    const QString names = reading.correction->zone.section(u'\n', 2, 2);
    const int margin = reading.namesBox.height() / 4;
    for (const OcrLine& again :
         engine_.readLines(image, reading.namesBox.adjusted(-margin, -margin, margin, margin))) {
      if (sameNames(names, again.text)) {
        reading.namesConfirmed = true;
        break;
      }
    }
  }
  return reading;
}

bool MrzZoneReader::sameNames(const QString& names, const QString& reread) {
  const auto letters = [](const QString& line) {
    QString kept;
    for (qsizetype i = 0; i < line.size(); ++i) {
      const QChar c = line.at(i);
      const bool besideFiller =
          (i > 0 && line.at(i - 1) == u'<') || (i + 1 < line.size() && line.at(i + 1) == u'<');
      if (c >= u'A' && c <= u'Z' && !(c == u'K' && besideFiller))
        kept.append(c);
    }
    return kept;
  };
  QString core = names;
  while (core.endsWith(u'<'))
    core.chop(1);
  const QString want = letters(core);
  QString read;
  for (QChar c : reread) {
    if (!c.isSpace())
      read.append(c.toUpper());
  }
  return !want.isEmpty() && letters(read).startsWith(want);
}

std::optional<MrzZoneReader::Cells>
MrzZoneReader::placeInCells(const std::array<const QList<OcrSymbol>*, 3>& lines) {
  constexpr int kWidth = MrzLayout::kTd1Width;
  // The pitch: the usual distance between neighbouring characters.
  std::vector<double> heights;
  for (const QList<OcrSymbol>* line : lines) {
    for (const OcrSymbol& s : *line)
      heights.push_back(s.box.height());
  }
  const double height = median(heights);
  std::vector<double> steps;
  for (const QList<OcrSymbol>* line : lines) {
    for (qsizetype i = 1; i < line->size(); ++i) {
      const double step = (*line)[i].box.center().x() - (*line)[i - 1].box.center().x();
      if (step > 0.6 * height && step < 1.6 * height)
        steps.push_back(step);
    }
  }
  if (steps.size() < 8)
    return std::nullopt;
  const double pitch = median(steps);

  std::array<Grid, 3> grids;
  std::vector<double> origins;
  for (int l = 0; l < 3; ++l) {
    const std::optional<Grid> grid = fitGrid(*lines[l], pitch);
    if (!grid)
      return std::nullopt;
    grids[l] = *grid;
    origins.push_back(grid->origin);
  }
  // The lines of a zone start one under the other.
  const double origin = median(origins);
  for (const Grid& grid : grids) {
    if (std::abs(grid.origin - origin) > 0.5 * pitch)
      return std::nullopt;
  }

  // Strays: Tesseract reads a sliver between two fillers as one more K or
  // `<`, narrower than the glyph it names (median widths per character; both
  // are wide glyphs in OCR-B). A stray never takes a cell from another
  // symbol, nor stands in the optional data (fillers); elsewhere it fills
  // an empty cell (a narrow K may be a real one).
  QHash<QChar, std::vector<double>> widthsOf;
  for (const QList<OcrSymbol>* line : lines) {
    for (const OcrSymbol& s : *line)
      widthsOf[s.character].push_back(s.box.width());
  }
  QHash<QChar, double> widthOf;
  for (auto it = widthsOf.cbegin(); it != widthsOf.cend(); ++it)
    widthOf.insert(it.key(), it.value().size() >= 3 ? median(it.value()) : 0);
  const auto stray = [&widthOf](const OcrSymbol& s) {
    return (s.character == u'<' || s.character == u'K') &&
           s.box.width() < 0.8 * widthOf.value(s.character);
  };

  // Each cell's symbol: the one nearest the cell's centre when two compete
  // (a character read twice).
  const auto wide = [](const OcrSymbol& s, const Grid& grid) {
    return s.box.width() > 1.6 * grid.pitch;
  };
  std::array<std::array<const OcrSymbol*, kWidth>, 3> cells{};
  std::array<std::array<double, kWidth>, 3> offsets{};
  for (const bool strays : {false, true}) {
    for (int l = 0; l < 3; ++l) {
      const Grid& grid = grids[l];
      for (const OcrSymbol& s : *lines[l]) {
        if (wide(s, grid) || stray(s) != strays)
          continue; // several cells read as one: judged below
        const double x = s.box.center().x() + 0.5;
        const int column = grid.column(x);
        if (column < 0 || column >= kWidth)
          continue;
        const bool optionalData =
            (l == 0 && column >= 15) || (l == 1 && column >= 18 && column < 29);
        if (strays && (cells[l][column] || optionalData))
          continue;
        const double offset = std::abs(grid.offset(x));
        const OcrSymbol*& cell = cells[l][column];
        if (!cell || offset < offsets[l][column] ||
            (offset == offsets[l][column] && s.confidence > cell->confidence)) {
          cell = &s;
          offsets[l][column] = offset;
        }
      }
    }
  }

  // A filler is a shorter glyph than the letters: the heights of the letters
  // that always stand in a TD1 zone, and of the fillers read as such, give the
  // cut between them (when the two differ enough to tell).
  std::vector<double> letters, fillers;
  for (int l = 0; l < 3; ++l) {
    for (int c = 0; c < kWidth; ++c) {
      const OcrSymbol* s = cells[l][c];
      if (!s)
        continue;
      if (alwaysLetter(l, c) && s->character >= u'A' && s->character <= u'Z')
        letters.push_back(s->box.height());
      else if (s->character == u'<')
        fillers.push_back(s->box.height());
    }
  }
  double cut = 0; // a symbol lower than this is a filler
  const double letterHeight = letters.size() >= 3 ? median(letters) : 0;
  if (letterHeight > 0 && fillers.size() >= 3) {
    const double filler = median(fillers);
    if (filler < 0.95 * letterHeight)
      cut = (letterHeight + filler) / 2;
  }
  // A filler read as something else: a look-alike of its shape, as low as a filler.
  const auto fillerRead = [cut](const OcrSymbol& s, int line, int column) {
    const QChar c = s.character;
    const bool optionalData =
        (line == 0 && column >= 15) || (line == 1 && column >= 18 && column < 29);
    const bool lookAlike =
        QStringView(u"KECSXGJ").contains(c) || (optionalData && c >= u'0' && c <= u'9');
    return lookAlike && s.box.height() < cut && fillerMayStand(line, column);
  };

  // Several cells read as one symbol (a smear of fillers): fillers where only
  // fillers may stand — in the optional data; after the last letter of the
  // names when lower than a letter (a smear that takes in a letter is as high
  // as one) — else the placing is unsure.
  for (int l = 0; l < 3; ++l) {
    int lastLetter = -1;
    for (int c = 0; c < kWidth; ++c) {
      if (cells[l][c] && cells[l][c]->character != u'<' && !fillerRead(*cells[l][c], l, c))
        lastLetter = c;
    }
    for (const OcrSymbol& s : *lines[l]) {
      if (!wide(s, grids[l]))
        continue;
      const int first = std::max(0, grids[l].column(s.box.left() + 0.5 * grids[l].pitch));
      const int last = grids[l].column(s.box.right() - 0.5 * grids[l].pitch);
      const bool optionalData = (l == 0 && first >= 15) || (l == 1 && first >= 18 && last < 29);
      const bool afterNames = l == 2 && first > lastLetter && s.box.height() < letterHeight;
      if (!optionalData && !afterNames)
        return std::nullopt;
    }
  }

  // The composite check digit, or a filler where a card has none: never
  // made up from an empty cell.
  if (!cells[1][kWidth - 1])
    return std::nullopt;

  Cells placed;
  for (int l = 0; l < 3; ++l) {
    QString text(kWidth, u'<');
    std::array<bool, kWidth> doubtful{};
    for (int c = 0; c < kWidth; ++c) {
      const OcrSymbol* s = cells[l][c];
      if (!s)
        continue;
      if (fillerRead(*s, l, c) && l < 2)
        continue; // lines 1 and 2: the check digits judge
      text[c] = s->character;
      doubtful[c] = fillerRead(*s, l, c);
    }
    // The names have no check digit: a look-alike becomes a filler only next
    // to one (fillers come in runs: after a name, and between surname and
    // given names), so a letter between letters stays as read.
    for (bool changed = l == 2; changed;) {
      changed = false;
      for (int c = 0; c < kWidth; ++c) {
        const bool besideFiller =
            (c > 0 && text[c - 1] == u'<') || (c + 1 < kWidth && text[c + 1] == u'<');
        if (doubtful[c] && text[c] != u'<' && besideFiller) {
          text[c] = u'<';
          changed = true;
        }
      }
    }
    placed.lines.append(text);
  }

  const QString& names = placed.lines[2];
  const auto letter = [](QChar c) { return c >= u'A' && c <= u'Z'; };
  int last = -1;
  for (int c = 0; c < kWidth; ++c) {
    if (letter(names[c])) {
      placed.namesConfidence = std::min(placed.namesConfidence, cells[2][c]->confidence);
      last = c;
    }
    if (c > 0 && c + 1 < kWidth && !cells[2][c] && letter(names[c - 1]) && letter(names[c + 1]))
      placed.namesGap = true;
  }
  // The names' last letter a filler's look-alike, as high as a letter: a real
  // letter, or a filler misread; no check digit tells.
  if (last >= 0 && QStringView(u"KECSXGJ").contains(names[last]))
    placed.namesConfidence = std::min(placed.namesConfidence, kDoubtfulEnd);
  return placed;
}

ZoneReading MrzZoneReader::readOnce(const scan::ImageRef& image, QDate today) {
  ZoneReading reading;
  const int top = image.height * 2 / 5;
  QList<QList<OcrSymbol>> symbols;
  const QList<OcrLine> lines =
      engine_.readLines(image, QRect(0, top, image.width, image.height - top), &symbols);
  QList<const OcrLine*> candidates;
  QList<const QList<OcrSymbol>*> candidateSymbols;
  for (qsizetype i = 0; i < lines.size(); ++i) {
    reading.fillersSeen = reading.fillersSeen || lines[i].text.contains(QStringLiteral("<<"));
    if (zoneLike(lines[i].text)) {
      candidates.append(&lines[i]);
      candidateSymbols.append(&symbols[i]);
    }
  }
  // From the bottom up: the zone is the card's last three lines of text.
  for (qsizetype i = candidates.size() - scan::MrzLayout::kTd1Lines; i >= 0; --i) {
    // The characters placed in their cells first; the lines as read when
    // that does not validate.
    const std::optional<Cells> placed =
        placeInCells({candidateSymbols[i], candidateSymbols[i + 1], candidateSymbols[i + 2]});
    std::optional<MrzCorrection> correction;
    if (placed)
      correction = MrzCorrector::correct(placed->lines, today);
    const bool fromCells = correction && correction->ok();
    if (!fromCells) {
      correction = MrzCorrector::correct(
          {candidates[i]->text, candidates[i + 1]->text, candidates[i + 2]->text}, today);
    }
    const bool seen = fullZoneLine(candidates[i]->text) && fullZoneLine(candidates[i + 1]->text) &&
                      fullZoneLine(candidates[i + 2]->text);
    if (!correction->ok() && !seen)
      continue;
    const bool better = !reading.correction || correction->ok();
    if (better) {
      reading.correction = std::move(correction);
      reading.namesConfidence = candidates[i + 2]->confidence;
      reading.namesGap = fromCells && placed->namesGap;
      reading.fromCells = fromCells;
      reading.namesBox = candidates[i + 2]->box;
      if (fromCells)
        reading.namesConfidence = placed->namesConfidence;
    }
    if (reading.correction->ok() || reading.correction->status == MrzCorrection::Status::Ambiguous)
      break;
  }
  return reading;
}

} // namespace camie::ocr
