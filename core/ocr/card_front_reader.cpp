#include "core/ocr/card_front_reader.h"

#include "core/domain/khmer_romanizer.h"
#include "core/domain/khmer_text.h"
#include "core/scan/mrz_parser.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace camie::ocr {

namespace {

QString westernDigits(QString text) {
  for (QChar& c : text) {
    if (c.unicode() >= 0x17E0 && c.unicode() <= 0x17E9)
      c = QChar(u'0' + (c.unicode() - 0x17E0));
  }
  return text;
}

bool isKhmer(QChar c) {
  return c.unicode() >= 0x1780 && c.unicode() <= 0x17FF;
}

// The value after a label's colon (៖ or :), or after the label itself.
QString afterLabel(const QString& line, const QString& label) {
  qsizetype at = line.indexOf(u'៖');
  if (at < 0)
    at = line.indexOf(u':');
  if (at >= 0)
    return line.mid(at + 1).trimmed();
  const qsizetype l = line.indexOf(label);
  return l < 0 ? QString() : line.mid(l + label.size()).trimmed();
}

// Khmer letters and single spaces only (OCR strays dropped).
QString khmerName(const QString& text) {
  QString kept;
  for (QChar c : text) {
    if (isKhmer(c) && !(c.unicode() >= 0x17D4 && c.unicode() <= 0x17E9))
      kept.append(c);
    else if (c.isSpace())
      kept.append(u' ');
  }
  return domain::KhmerText::normalizeName(kept);
}

// How many dates (d.m.yyyy) a line holds, none overlapping.
qsizetype dates(const QString& text) {
  static const QRegularExpression date(QStringLiteral("\\d{1,2}[.\\-/]\\d{1,2}[.\\-/]\\d{4}"));
  qsizetype n = 0;
  for (auto it = date.globalMatch(text); it.hasNext(); it.next())
    ++n;
  return n;
}

// Where a syllable may start in Khmer: a consonant or an independent vowel.
bool syllableStart(QChar c) {
  return c.unicode() >= 0x1780 && c.unicode() <= 0x17B3;
}

// A Khmer name read without the space between its words (Tesseract drops it
// now and then), split where the first part romanises to the card's Latin
// surname. Nothing when no split does.
QString splitBySurname(const QString& khmer, const QString& latinSurname) {
  for (qsizetype i = 1; i < khmer.size(); ++i) {
    if (!syllableStart(khmer.at(i)) || khmer.at(i - 1) == u'\u17D2') // not after a coeng
      continue;
    if (domain::KhmerRomanizer::romanize(QStringView(khmer).left(i)).toUpper() == latinSurname)
      return khmer.left(i) + u' ' + khmer.mid(i);
  }
  return {};
}

} // namespace

TesseractEngine::Options CardFrontReader::engineOptions() {
  return {QStringLiteral("khm+eng"), {}, true, 0};
}

TesseractEngine::Options CardFrontReader::khmerOptions() {
  return {QStringLiteral("khm"), {}, true, 0};
}

QList<FieldProposal> CardFrontReader::read(const scan::ImageRef& image) {
  QList<OcrLine> lines = engine_.readLines(image, QRect(0, 0, image.width, image.height));
  const QString label = QStringLiteral("នាម");
  const auto words = [&label](const QString& text) {
    const QString name = khmerName(afterLabel(text, label));
    return name.isEmpty() ? 0 : name.count(u' ') + 1;
  };
  for (OcrLine& line : lines) {
    if (!khmer_ || !line.text.contains(label))
      continue;
    // The name as read: two Khmer words or more and no Latin letter, kept.
    const QString value = afterLabel(line.text, label);
    const bool latin = std::any_of(value.begin(), value.end(), [](QChar c) {
      return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    });
    if (!latin && words(line.text) >= 2)
      break;
    // Read again in Khmer alone; kept when it finds more of the name.
    for (const OcrLine& again : khmer_->readLines(image, line.box.adjusted(-8, -8, 8, 8))) {
      if (again.text.contains(label) && words(again.text) > words(line.text)) {
        line = again;
        break;
      }
    }
    break;
  }
  return propose(lines);
}

