#include "tools/cardgen/card_generator.h"

#include "core/scan/mrz_layout.h"
#include "core/scan/mrz_parser.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace camie::cardgen {

namespace {

struct Name {
  const char16_t* km;
  const char* latin;
  char sex; // for given names: 'M', 'F'; surnames: ' '
};

// Common Khmer names as cards spell them in Latin letters.
constexpr Name kSurnames[] = {
    {u"សុខ", "SOK", ' '}, {u"ចាន់", "CHAN", ' '}, {u"ហេង", "HENG", ' '}, {u"លី", "LY", ' '},
    {u"គឹម", "KIM", ' '}, {u"ម៉ៅ", "MAO", ' '},   {u"ឈុន", "CHHUN", ' '}, {u"នួន", "NUON", ' '},
    {u"ស៊ុន", "SUN", ' '}, {u"កែវ", "KEO", ' '},  {u"ប៊ុន", "BUN", ' '},   {u"ពេជ្រ", "PICH", ' '},
    {u"យឹម", "YIM", ' '}, {u"អ៊ុក", "OUK", ' '},   {u"ទេព", "TEP", ' '},  {u"ស៊ឹម", "SIM", ' '},
};
constexpr Name kGivenNames[] = {
    {u"ដារ៉ា", "DARA", 'M'},      {u"សុភា", "SOPHEA", 'F'},   {u"ស្រីមុំ", "SREYMOM", 'F'},
    {u"វិចិត្រ", "VICHET", 'M'},    {u"ពិសិដ្ឋ", "PISETH", 'M'},  {u"សំណាង", "SAMNANG", 'M'},
    {u"សុវណ្ណ", "SOVANN", 'M'},    {u"រតនា", "RATANA", 'F'},  {u"សុផល", "SOPHAL", 'M'},
    {u"វណ្ណា", "VANNA", 'M'},     {u"ធារី", "THEARY", 'F'},   {u"បូផា", "BOPHA", 'F'},
    {u"ចន្ទ្រា", "CHANTREA", 'F'}, {u"សុខា", "SOKHA", 'M'},    {u"ស្រីនាង", "SREYNEANG", 'F'},
    {u"ចាន់ថា", "CHANTHA", 'M'},  {u"សុជាតិ", "SOCHEAT", 'M'}, {u"ពិសី", "PISEY", 'F'},
    {u"រដ្ឋា", "RATHA", 'M'},     {u"ម៉ាលី", "MALY", 'F'},     {u"ស្រីពៅ", "SREYPOV", 'F'},
    {u"សុខុម", "SOKHOM", 'M'},     {u"ច័ន្ទ", "CHAN", 'F'},     {u"បញ្ញា", "BANHA", 'M'},
};

QString khmerDigits(QString text) {
  for (QChar& c : text) {
    if (c >= u'0' && c <= u'9')
      c = QChar(0x17E0 + (c.unicode() - u'0'));
  }
  return text;
}

QString yymmdd(QDate d) {
  return d.toString(QStringLiteral("yyMMdd"));
}

QString withCheck(const QString& field) {
  return field + QString::number(scan::MrzParser::checkDigit(field));
}

QString dotted(QDate d, bool khmer) {
  const QString text = d.toString(QStringLiteral("dd.MM.yyyy"));
  return khmer ? khmerDigits(text) : text;
}

// A faint guilloche: the card's printed security background.
void paintBackground(QPainter& p, QColor paper, QColor ink) {
  p.fillRect(0, 0, CardGenerator::kWidth, CardGenerator::kHeight, paper);
  QPen pen(ink);
  pen.setWidthF(1.2);
  p.setPen(pen);
  for (int k = 0; k < 14; ++k) {
    QPainterPath path;
    for (int x = 0; x <= CardGenerator::kWidth; x += 8) {
      const double y = 40 + k * 44 + 14 * std::sin(x / 60.0 + k);
      if (x == 0)
        path.moveTo(x, y);
      else
        path.lineTo(x, y);
    }
    p.drawPath(path);
  }
}

QFont khmerFont(const QString& family, int pixels) {
  QFont font(family);
  font.setPixelSize(pixels);
  font.setHintingPreference(QFont::PreferNoHinting);
  return font;
}

// Text at (x, baseline y), shrunk until it fits `width`.
void drawFitted(QPainter& p, QFont font, int x, int y, int width, const QString& text) {
  while (font.pixelSize() > 12 && QFontMetrics(font).horizontalAdvance(text) > width)
    font.setPixelSize(font.pixelSize() - 1);
  p.setFont(font);
  p.drawText(x, y, text);
}

} // namespace

