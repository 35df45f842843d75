// DateText: reads a date as a teller types it from an ID card — day, month,
// year with any separator ("31.01.1990", "31/1/1990", "៣១ឥ០១ឥ១៩៩០") — or
// as the kiosk stores it (ISO "1990-01-31").
#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace camie::domain {

struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
};

class DateText {
public:
  // Three groups of digits (Khmer or ASCII) between separators (see
  // KhmerText::isNumberSeparator): day, month and a 4-digit year, or a 4-digit
  // year first for ISO order. The parts are not checked against the calendar.
  static std::optional<DateParts> split(QStringView typed);

  // The date `typed` names, or an invalid QDate (wrong form, or no such day).
  static QDate parse(QStringView typed);
};

} // namespace camie::domain
