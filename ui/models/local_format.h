// LocalFormat: dates and times as the screen's language writes them — on a
// Khmer screen Khmer digits and month names and a 24-hour clock (no "AM"),
// in English "31 January 1990, 14:05". Every date or time a screen, the
// review or the receipt shows goes through it. Exposed to QML as `LocalFormat`.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariant>

namespace camie::ui {

class LocalFormat : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON

public:
  explicit LocalFormat(QObject* parent = nullptr) : QObject(parent) {}

  // "៣១ មករា ១៩៩០" for "km", "31 January 1990" otherwise; empty if invalid.
  static QString date(QDate day, QStringView language);
  // The date and a 24-hour time: "៣១ មករា ២០២៦ ១៤:០៥", "31 January 2026, 14:05".
  static QString dateTime(const QDateTime& when, QStringView language);
  // ASCII digits made Khmer digits for "km"; unchanged otherwise.
  static QString digits(QStringView text, QStringView language);
  // The current language of the application (English when none is provided).
  static QString currentLanguage();
  // A count with its thousands grouped as the language groups them:
  // "18,523" in English; on a Khmer screen Khmer digits, grouped as CLDR's
  // Khmer locale groups them ("១៨.៥២៣").
  static QString number(qint64 value, QStringView language);

  // QML: `value` a date, a date-time, or a date as typed or stored
  // ("31.01.1990", "1990-01-31"); empty when it names no date. The language is
  // passed so that bindings follow Language.code.
  Q_INVOKABLE QString formatDate(const QVariant& value, const QString& language) const;
  Q_INVOKABLE QString formatDateTime(const QDateTime& when, const QString& language) const;
  // A date answer as the teller types it from the card: a stored ISO date
  // becomes "31.01.1990"; anything else is returned as it is.
  Q_INVOKABLE QString dateEntry(const QVariant& value) const;
  // QML: number(), for counts on screen.
  Q_INVOKABLE QString formatNumber(qint64 value, const QString& language) const {
    return number(value, language);
  }
};

} // namespace camie::ui
