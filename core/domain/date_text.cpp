#include "core/domain/date_text.h"

#include "core/domain/khmer_text.h"

#include <QStringList>

#include <algorithm>

namespace camie::domain {

std::optional<DateParts> DateText::split(QStringView typed) {
  const QStringList groups = KhmerText::numberGroups(typed);
  if (groups.size() != 3)
    return std::nullopt;
  for (const QString& group : groups) {
    if (!std::all_of(group.begin(), group.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
      return std::nullopt;
  }
  const bool isoOrder = groups.at(0).size() == 4;
  const QString& year = isoOrder ? groups.at(0) : groups.at(2);
  const QString& day = isoOrder ? groups.at(2) : groups.at(0);
  const QString& month = groups.at(1);
  if (year.size() != 4 || day.size() > 2 || month.size() > 2)
    return std::nullopt;
  return DateParts{year.toInt(), month.toInt(), day.toInt()};
}

QDate DateText::parse(QStringView typed) {
  const auto parts = split(typed);
  return parts ? QDate(parts->year, parts->month, parts->day) : QDate();
}

} // namespace camie::domain
