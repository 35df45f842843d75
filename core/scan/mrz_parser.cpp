#include "core/scan/mrz_parser.h"

#include "core/scan/mrz_layout.h"

#include <QCoreApplication>

namespace camie::scan {

namespace {

QString withoutFillers(QStringView text) {
  return text.toString().replace(u'<', u' ').simplified();
}

QString checkDigitMessage(const QString& field) {
  if (field == u"document_number")
    return QCoreApplication::translate(
        "camie::scan::MrzParser",
        "The document number does not match its check digit. Scan the card again, or type the number from the card.");
  if (field == u"birth_date")
    return QCoreApplication::translate(
        "camie::scan::MrzParser",
        "The date of birth does not match its check digit. Scan the card again, or type the date from the card.");
  if (field == u"expiry_date")
    return QCoreApplication::translate(
        "camie::scan::MrzParser",
        "The expiry date does not match its check digit. Scan the card again.");
  if (field == u"optional")
    return QCoreApplication::translate(
        "camie::scan::MrzParser",
        "The personal number does not match its check digit. Scan the document again.");
  return QCoreApplication::translate(
      "camie::scan::MrzParser",
      "The machine-readable zone does not match its overall check digit. Scan it again.");
}

MrzOutcome failure(MrzVerdict verdict, const QString& field, const QString& message) {
  return MrzOutcome{verdict, field, message, std::nullopt};
}

MrzOutcome badCheckDigit(const QString& field) {
  return failure(MrzVerdict::BadCheckDigit, field, checkDigitMessage(field));
}

// True when `check` is the check digit of `value`.
bool checks(QStringView value, QChar check) {
  return check.isDigit() && MrzParser::checkDigit(value) == check.digitValue();
}

MrzOutcome badCharacter(const QString& field) {
  return failure(
      MrzVerdict::BadCharacter, field,
      QCoreApplication::translate(
          "camie::scan::MrzParser",
          "The machine-readable zone holds a character that cannot stand there. Scan it again, or type the details."));
}

// YYMMDD: a birth date is never in the future; an expiry date lies within 50
// years of today either way. An invalid date gives a null QDate.
QDate resolveDate(QStringView yymmdd, bool birth, QDate today) {
  for (QChar c : yymmdd) {
    if (!c.isDigit())
      return {};
  }
  const int yy = yymmdd.left(2).toInt();
  const int mm = yymmdd.mid(2, 2).toInt();
  const int dd = yymmdd.mid(4, 2).toInt();
  if (birth) {
    const QDate recent(2000 + yy, mm, dd);
    return recent.isValid() && recent <= today ? recent : QDate(1900 + yy, mm, dd);
  }
  QDate date(2000 + yy, mm, dd);
  if (date.isValid() && date > today.addYears(50))
    date = QDate(1900 + yy, mm, dd);
  else if (date.isValid() && date < today.addYears(-50))
    date = QDate(2100 + yy, mm, dd);
  return date;
}

struct Zone {
  QString number;
  QChar numberCheck;
  QString optional;
  QString optional2;
  QString names;
  QString birth;
  QString expiry;
  QString sex;
  QString nationality;
  QString composite;
  QChar compositeCheck;
  QChar optionalCheck; // TD3 only
};

// The fields of a TD1 zone; a long document number continues in the optional
// data, its check digit being the last character before the fillers.
std::optional<Zone> td1Zone(const QStringList& l) {
  Zone z{l[0].mid(5, 9),
         l[0].at(14),
         l[0].mid(15, 15),
         l[1].mid(18, 11),
         l[2],
         l[1].mid(0, 7),
         l[1].mid(8, 7),
         l[1].mid(7, 1),
         l[1].mid(15, 3),
         l[0].mid(5, 25) + l[1].mid(0, 7) + l[1].mid(8, 7) + l[1].mid(18, 11),
         l[1].at(29),
         {}};
  if (z.numberCheck == u'<') {
    const qsizetype fillers = z.optional.indexOf(u'<');
    const QString rest = fillers < 0 ? z.optional : z.optional.left(fillers);
    if (rest.isEmpty())
      return std::nullopt;
    z.number += rest.chopped(1);
    z.numberCheck = rest.back();
    z.optional = z.optional.mid(rest.size());
  }
  return z;
}

Zone td3Zone(const QStringList& l) {
  return Zone{l[1].mid(0, 9),   l[1].at(9),
              l[1].mid(28, 14), {},
              l[0].mid(5),      l[1].mid(13, 7),
              l[1].mid(21, 7),  l[1].mid(20, 1),
              l[1].mid(10, 3),  l[1].mid(0, 10) + l[1].mid(13, 7) + l[1].mid(21, 22),
              l[1].at(43),      l[1].at(42)};
}

} // namespace

QString MrzOutcome::verdictCode() const {
  switch (verdict) {
  case MrzVerdict::Valid:
    return QStringLiteral("valid");
  case MrzVerdict::BadLength:
    return QStringLiteral("bad_length");
  case MrzVerdict::BadCharacter:
    return QStringLiteral("bad_character");
  case MrzVerdict::BadCheckDigit:
    return QStringLiteral("bad_check_digit");
  case MrzVerdict::BadDate:
    return QStringLiteral("bad_date");
  }
  return QStringLiteral("bad_length");
}

int MrzParser::checkDigit(QStringView field) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (qsizetype i = 0; i < field.size(); ++i) {
    const QChar c = field.at(i);
    int value = 0;
    if (c >= u'0' && c <= u'9')
      value = c.unicode() - u'0';
    else if (c >= u'A' && c <= u'Z')
      value = c.unicode() - u'A' + 10;
    else if (c != u'<')
      return -1;
    sum += value * kWeights[i % 3];
  }
  return sum % 10;
}