QList<FieldProposal> CardFrontReader::propose(const QList<OcrLine>& lines) {
  QList<FieldProposal> out;
  const auto add = [&out](const char* field, const QString& value, double confidence) {
    for (const FieldProposal& p : out) {
      if (p.fieldId == QLatin1String(field))
        return;
    }
    out.append({QString::fromLatin1(field), value, confidence, QStringLiteral("front")});
  };
  static const QRegularExpression idNumber(
      QStringLiteral("(\\d{8,10})\\s*[(\\[{]\\s*(\\d)\\s*[)\\]}]"));
  static const QRegularExpression date(
      QStringLiteral("(\\d{1,2})\\s*[.\\-/]\\s*(\\d{1,2})\\s*[.\\-/]\\s*(\\d{4})"));
  // The Latin name: two or more words of capitals ending the line, after at
  // most a few characters of other marks (the photo's edge read as text).
  static const QRegularExpression latinName(QStringLiteral(
      "^([^\\x{1780}-\\x{17FF}A-Z]{0,8}?) ?([A-Z][A-Z'\\-]+(?: [A-Z][A-Z'\\-]+)+)$"));
  QString khmer;
  double khmerConfidence = 0;
  bool latinSeen = false;
  QString latin;
  const OcrLine* dobLine = nullptr;
  for (const OcrLine& line : lines) {
    const QString text = westernDigits(line.text).simplified();
    if (const auto m = idNumber.match(text); m.hasMatch()) {
      const QString number = m.captured(1);
      // The bracketed digit is the number's ICAO check digit (as in the zone).
      const bool checks = scan::MrzParser::checkDigit(number) == m.captured(2).toInt();
      add("id_number", number, checks ? std::max(line.confidence, 0.95) : line.confidence * 0.5);
      continue;
    }
    if (text.contains(QStringLiteral("នាម")) && khmer.isEmpty()) {
      khmer = khmerName(afterLabel(text, QStringLiteral("នាម")));
      khmerConfidence = line.confidence;
      if (!khmer.isEmpty())
        add("name_km", khmer, line.confidence);
      continue;
    }
    if (const auto m = latinName.match(text); !latinSeen && m.hasMatch()) {
      latinSeen = true;
      latin = m.captured(2);
      add("name_en", latin, line.confidence);
      continue;
    }
    // Sex (ភេទ) shares its line with the height (កម្ពស់); either label will do,
    // as the OCR misreads one now and then.
    if (text.contains(QStringLiteral("ភេទ")) || text.contains(QStringLiteral("កម្ពស់"))) {
      const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s៖:]+")));
      if (words.contains(QStringLiteral("ប្រុស")) || text.contains(QStringLiteral("ប្រុស")))
        add("sex", QStringLiteral("male"), line.confidence);
      else if (words.contains(QStringLiteral("ស្រី")) || text.contains(QStringLiteral("ភេទស្រី")))
        add("sex", QStringLiteral("female"), line.confidence);
      continue;
    }
    // The date of birth: the first date on a line about birth (កំណើត) that is
    // not the place of birth (ទីកន្លែង).
    if (text.contains(QStringLiteral("កំណើត")) && !text.contains(QStringLiteral("ទីកន្លែង"))) {
      if (const auto m = date.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
          add("dob", d.toString(Qt::ISODate), line.confidence);
      }
      continue;
    }
    // A line with one date that is neither the place of birth, the validity
    // (two dates) nor the issue date (ចេញ, on the back): the date of birth
    // with its label misread.
    if (!dobLine && !text.contains(QStringLiteral("ទីកន្លែង")) && !text.contains(u"សុពលភាព") &&
        !text.contains(u"ចេញ") && dates(text) == 1)
      dobLine = &line;
  }
  if (dobLine) {
    const auto m = date.match(westernDigits(dobLine->text).simplified());
    const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    // Without its label: never above the low mark.
    if (d.isValid())
      add("dob", d.toString(Qt::ISODate),
          std::min(dobLine->confidence, FieldProposal::kLowConfidence - 0.1));
  }
  // The Khmer name has as many words as the Latin one. A missing space is put
  // back where the first part romanises to the Latin surname; a name still
  // short of words (a Khmer word read as Latin letters and dropped) is shown
  // as uncertain.
  if (!khmer.isEmpty() && !latin.isEmpty()) {
    const qsizetype words = latin.count(u' ') + 1;
    for (FieldProposal& p : out) {
      if (p.fieldId != u"name_km" || p.value.count(u' ') + 1 >= words)
        continue;
      const QString split = splitBySurname(p.value, latin.section(u' ', 0, 0));
      if (!split.isEmpty() && split.count(u' ') + 1 == words)
        p.value = split;
      else
        p.confidence = std::min(p.confidence, FieldProposal::kLowConfidence - 0.2);
    }
  }
  if (!latinSeen && !khmer.isEmpty()) {
    const QString romanized = domain::KhmerRomanizer::romanize(khmer).toUpper();
    // A romanisation is a guess at a spelling: never above the low mark.
    if (!romanized.isEmpty())
      add("name_en", romanized, std::min(khmerConfidence, FieldProposal::kLowConfidence - 0.1));
  }
  return out;
}

} // namespace camie::ocr
