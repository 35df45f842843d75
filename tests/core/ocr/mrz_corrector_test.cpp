#include "core/ocr/mrz_corrector.h"

#include <catch2/catch.hpp>

#include <random>

using namespace camie::ocr;
using camie::scan::MrzParser;

namespace {

const QDate kToday(2025, 11, 25);

// A Khmer ID card's zone: number 012345678, born 1990-01-15, a composite digit.
const QStringList kKhm = {QStringLiteral("IDKHM0123456784<<<<<<<<<<<<<<<"),
                          QStringLiteral("9001158M3001145KHM<<<<<<<<<<<0"),
                          QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<")};

QStringList with(QStringList lines, int line, int column, QChar c) {
  lines[line][column] = c;
  return lines;
}

// The composite check digit of a TD1 zone's lines 1 and 2.
QChar compositeOf(const QStringList& z) {
  const QString composite = z[0].mid(5) + z[1].mid(0, 7) + z[1].mid(8, 7) + z[1].mid(18, 11);
  return QChar(u'0' + MrzParser::checkDigit(composite));
}

} // namespace

TEST_CASE("the zone as printed is proposed unchanged", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(kKhm, kToday);
  REQUIRE(c.ok());
  CHECK(c.zone == kKhm.join(u'\n'));
  CHECK(c.substitutions == 0);
  CHECK(c.outcome.record->documentNumber == u"012345678");
}

TEST_CASE("O read for 0 in the birth date is corrected", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(with(kKhm, 1, 1, u'O'), kToday); // 9O0115
  REQUIRE(c.ok());
  CHECK(c.zone == kKhm.join(u'\n'));
  CHECK(c.substitutions == 1);
}

TEST_CASE("I read for 1 in the document number is corrected", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(with(kKhm, 0, 6, u'I'), kToday); // 0I2345678
  REQUIRE(c.ok());
  CHECK(c.outcome.record->documentNumber == u"012345678");
}

TEST_CASE("S read for 5 in the document number is corrected", "[ocr]") {
  QStringList read = with(kKhm, 0, 10, u'S'); // the number's 5
  const MrzCorrection c = MrzCorrector::correct(read, kToday);
  REQUIRE(c.ok());
  CHECK(c.zone == kKhm.join(u'\n'));
}

TEST_CASE("B read for 8 in the document number is corrected", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(with(kKhm, 0, 13, u'B'), kToday); // ...678
  REQUIRE(c.ok());
  CHECK(c.outcome.record->documentNumber == u"012345678");
}

TEST_CASE("Z read for 2 in the document number is corrected", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(with(kKhm, 0, 7, u'Z'), kToday); // 01Z345678
  REQUIRE(c.ok());
  CHECK(c.zone == kKhm.join(u'\n'));
}

TEST_CASE("K read for fillers between fillers is corrected, in data and in names", "[ocr]") {
  QStringList read = kKhm;
  read[0] = QStringLiteral("IDKHM0123456784<<<<<<<<<<KK<<<");
  read[1] = QStringLiteral("9001158M3001145KHM<K<<K<<<<<<0");
  read[2] = QStringLiteral("SOK<<DARA<<K<<<KKKK<<SK<<K<<<<");
  const MrzCorrection c = MrzCorrector::correct(read, kToday);
  REQUIRE(c.ok());
  CHECK(c.zone == kKhm.join(u'\n'));
  CHECK(c.outcome.record->givenNames == u"DARA");
  CHECK(c.nameChanges == 0);
  // K counts 20 in a check digit's sum and a filler 0: no check digit tells
  // them apart, so a K that is not between fillers stays (and is the teller's).
  CHECK(MrzParser::checkDigit(u"K") == MrzParser::checkDigit(u"<"));
  CHECK_FALSE(c.nameEndsInK);
  // At the start of the optional data, right after a check digit or KHM.
  read[0] = QStringLiteral("IDKHM0123456784K<<<<<<<<<<<<<<");
  read[1] = QStringLiteral("9001158M3001145KHMK<<<<<<<<<<0");
  CHECK(MrzCorrector::correct(read, kToday).zone == kKhm.join(u'\n'));
  const MrzCorrection k = MrzCorrector::correct(with(kKhm, 2, 9, u'K'), kToday); // DARAK
  REQUIRE(k.ok());
  CHECK(k.outcome.record->givenNames == u"DARAK");
  CHECK(k.nameEndsInK);
  CHECK(k.nameEndsInLookAlike);
  // S, C, E ... are read for fillers too: DARAS may be DARA.
  const MrzCorrection ss = MrzCorrector::correct(with(kKhm, 2, 9, u'S'), kToday);
  REQUIRE(ss.ok());
  CHECK_FALSE(ss.nameEndsInK);
  CHECK(ss.nameEndsInLookAlike);
  CHECK_FALSE(MrzCorrector::correct(kKhm, kToday).nameEndsInLookAlike);
  // A one-letter word is a filler misread: SOK<K<DARA is SOK<<<DARA.
  QStringList extraFillers = kKhm;
  extraFillers[2] = QStringLiteral("SOK<<<<DARA<<<<<<<<<<<<<<<<<<<");
  CHECK(MrzCorrector::correct(extraFillers, kToday).zone == kKhm.join(u'\n'));
  QStringList oneLetter = kKhm;
  oneLetter[2] = QStringLiteral("SOK<K<DARA<<<<<<<<<<<<<<<<<<<<");
  CHECK(MrzCorrector::correct(oneLetter, kToday).outcome.record->givenNames == u"DARA");
}

TEST_CASE("digits read in the names become the letters they look like", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(with(with(kKhm, 2, 1, u'0'), 2, 7, u'8'), kToday);
  REQUIRE(c.ok());
  CHECK(c.outcome.record->surname == u"SOK");
  CHECK(c.outcome.record->givenNames == u"DABA"); // 8 → B: the letter it looks like
  CHECK(c.nameChanges == 2);
}

TEST_CASE("fillers lost or doubled by the OCR are made up to 30 in the longest run", "[ocr]") {
  const QStringList read = {QStringLiteral("IDKHM0123456784<<<<<<<<<<<"),
                            QStringLiteral("9001158M3001145KHM<<<<<<<<<<<<<<0"),
                            QStringLiteral("SOK<<DARA<<<<<<<<<")};
  const MrzCorrection c = MrzCorrector::correct(read, kToday);
  REQUIRE(c.ok());
  CHECK(c.zone == kKhm.join(u'\n'));
  CHECK(MrzCorrector::fitLine(QStringLiteral("sok << dara"), 30) ==
        u"SOK<<DARA<<<<<<<<<<<<<<<<<<<<<");
}

TEST_CASE("a zone whose check digits do not agree however it is read proposes nothing", "[ocr]") {
  const MrzCorrection c = MrzCorrector::correct(with(kKhm, 1, 3, u'7'), kToday); // 900715
  CHECK(c.status == MrzCorrection::Status::Invalid);
  CHECK(c.zone.isEmpty());
  CHECK(c.outcome.field == u"birth_date");
  CHECK_FALSE(MrzCorrector::correct(kKhm.mid(0, 2), kToday).ok());
}

TEST_CASE("a zone whose correction validates two ways proposes nothing", "[ocr]") {
  // Optional data with O at columns 15 and 18 (same weight in the composite
  // sum), and the composite digit of the zone with one of them a 0: changing
  // either O to 0 makes every check digit agree.
  QStringList truth = kKhm;
  truth[0] = QStringLiteral("IDKHM0123456784O<<0<<<<<<<<<<<");
  truth[1][29] = compositeOf(truth);
  REQUIRE(MrzParser::parse(truth.join(u'\n'), kToday).ok());
  const QStringList read = with(truth, 0, 18, u'O');
  REQUIRE_FALSE(MrzParser::parse(read.join(u'\n'), kToday).ok());
  const MrzCorrection c = MrzCorrector::correct(read, kToday);
  CHECK(c.status == MrzCorrection::Status::Ambiguous);
  CHECK(c.zone.isEmpty());
  CHECK_FALSE(c.outcome.record.has_value());
  // Of the three other readings, changing both O is ruled out by the
  // composite sum alone: only the read and two readings reach the parser.
  CHECK(c.alternativesTried == 3);
}

TEST_CASE("once two readings validate no more are tried", "[ocr]") {
  // No composite digit and optional data of look-alikes: all 2^12 readings
  // validate; the read and one other settle that nothing can be proposed.
  QStringList zone = kKhm;
  zone[0] = QStringLiteral("IDKHM0123456784") + QString(MrzCorrector::kMaxDoubtful, u'O') +
            QString(15 - MrzCorrector::kMaxDoubtful, u'<');
  zone[1][29] = u'<';
  REQUIRE(MrzParser::parse(zone.join(u'\n'), kToday).ok());
  const MrzCorrection c = MrzCorrector::correct(zone, kToday);
  CHECK(c.status == MrzCorrection::Status::Ambiguous);
  CHECK_FALSE(c.outcome.record.has_value());
  CHECK(c.alternativesTried == 2);
}

TEST_CASE("one reading of doubtful optional data that validates is proposed", "[ocr]") {
  QStringList truth = kKhm;
  truth[0] = QStringLiteral("IDKHM0123456784AB1<<<<<<<<<<<<");
  truth[1][29] = compositeOf(truth);
  const MrzCorrection c = MrzCorrector::correct(with(truth, 0, 17, u'I'), kToday); // ABI
  REQUIRE(c.ok());
  CHECK(c.zone == truth.join(u'\n'));
}

TEST_CASE("< where the composite check digit stands is no composite check, never a pass", "[ocr]") {
  // Composite sum 0 mod 10: a filler counted as the digit 0 would "pass".
  QStringList zone = kKhm;
  REQUIRE(zone[1][29] == u'0');
  zone[1][29] = u'<';
  const MrzCorrection c = MrzCorrector::correct(zone, kToday);
  REQUIRE(c.ok());
  CHECK_FALSE(c.outcome.record->compositeChecked);
  CHECK(MrzCorrector::correct(kKhm, kToday).outcome.record->compositeChecked);
  // K read there is a filler, not a digit.
  CHECK_FALSE(
      MrzCorrector::correct(with(kKhm, 1, 29, u'K'), kToday).outcome.record->compositeChecked);
  // With nothing checking the optional data, a doubtful character there
  // validates both ways: nothing is proposed.
  QStringList doubtful = zone;
  doubtful[0][16] = u'O';
  CHECK(MrzCorrector::correct(doubtful, kToday).status == MrzCorrection::Status::Ambiguous);
}

TEST_CASE("a Khmer card's document code is ID: T, L or J for the I, O, Q or U for the D", "[ocr]") {
  // No check digit covers the document code; the Khmer card is KHM's only
  // TD1 document, and Tesseract reads OCR-B's I now and then as T.
  for (const char* code : {"TD", "LD", "JO", "IQ", "1U"}) {
    QStringList read = kKhm;
    read[0].replace(0, 2, QString::fromLatin1(code));
    const MrzCorrection c = MrzCorrector::correct(read, kToday);
    INFO(code);
    REQUIRE(c.ok());
    CHECK(c.zone == kKhm.join(u'\n'));
    CHECK(c.substitutions > 0);
  }
  // Another country's TD1 document keeps its code.
  QStringList other = kKhm;
  other[0] = QStringLiteral("TDUTO0123456784<<<<<<<<<<<<<<<");
  other[1].replace(15, 3, QStringLiteral("UTO"));
  other[1][29] = compositeOf(other);
  const MrzCorrection c = MrzCorrector::correct(other, kToday);
  REQUIRE(c.ok());
  CHECK(c.zone.startsWith(u"TDUTO"));
}

TEST_CASE("unchecked optional data with more doubtful characters than the search tries proposes "
          "nothing, not even the read's record",
          "[ocr]") {
  // Found by mrz_corrector_fuzz: the read validated (no composite check) but
  // was neither proposed nor emptied, so a caller looking at the outcome alone
  // saw a record.
  QStringList zone = kKhm;
  zone[0] = QStringLiteral("IDKHM0123456784") + QString(MrzCorrector::kMaxDoubtful + 1, u'O') +
            QString(15 - MrzCorrector::kMaxDoubtful - 1, u'<');
  zone[1][29] = u'<';
  REQUIRE(MrzParser::parse(zone.join(u'\n'), kToday).ok());
  const MrzCorrection c = MrzCorrector::correct(zone, kToday);
  CHECK_FALSE(c.ok());
  CHECK(c.status == MrzCorrection::Status::Ambiguous);
  CHECK(c.zone.isEmpty());
  CHECK_FALSE(c.outcome.record.has_value());
}

TEST_CASE("readings ruled out by the check digits' sums are never the one that validates",
          "[ocr]") {
  // Random zones with look-alikes in the fields of letters and digits (Khmer
  // cards and others, long document numbers, no composite digit), read with
  // some of them swapped: the printed zone is always among the readings, so
  // the corrector proposes exactly it or, when another reading also
  // validates, nothing, and never says no reading validates.
  std::mt19937 random(20261203);
  const auto pick = [&random](QStringView from) {
    return from.at(std::uniform_int_distribution<qsizetype>(0, from.size() - 1)(random));
  };
  const auto chance = [&random](int percent) {
    return std::uniform_int_distribution<int>(0, 99)(random) < percent;
  };
  const auto checkOf = [](const QString& field) {
    return QChar(u'0' + MrzParser::checkDigit(field));
  };
  // Optional data: look-alikes and other letters, then fillers.
  const auto optional = [&](int length) {
    QString data;
    const int used = std::uniform_int_distribution<int>(0, length)(random);
    for (int i = 0; i < used; ++i)
      data.append(pick(u"0125OISBZ8ACT7"));
    return data + QString(length - used, u'<');
  };
  int valid = 0;
  int ambiguous = 0;
  qint64 readings = 0;
  qint64 parsed = 0;
  qint64 numberReadings = 0; // no composite digit: only the number's sum decides
  qint64 numberParsed = 0;
  for (int round = 0; round < 600; ++round) {
    const bool khmer = chance(50);
    QString number;
    for (int i = 0; i < 9; ++i)
      number.append(khmer ? pick(u"0123456789") : pick(u"0125OISBZ8X4"));
    QString top = (khmer ? QStringLiteral("IDKHM") : QStringLiteral("IDUTO")) + number;
    const bool longNumber = !khmer && chance(30);
    if (longNumber) {
      const QString rest = QString(pick(u"0125OISB")) + pick(u"0125OISB");
      top += u'<' + rest + checkOf(number + rest) + optional(12);
    } else {
      top += checkOf(number) + optional(15);
    }
    const QString middle = QStringLiteral("9001158M3001145KHM") + optional(11) + u'0';
    QStringList truth = {top, middle, QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<")};
    truth[1][29] = chance(15) ? u'<' : compositeOf(truth);
    if (!MrzParser::parse(truth.join(u'\n'), kToday).ok())
      continue; // a long number's check digit landed on a filler
    QStringList read = truth;
    int doubtful = 0;
    const auto swap = [&](int line, int from, int to) {
      for (int c = from; c < to; ++c) {
        const QChar ch = read[line][c];
        const QString pairs = QStringLiteral("0O1I5S8B2Z");
        const qsizetype at = pairs.indexOf(ch);
        if (at < 0)
          continue;
        if (++doubtful > MrzCorrector::kMaxDoubtful)
          return;
        if (chance(40))
          read[line][c] = pairs.at(at ^ 1);
      }
    };
    if (!khmer)
      swap(0, 5, 14); // the number (a Khmer card's is digits only)
    const int inNumber = doubtful;
    swap(0, 15, 30);
    swap(1, 18, 29);
    if (doubtful > MrzCorrector::kMaxDoubtful)
      continue;
    const MrzCorrection c = MrzCorrector::correct(read, kToday);
    INFO(read.join(u'\n').toStdString());
    REQUIRE(c.status != MrzCorrection::Status::Invalid);
    if (c.alternativesTried == 1)
      continue; // the read validated as it stands, and stands (by design)
    if (c.ok()) {
      CHECK(c.zone == truth.join(u'\n'));
      ++valid;
    } else {
      ++ambiguous;
    }
    if (truth[1][29] != u'<') {
      readings += qint64(1) << doubtful;
      parsed += c.alternativesTried;
    } else if (!longNumber && inNumber > 0) {
      numberReadings += qint64(1) << doubtful;
      numberParsed += c.alternativesTried;
    }
  }
  CHECK(valid > 10); // both verdicts were reached
  CHECK(ambiguous > 10);
  // With a composite digit, about one reading in ten reaches the parser.
  INFO("readings " << readings << ", parsed " << parsed);
  CHECK(parsed * 5 < readings);
  // Without one, the document number's check digit still rules out most.
  INFO("number readings " << numberReadings << ", parsed " << numberParsed);
  CHECK(numberReadings > 100);
  CHECK(numberParsed * 5 < numberReadings);
}