CardGenerator::CardGenerator(quint32 seed, const domain::Gazetteer& gazetteer)
    : rng_(seed), gazetteer_(gazetteer), provinces_(gazetteer.provinces()) {}

int CardGenerator::uniform(int low, int high) {
  return low + static_cast<int>(rng_() % static_cast<quint32>(high - low + 1));
}

QString CardGenerator::place(bool withVillage) {
  QStringList parts;
  const domain::Gazetteer::Unit* unit = provinces_.at(uniform(0, provinces_.size() - 1));
  const int depth = withVillage ? 3 : 2;
  for (int level = 0; level < depth; ++level) {
    const auto children = gazetteer_.children(unit->code);
    if (children.isEmpty())
      break;
    parts.prepend(unit->km);
    unit = children.at(uniform(0, children.size() - 1));
  }
  parts.prepend(unit->km);
  return parts.join(u' ');
}

CardPerson CardGenerator::person() {
  CardPerson p;
  const Name& surname = kSurnames[uniform(0, std::size(kSurnames) - 1)];
  const Name& given = kGivenNames[uniform(0, std::size(kGivenNames) - 1)];
  p.surnameKm = QString::fromUtf16(surname.km);
  p.surnameLatin = QString::fromLatin1(surname.latin);
  p.givenKm = QString::fromUtf16(given.km);
  p.givenLatin = QString::fromLatin1(given.latin);
  p.sex = given.sex;
  p.birthDate = QDate(1950, 1, 1).addDays(uniform(0, 56 * 365));
  p.issueDate = QDate(2015, 1, 1).addDays(uniform(0, 9 * 365));
  p.expiryDate = p.issueDate.addYears(10).addDays(-1);
  p.documentNumber = QString::number(uniform(0, 2));
  for (int i = 0; i < 8; ++i)
    p.documentNumber += QString::number(uniform(0, 9));
  p.placeOfBirthKm = place(false);
  p.addressKm = place(true);
  p.khmerDigits = uniform(0, 1) == 1;
  p.noCompositeCheck = uniform(0, 9) == 0;
  return p;
}

QStringList CardGenerator::mrzLines(const CardPerson& p) {
  const int width = scan::MrzLayout::kTd1Width;
  const QString line1 =
      (QStringLiteral("IDKHM") + withCheck(p.documentNumber)).leftJustified(width, u'<');
  QString line2 = withCheck(yymmdd(p.birthDate)) + QChar::fromLatin1(p.sex) +
                  withCheck(yymmdd(p.expiryDate)) + QStringLiteral("KHM");
  line2 = line2.leftJustified(width - 1, u'<');
  const QString composite = line1.mid(5) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
  line2 += p.noCompositeCheck ? QStringLiteral("<")
                              : QString::number(scan::MrzParser::checkDigit(composite));
  QString line3 = p.surnameLatin + QStringLiteral("<<") + QString(p.givenLatin).replace(u' ', u'<');
  line3 = line3.leftJustified(width, u'<', true);
  return {line1, line2, line3};
}

QStringList CardGenerator::khmerFonts() {
  QStringList fonts;
  const QStringList installed = QFontDatabase::families();
  for (const char* family : {"Khmer OS", "Khmer OS Battambang", "Khmer OS Siemreap",
                             "Noto Sans Khmer", "Noto Serif Khmer", "Khmer OS Content"}) {
    if (installed.contains(QLatin1String(family)))
      fonts.append(QLatin1String(family));
  }
  return fonts;
}

