#include "core/domain/duplicate_keys.h"

#include "core/domain/date_text.h"
#include "core/domain/khmer_text.h"

namespace camie::domain {
namespace {

constexpr QChar kSeparator = u'\x1F'; // cannot be typed into an answer

QString joined(std::initializer_list<QString> parts) {
  QStringList list(parts);
  return list.join(kSeparator);
}

} // namespace

DuplicateKeys DuplicateKeys::of(const FormSchema& form, const QJsonObject& answers) {
  DuplicateKeys keys;
  QString birth;
  for (const FieldSpec& field : form.fields()) {
    if (field.type != FieldType::BirthDate)
      continue;
    const QDate day = DateText::parse(answers.value(field.id).toString());
    if (day.isValid()) {
      birth = day.toString(Qt::ISODate);
      break;
    }
  }
  for (const FieldSpec& field : form.fields()) {
    const QString answer = answers.value(field.id).toString();
    if (answer.trimmed().isEmpty())
      continue;
    switch (field.type) {
    case FieldType::IdNumber: {
      if (!keys.id.isEmpty())
        break;
      const QString type = answers.value(field.idTypeField).toString();
      const QString number = KhmerText::compactNumber(answer).toUpper();
      if (!number.isEmpty())
        keys.id = joined({QStringLiteral("id"), type, number});
      break;
    }
    case FieldType::LatinName:
      if (!birth.isEmpty())
        keys.nameAndBirth << joined(
            {QStringLiteral("latin"), answer.simplified().toUpper(), birth});
      break;
    case FieldType::KhmerName:
      if (!birth.isEmpty())
        keys.nameAndBirth << joined(
            {QStringLiteral("khmer"), KhmerText::normalizeName(answer), birth});
      break;
    default:
      break;
    }
  }
  return keys;
}

} // namespace camie::domain
