#include "ui/models/local_format.h"

#include "core/domain/date_text.h"
#include "ui/models/language_controller.h"

#include <QLocale>
#include <QRegularExpression>

namespace camie::ui {

namespace {

bool isKhmer(QStringView language) {
  return language == u"km";
}

QLocale localeFor(QStringView language) {
  return isKhmer(language) ? QLocale(QLocale::Khmer, QLocale::Cambodia)
                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QString LocalFormat::digits(QStringView text, QStringView language) {
  QString out = text.toString();
  if (!isKhmer(language))
    return out;
  for (QChar& c : out) {
    if (c >= u'0' && c <= u'9')
      c = QChar(0x17E0 + (c.unicode() - u'0'));
  }
  return out;
}

QString LocalFormat::number(qint64 value, QStringView language) {
  return digits(localeFor(language).toString(value), language);
}

QString LocalFormat::date(QDate day, QStringView language) {
  if (!day.isValid())
    return {};
  // Day, month name, year: the order both languages use; CLDR gives the
  // Khmer month names, the digits are the kiosk's own mapping.
  const QString month = localeFor(language).standaloneMonthName(day.month(), QLocale::LongFormat);
  return digits(QStringLiteral("%1 %2 %3").arg(day.day()).arg(month).arg(day.year()), language);
}

QString LocalFormat::dateTime(const QDateTime& when, QStringView language) {
  if (!when.isValid())
    return {};
  const QDateTime local = when.toLocalTime();
  const QString time = digits(local.time().toString(QStringLiteral("HH:mm")), language);
  return isKhmer(language) ? QStringLiteral("%1 %2").arg(date(local.date(), language), time)
                           : QStringLiteral("%1, %2").arg(date(local.date(), language), time);
}

QString LocalFormat::currentLanguage() {
  const auto* language = LanguageController::provided();
  return language ? language->code() : QStringLiteral("en");
}

QString LocalFormat::formatDate(const QVariant& value, const QString& language) const {
  switch (value.typeId()) {
  case QMetaType::QDate:
    return date(value.toDate(), language);
  case QMetaType::QDateTime:
    return date(value.toDateTime().toLocalTime().date(), language);
  default:
    return date(domain::DateText::parse(value.toString()), language);
  }
}

QString LocalFormat::formatDateTime(const QDateTime& when, const QString& language) const {
  return dateTime(when, language);
}

QString LocalFormat::dateEntry(const QVariant& value) const {
  const QString text = value.toString();
  static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
  if (!iso.match(text).hasMatch())
    return text;
  const QDate day = QDate::fromString(text, Qt::ISODate);
  return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : text;
}

} // namespace camie::ui