QImage CardGenerator::front(const CardPerson& person, const QString& family) {
  QImage card(kWidth, kHeight, QImage::Format_RGB32);
  QPainter p(&card);
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);
  paintBackground(p, QColor(0xEE, 0xF2, 0xF7), QColor(0xF2, 0xD8, 0xE2));
  p.setPen(QColor(0x1A, 0x2A, 0x6C));
  drawFitted(p, khmerFont(family, 30), 300, 62, 680, QStringLiteral("អត្តសញ្ញាណប័ណ្ណសញ្ញាតិខ្មែរ"));
  p.setPen(Qt::black);
  QFont digits(QStringLiteral("DejaVu Sans"));
  digits.setPixelSize(30);
  digits.setBold(true);
  p.setFont(digits);
  p.drawText(640, 118,
             QStringLiteral("%1 (%2)")
                 .arg(person.documentNumber)
                 .arg(scan::MrzParser::checkDigit(person.documentNumber)));
  // The photo.
  p.fillRect(36, 150, 220, 280, QColor(0xC8, 0xCC, 0xD4));
  p.setBrush(QColor(0x8A, 0x90, 0x9C));
  p.setPen(Qt::NoPen);
  p.drawEllipse(96, 190, 100, 120);
  p.drawRoundedRect(66, 320, 160, 110, 40, 40);
  p.setPen(Qt::black);

  const int x = 280;
  const int w = kWidth - x - 24;
  const QFont text = khmerFont(family, 28);
  drawFitted(p, text, x, 180, w, QStringLiteral("គោត្តនាមនិងនាម៖ ") + person.nameKm());
  QFont latin(QStringLiteral("DejaVu Sans"));
  latin.setPixelSize(28);
  drawFitted(p, latin, x, 230, w, person.nameLatin());
  drawFitted(
      p, text, x, 285, w,
      QStringLiteral("ភេទ៖ %1   កម្ពស់៖ %2 ស.ម")
          .arg(person.sex == 'F' ? QStringLiteral("ស្រី") : QStringLiteral("ប្រុស"),
               khmerDigits(QString::number(150 + person.documentNumber.right(2).toInt() % 35))));
  drawFitted(p, text, x, 340, w,
             QStringLiteral("ថ្ងៃខែឆ្នាំកំណើត៖ ") + dotted(person.birthDate, person.khmerDigits));
  drawFitted(p, text, x, 395, w, QStringLiteral("ទីកន្លែងកំណើត៖ ") + person.placeOfBirthKm);
  drawFitted(p, text, x, 450, w, QStringLiteral("អាសយដ្ឋាន៖ ") + person.addressKm);
  drawFitted(p, text, 36, 560, kWidth - 60,
             QStringLiteral("សុពលភាព៖ %1 ដល់ថ្ងៃ %2")
                 .arg(dotted(person.issueDate, true), dotted(person.expiryDate, true)));
  return card;
}

QImage CardGenerator::back(const CardPerson& person, const QString& family) {
  QImage card(kWidth, kHeight, QImage::Format_RGB32);
  QPainter p(&card);
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);
  paintBackground(p, QColor(0xF0, 0xF1, 0xEC), QColor(0xDD, 0xE6, 0xD8));
  p.setPen(QColor(0x30, 0x30, 0x30));
  const QFont text = khmerFont(family, 24);
  drawFitted(p, text, 36, 60, 600, QStringLiteral("ស្នាមម្រាមដៃ  ចំណាំ៖ អត្តសញ្ញាណប័ណ្ណនេះ"));
  drawFitted(p, text, 36, 100, 600, QStringLiteral("ថ្ងៃចេញ៖ ") + dotted(person.issueDate, true));
  p.setPen(QPen(QColor(0x60, 0x60, 0x60), 2));
  p.setBrush(Qt::NoBrush);
  p.drawRect(700, 30, 130, 160);
  p.drawRect(850, 30, 130, 160);

  // The zone: 30 OCR-B characters over about 76 mm, three lines at the bottom.
  QFont ocrb(QStringLiteral("OCR B"));
  ocrb.setPixelSize(40);
  ocrb.setStyleStrategy(QFont::NoFontMerging);
  const QString sample(scan::MrzLayout::kTd1Width, u'M');
  const double advance = QFontMetricsF(ocrb).horizontalAdvance(sample);
  ocrb.setPixelSize(qRound(40 * 900 / advance));
  p.setFont(ocrb);
  p.setPen(Qt::black);
  const QStringList lines = mrzLines(person);
  const int pitch = qRound(QFontMetricsF(ocrb).height() * 1.15);
  int y = kHeight - 40 - pitch * 2;
  for (const QString& line : lines) {
    p.drawText(56, y, line);
    y += pitch;
  }
  return card;
}

} // namespace camie::cardgen