bool MrzParser::looksLikeMrz(QStringView text) {
  const QStringList lines = MrzLayout::normalizedLines(text);
  if (lines.isEmpty() || lines.size() > MrzLayout::kTd1Lines)
    return false;
  qsizetype total = 0;
  for (const QString& line : lines) {
    if (line.size() < 20 || line.size() > 50 ||
        !std::all_of(line.begin(), line.end(), MrzLayout::isMrzChar))
      return false;
    total += line.size();
  }
  return lines.size() >= MrzLayout::kTd3Lines && total >= 60 &&
         lines.join(QString()).contains(u"<<");
}

MrzOutcome MrzParser::parse(QStringView text, QDate today) {
  QStringList lines = MrzLayout::normalizedLines(text);
  const auto all = [&lines](int width) {
    return std::all_of(lines.begin(), lines.end(),
                       [width](const QString& l) { return l.size() == width; });
  };
  const bool td1 = lines.size() == MrzLayout::kTd1Lines && all(MrzLayout::kTd1Width);
  if (!td1 && !(lines.size() == MrzLayout::kTd3Lines && all(MrzLayout::kTd3Width)))
    return failure(
        MrzVerdict::BadLength, {},
        QCoreApplication::translate(
            "camie::scan::MrzParser",
            "This is not a whole machine-readable zone: an ID card has 3 lines of 30 characters, a passport 2 lines of 44. Scan it again."));

  MrzRecord record;
  if (const QString field = MrzLayout::fixCharacters(lines, td1, record.corrected);
      !field.isEmpty())
    return badCharacter(field);
  const std::optional<Zone> zone = td1 ? td1Zone(lines) : std::optional<Zone>(td3Zone(lines));
  if (!zone || !checks(zone->number, zone->numberCheck))
    return badCheckDigit(QStringLiteral("document_number"));
  if (!checks(zone->birth.left(6), zone->birth.at(6)))
    return badCheckDigit(QStringLiteral("birth_date"));
  if (!checks(zone->expiry.left(6), zone->expiry.at(6)))
    return badCheckDigit(QStringLiteral("expiry_date"));
  const bool noPersonalNumber =
      zone->optionalCheck == u'<' && zone->optional == QString(zone->optional.size(), u'<');
  if (!td1 && !noPersonalNumber && !checks(zone->optional, zone->optionalCheck))
    return badCheckDigit(QStringLiteral("optional"));
  // `<` where the composite check digit stands: no composite check (never
  // read as the digit 0 that a filler counts for in the sums).
  if (zone->compositeCheck == u'<')
    record.compositeChecked = false;
  else if (!checks(zone->composite, zone->compositeCheck))
    return badCheckDigit(QStringLiteral("composite"));

  record.birthDate = resolveDate(zone->birth.left(6), true, today);
  if (!record.birthDate.isValid())
    return failure(
        MrzVerdict::BadDate, QStringLiteral("birth_date"),
        QCoreApplication::translate(
            "camie::scan::MrzParser",
            "The date of birth in the machine-readable zone is not a calendar date. Type it from the card."));
  record.expiryDate = resolveDate(zone->expiry.left(6), false, today);
  if (!record.expiryDate.isValid())
    return failure(
        MrzVerdict::BadDate, QStringLiteral("expiry_date"),
        QCoreApplication::translate(
            "camie::scan::MrzParser",
            "The expiry date in the machine-readable zone is not a calendar date. Scan it again."));

  record.format = td1 ? MrzFormat::Td1 : MrzFormat::Td3;
  record.documentType = withoutFillers(lines[0].left(2));
  record.issuer = withoutFillers(QStringView(lines[0]).mid(2, 3));
  record.documentNumber = withoutFillers(zone->number);
  const qsizetype split = zone->names.indexOf(QStringLiteral("<<"));
  record.surname = withoutFillers(split < 0 ? zone->names : zone->names.left(split));
  record.givenNames =
      split < 0 ? QString() : withoutFillers(QStringView(zone->names).mid(split + 2));
  record.nationality = withoutFillers(zone->nationality);
  record.sex = zone->sex == u"<" ? QString() : zone->sex;
  record.optionalData = withoutFillers(zone->optional);
  record.optionalData2 = withoutFillers(zone->optional2);
  return MrzOutcome{MrzVerdict::Valid, {}, {}, std::move(record)};
}

} // namespace camie::scan
