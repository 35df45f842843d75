#include "core/scan/mrz_parser.h"

#include <catch2/catch.hpp>

using namespace camie::scan;

namespace {

const QDate kToday(2025, 11, 25);

// ICAO 9303 part 5 (TD1) and part 4 (TD3) specimens.
const QStringList kTd1 = {QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                          QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                          QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
const QStringList kTd3 = {QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                          QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10")};
// A Khmer ID card's zone (check digits computed for this test).
const QStringList kKhm = {QStringLiteral("IDKHM0123456784<<<<<<<<<<<<<<<"),
                          QStringLiteral("9001158M3001145KHM<<<<<<<<<<<0"),
                          QStringLiteral("SOK<<DARA<<<<<<<<<<<<<<<<<<<<<")};

MrzOutcome parse(const QStringList& lines) {
  return MrzParser::parse(lines.join(u'\n'), kToday);
}

// The lines with the character at (line, column) replaced.
QStringList with(QStringList lines, int line, int column, QChar c) {
  lines[line][column] = c;
  return lines;
}

QChar otherDigit(QChar c) {
  return QChar(u'0' + (c.digitValue() + 1) % 10);
}

} // namespace

TEST_CASE("the ICAO check digit examples", "[scan]") {
  CHECK(MrzParser::checkDigit(u"D23145890") == 7);
  CHECK(MrzParser::checkDigit(u"740812") == 2);
  CHECK(MrzParser::checkDigit(u"120415") == 9);
  CHECK(MrzParser::checkDigit(u"L898902C3") == 6);
  CHECK(MrzParser::checkDigit(u"<<<<") == 0);
  CHECK(MrzParser::checkDigit(u"ab") == -1);
}

TEST_CASE("the ICAO TD1 specimen is read field by field", "[scan]") {
  const MrzOutcome outcome = parse(kTd1);
  REQUIRE(outcome.ok());
  CHECK(outcome.verdictCode() == u"valid");
  const MrzRecord& r = *outcome.record;
  CHECK(r.format == MrzFormat::Td1);
  CHECK(r.documentType == u"I");
  CHECK(r.issuer == u"UTO");
  CHECK(r.documentNumber == u"D23145890");
  CHECK(r.surname == u"ERIKSSON");
  CHECK(r.givenNames == u"ANNA MARIA");
  CHECK(r.nationality == u"UTO");
  CHECK(r.birthDate == QDate(1974, 8, 12));
  CHECK(r.expiryDate == QDate(2012, 4, 15));
  CHECK(r.sex == u"F");
  CHECK(r.corrected.isEmpty());
  CHECK_FALSE(r.isKhmerIdCard());
  const QJsonObject json = r.toJson();
  CHECK(json.value(QStringLiteral("birth_date")).toString() == u"1974-08-12");
  CHECK(json.value(QStringLiteral("given_names")).toString() == u"ANNA MARIA");
}

TEST_CASE("the ICAO TD3 passport specimen is read field by field", "[scan]") {
  const MrzOutcome outcome = parse(kTd3);
  REQUIRE(outcome.ok());
  const MrzRecord& r = *outcome.record;
  CHECK(r.format == MrzFormat::Td3);
  CHECK(r.documentType == u"P");
  CHECK(r.documentNumber == u"L898902C3");
  CHECK(r.surname == u"ERIKSSON");
  CHECK(r.givenNames == u"ANNA MARIA");
  CHECK(r.birthDate == QDate(1974, 8, 12));
  CHECK(r.expiryDate == QDate(2012, 4, 15));
  CHECK(r.optionalData == u"ZE184226B");
}

TEST_CASE("a Khmer ID card is TD1 from KHM with a 9-digit number", "[scan]") {
  const MrzOutcome outcome = parse(kKhm);
  REQUIRE(outcome.ok());
  CHECK(outcome.record->isKhmerIdCard());
  CHECK(outcome.record->documentType == u"ID");
  CHECK(outcome.record->documentNumber == u"012345678");
  CHECK(outcome.record->surname == u"SOK");
  CHECK(outcome.record->givenNames == u"DARA");
  CHECK(outcome.record->sex == u"M");
  CHECK(outcome.record->birthDate == QDate(1990, 1, 15));
  CHECK(outcome.record->expiryDate == QDate(2030, 1, 14));
}

TEST_CASE("each TD1 check digit changed in turn names its field", "[scan]") {
  const struct {
    int line;
    int column;
    const char* field;
  } checks[] = {{0, 14, "document_number"},
                {1, 6, "birth_date"},
                {1, 14, "expiry_date"},
                {1, 29, "composite"}};
  for (const QStringList& zone : {kTd1, kKhm}) {
    for (const auto& c : checks) {
      INFO(c.field);
      const QChar digit = zone[c.line][c.column];
      const MrzOutcome outcome = parse(with(zone, c.line, c.column, otherDigit(digit)));
      CHECK(outcome.verdictCode() == u"bad_check_digit");
      CHECK(outcome.field == QLatin1String(c.field));
      CHECK_FALSE(outcome.message.isEmpty());
      CHECK_FALSE(outcome.record.has_value());
    }
  }
}

TEST_CASE("each TD3 check digit changed in turn names its field", "[scan]") {
  const struct {
    int column;
    const char* field;
  } checks[] = {{9, "document_number"},
                {19, "birth_date"},
                {27, "expiry_date"},
                {42, "optional"},
                {43, "composite"}};
  for (const auto& c : checks) {
    INFO(c.field);
    const QChar digit = kTd3[1][c.column];
    const MrzOutcome outcome = parse(with(kTd3, 1, c.column, otherDigit(digit)));
    CHECK(outcome.verdictCode() == u"bad_check_digit");
    CHECK(outcome.field == QLatin1String(c.field));
  }
}

TEST_CASE("a changed data character is caught by its field's check digit", "[scan]") {
  CHECK(parse(with(kTd1, 0, 7, u'4')).field == u"document_number"); // D24...
  CHECK(parse(with(kTd1, 1, 3, u'9')).field == u"birth_date");      // 740912
  CHECK(parse(with(kTd3, 1, 30, u'X')).field == u"optional");       // personal number
  CHECK(parse(with(kTd1, 1, 20, u'X')).field == u"composite");      // optional data
  CHECK(parse(with(kTd1, 2, 0, u'A')).ok()); // names carry no check digit: the teller reviews
}

TEST_CASE("< where the composite check digit stands is no composite check", "[scan]") {
  // kKhm's composite is 0: a filler counted as 0 would pass it; it is not checked.
  const MrzOutcome unchecked = parse(with(kKhm, 1, 29, u'<'));
  REQUIRE(unchecked.ok());
  CHECK_FALSE(unchecked.record->compositeChecked);
  CHECK(parse(kKhm).record->compositeChecked);
  // The other check digits still count.
  CHECK(parse(with(with(kKhm, 1, 29, u'<'), 1, 6, u'9')).field == u"birth_date");
}

TEST_CASE("lower case and blanks around lines are read", "[scan]") {
  const MrzOutcome outcome = MrzParser::parse(
      QStringLiteral("  ") + kTd3.join(QStringLiteral("\r\n")).toLower() + QStringLiteral(" \n\n"),
      kToday);
  REQUIRE(outcome.ok());
  CHECK(outcome.record->documentNumber == u"L898902C3");
}

TEST_CASE("a zone typed without line breaks is cut into its lines", "[scan]") {
  CHECK(MrzParser::parse(kTd1.join(QString()), kToday).ok());
  CHECK(MrzParser::parse(kTd3.join(QString()), kToday).ok());
}

TEST_CASE("OCR look-alikes are fixed where only digits or only letters may stand", "[scan]") {
  // 0 for O in the issuer, O for 0 in the birth date, I for 1 in the expiry.
  QStringList zone = kTd1;
  zone[0][4] = u'0';
  zone[1].replace(0, 6, QStringLiteral("74O812"));
  zone[1][8] = u'I';
  const MrzOutcome outcome = parse(zone);
  REQUIRE(outcome.ok());
  CHECK(outcome.record->issuer == u"UTO");
  CHECK(outcome.record->birthDate == QDate(1974, 8, 12));
  CHECK(outcome.record->expiryDate == QDate(2012, 4, 15));
  CHECK(outcome.record->corrected == QStringList{QStringLiteral("issuer"),
                                                 QStringLiteral("birth_date"),
                                                 QStringLiteral("expiry_date")});

  // A KHM card's number is all digits, so O and I there are 0 and 1.
  const MrzOutcome khm = parse(with(with(kKhm, 0, 5, u'O'), 0, 6, u'I'));
  REQUIRE(khm.ok());
  CHECK(khm.record->documentNumber == u"012345678");
  CHECK(khm.record->corrected == QStringList{QStringLiteral("document_number")});
}

TEST_CASE("a look-alike fixed wrongly is still caught by the check digit", "[scan]") {
  // D and O both read as 0 in a date: a D that was really an 8 fails the check.
  const MrzOutcome outcome = parse(with(kTd1, 1, 4, u'D')); // 7408D2: 740802
  CHECK(outcome.verdictCode() == u"bad_check_digit");
  CHECK(outcome.field == u"birth_date");
}

TEST_CASE("a character that cannot stand there is refused, naming the field", "[scan]") {
  CHECK(parse(with(kTd1, 1, 2, u'X')).field == u"birth_date"); // no digit looks like X
  CHECK(parse(with(kTd1, 1, 2, u'X')).verdictCode() == u"bad_character");
  CHECK(parse(with(kTd1, 1, 7, u'Q')).field == u"sex");
  CHECK(parse(with(kTd1, 0, 20, u' ')).field == u"optional");
  CHECK(parse(with(kTd1, 2, 3, QChar(0x00C9))).field == u"names"); // É
  CHECK(parse(with(kTd3, 1, 11, u'7')).field == u"nationality");   // no letter looks like 7
  CHECK(parse(with(kTd1, 0, 7, u'#')).verdictCode() == u"bad_character");
}

TEST_CASE("wrong shapes are refused as bad length", "[scan]") {
  QStringList shortLine = kTd1;
  shortLine[1].chop(1);
  QStringList twoLines = kTd1.mid(0, 2);
  QStringList fourLines = kTd1 + QStringList{kTd1[2]};
  for (const QStringList& zone : {shortLine, twoLines, fourLines, QStringList{kTd3[0]},
                                  QStringList{kTd3[0], kTd1[1]}, QStringList{}}) {
    const MrzOutcome outcome = parse(zone);
    CHECK(outcome.verdictCode() == u"bad_length");
    CHECK_FALSE(outcome.message.isEmpty());
  }
}

TEST_CASE("two-digit years: births in the past, expiry within fifty years", "[scan]") {
  // Born in 2024 (last year) and in 1926 (a year 26 would be in the future).
  const auto zone = [](const char* birth, const char* expiry) {
    QStringList z = kTd1;
    const QString b = QString::fromLatin1(birth);
    const QString e = QString::fromLatin1(expiry);
    z[1] = b + QString::number(MrzParser::checkDigit(b)) + u'F' + e +
           QString::number(MrzParser::checkDigit(e)) + QStringLiteral("UTO<<<<<<<<<<<");
    const QString composite = z[0].mid(5) + z[1].mid(0, 7) + z[1].mid(8, 7) + z[1].mid(18, 11);
    z[1] += QString::number(MrzParser::checkDigit(composite));
    return z;
  };
  CHECK(parse(zone("240101", "340101")).record->birthDate == QDate(2024, 1, 1));
  CHECK(parse(zone("260101", "340101")).record->birthDate == QDate(1926, 1, 1));
  CHECK(parse(zone("251125", "340101")).record->birthDate == QDate(2025, 11, 25));
  CHECK(parse(zone("740812", "990101")).record->expiryDate == QDate(1999, 1, 1));
  CHECK(parse(zone("740812", "700101")).record->expiryDate == QDate(2070, 1, 1));
  CHECK(parse(zone("740812", "760101")).record->expiryDate == QDate(1976, 1, 1));
  const MrzOutcome notADate = parse(zone("741332", "340101"));
  CHECK(notADate.verdictCode() == u"bad_date");
  CHECK(notADate.field == u"birth_date");
  CHECK(parse(zone("740812", "340231")).field == u"expiry_date");
}

TEST_CASE("a long TD1 document number continues in the optional data", "[scan]") {
  const QStringList zone = {QStringLiteral("I<UTOD23145890<AB118<<<<<<<<<<"), kTd1[1], kTd1[2]};
  const MrzOutcome outcome = parse(zone);
  REQUIRE(outcome.ok());
  CHECK(outcome.record->documentNumber == u"D23145890AB11");
  CHECK(parse(with(zone, 0, 18, u'9')).field == u"document_number");
  CHECK(parse({QStringLiteral("I<UTOD23145890<<<<<<<<<<<<<<<<"), kTd1[1], kTd1[2]}).field ==
        u"document_number");
}

TEST_CASE("MRZ-like text is told from other text", "[scan]") {
  CHECK(MrzParser::looksLikeMrz(kTd1.join(u'\n')));
  CHECK(MrzParser::looksLikeMrz(kTd3.join(u'\n').toLower()));
  CHECK(MrzParser::looksLikeMrz(kTd1.mid(0, 2).join(u'\n'))); // damaged, still an MRZ
  CHECK(MrzParser::looksLikeMrz(kTd1.join(QString())));
  CHECK_FALSE(MrzParser::looksLikeMrz(u"IE1:NCFOXN*TFDNH"));
  CHECK_FALSE(MrzParser::looksLikeMrz(u"https://verify.gov.kh/d/abc"));
  CHECK_FALSE(MrzParser::looksLikeMrz(u"hello world\nthis is a note"));
  CHECK_FALSE(MrzParser::looksLikeMrz(u""));
}
