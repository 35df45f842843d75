#include "core/domain/card_check.h"

#include "core/domain/date_text.h"
#include "core/domain/khmer_text.h"

#include <QJsonArray>

namespace camie::domain {
namespace {

// Both spellings reduced to what must agree.
QString canonical(const QString& fieldId, const QString& value) {
  if (fieldId == u"name_km")
    return KhmerText::normalizeName(value).remove(u' ');
  if (fieldId == u"name_en")
    return value.simplified().toUpper();
  if (fieldId == u"dob") {
    const QDate day = DateText::parse(value);
    return day.isValid() ? day.toString(Qt::ISODate) : value.trimmed();
  }
  if (fieldId == u"id_number")
    return KhmerText::compactNumber(value).toUpper();
  return value.trimmed();
}

} // namespace

const QStringList& CardCheck::comparedFields() {
  static const QStringList fields{QStringLiteral("name_km"), QStringLiteral("name_en"),
                                  QStringLiteral("dob"), QStringLiteral("sex"),
                                  QStringLiteral("id_number")};
  return fields;
}

QStringList CardCheck::differences(const QJsonObject& answers,
                                   const QHash<QString, QString>& read) {
  QStringList differing;
  for (const QString& field : comparedFields()) {
    const QString fromCard = read.value(field);
    const QString answered = answers.value(field).toVariant().toString();
    if (fromCard.trimmed().isEmpty() || answered.trimmed().isEmpty())
      continue;
    if (canonical(field, fromCard) != canonical(field, answered))
      differing << field;
  }
  return differing;
}

QJsonObject CardCheck::toJson() const {
  QJsonObject o{{QStringLiteral("differing"), QJsonArray::fromStringList(differing)}};
  if (!confirmedBy.isEmpty())
    o.insert(QStringLiteral("confirmedBy"), confirmedBy);
  return o;
}

std::optional<CardCheck> CardCheck::fromJson(const QJsonObject& o) {
  if (!o.value(QStringLiteral("differing")).isArray())
    return std::nullopt;
  CardCheck check;
  for (const QJsonValue& v : o.value(QStringLiteral("differing")).toArray()) {
    if (!v.isString())
      return std::nullopt;
    check.differing << v.toString();
  }
  check.confirmedBy = o.value(QStringLiteral("confirmedBy")).toString();
  return check;
}

} // namespace camie::domain
