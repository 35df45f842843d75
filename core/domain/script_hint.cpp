#include "core/domain/script_hint.h"

#include "core/domain/khmer_text.h"

#include <QCoreApplication>

namespace camie::domain {

Script ScriptHint::expectedFor(FieldType type) {
  switch (type) {
  case FieldType::KhmerName:
    return Script::Khmer;
  case FieldType::LatinName:
  case FieldType::IdNumber:
    return Script::Latin;
  case FieldType::Date:
  case FieldType::BirthDate:
  case FieldType::Phone:
  case FieldType::Integer:
    return Script::Digits;
  case FieldType::Text:
  case FieldType::Village:
  case FieldType::Choice:
  case FieldType::Boolean:
  case FieldType::Consent:
    break;
  }
  return Script::Any;
}

QString ScriptHint::mismatch(Script expected, QStringView typed) {
  if (expected == Script::Khmer && KhmerText::hasLatinLetters(typed))
    return QCoreApplication::translate("camie::domain::Validator",
                                       "Your keyboard is typing Latin letters; press Alt+Shift "
                                       "for Khmer.");
  if (expected == Script::Latin && KhmerText::hasKhmerLetters(typed))
    return QCoreApplication::translate("camie::domain::Validator",
                                       "Your keyboard is typing Khmer letters; press Alt+Shift "
                                       "for Latin letters.");
  if (expected == Script::Digits) {
    // What the Khmer layout types on the '-', '.' and '/' keys separates digits.
    QString letters;
    for (const QChar c : typed) {
      if (!KhmerText::isNumberSeparator(c))
        letters.append(c);
    }
    if (KhmerText::hasKhmerLetters(letters))
      return QCoreApplication::translate("camie::domain::Validator",
                                         "Your keyboard is typing Khmer letters: type digits "
                                         "here (Khmer or Latin digits both work).");
  }
  return {};
}

} // namespace camie::domain
