#include "core/domain/field_spec_parser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <utility>

namespace camie::domain {

namespace {

Error formError(const QString& message) {
  return makeError(QStringLiteral("invalid_form"), message);
}

QStringList allowedKeys(FieldType type) {
  QStringList keys{QStringLiteral("id"),          QStringLiteral("type"),
                   QStringLiteral("label"),       QStringLiteral("help"),
                   QStringLiteral("required"),    QStringLiteral("required_when"),
                   QStringLiteral("visible_when")};
  switch (type) {
  case FieldType::Text:
    keys << QStringLiteral("max_length") << QStringLiteral("reference");
    break;
  case FieldType::KhmerName:
  case FieldType::LatinName:
    keys << QStringLiteral("max_length");
    break;
  case FieldType::BirthDate:
    keys << QStringLiteral("min_age") << QStringLiteral("max_age");
    break;
  case FieldType::IdNumber:
    keys << QStringLiteral("id_type_field");
    break;
  case FieldType::Choice:
    keys << QStringLiteral("options") << QStringLiteral("default");
    break;
  case FieldType::Integer:
    keys << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("default");
    break;
  case FieldType::Boolean:
    keys << QStringLiteral("default");
    break;
  case FieldType::Consent:
    keys << QStringLiteral("statement");
    break;
  case FieldType::Date:
  case FieldType::Phone:
  case FieldType::Village:
    break;
  }
  return keys;
}

// Reads an optional whole number within [lo, hi] into `out`.
std::optional<Error> readInteger(const QJsonObject& obj, const QString& key, const QString& where,
                                 qint64 lo, qint64 hi, std::optional<qint64>& out) {
  if (!obj.contains(key))
    return std::nullopt;
  const QJsonValue v = obj.value(key);
  const double d = v.toDouble();
  if (!v.isDouble() || std::trunc(d) != d || d < static_cast<double>(lo) ||
      d > static_cast<double>(hi))
    return formError(QStringLiteral("%1: '%2' must be a whole number from %3 to %4")
                         .arg(where, key)
                         .arg(lo)
                         .arg(hi));
  out = static_cast<qint64>(d);
  return std::nullopt;
}

std::optional<Error> readOptions(const QJsonObject& obj, const QString& where,
                                 QList<ChoiceOption>& out) {
  const QJsonArray options = obj.value(QStringLiteral("options")).toArray();
  if (options.isEmpty())
    return formError(where + QStringLiteral(": a choice needs a non-empty 'options' array"));
  QSet<QString> seen;
  for (const QJsonValue& item : options) {
    const QJsonObject o = item.toObject();
    ChoiceOption option;
    option.value = o.value(QStringLiteral("value")).toString();
    static const QRegularExpression valueRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_]{0,63}$"));
    if (!valueRe.match(option.value).hasMatch())
      return formError(where + QStringLiteral(": every option needs a 'value' of ASCII letters, "
                                              "digits and '_'"));
    const QString at = QStringLiteral("%1 option '%2'").arg(where, option.value);
    if (seen.contains(option.value))
      return formError(at + QStringLiteral(" is listed twice"));
    seen.insert(option.value);
    for (auto it = o.begin(); it != o.end(); ++it) {
      if (it.key() != u"value" && it.key() != u"label" && it.key() != u"help")
        return formError(QStringLiteral("%1: unknown key '%2'").arg(at, it.key()));
    }
    auto label =
        FieldSpecParser::parseText(o.value(QStringLiteral("label")), at + QStringLiteral(" label"));
    if (!label)
      return label.error();
    option.label = *label;
    if (o.contains(QStringLiteral("help"))) {
      auto help =
          FieldSpecParser::parseText(o.value(QStringLiteral("help")), at + QStringLiteral(" help"));
      if (!help)
        return help.error();
      option.help = *help;
    }
    out.append(option);
  }
  return std::nullopt;
}

// Keys that only some types take, with their defaults and the checks between them.
std::optional<Error> readTypeKeys(const QJsonObject& obj, const QString& where, FieldSpec& f) {
  std::optional<qint64> n;
  switch (f.type) {
  case FieldType::Text:
  case FieldType::KhmerName:
  case FieldType::LatinName: {
    const qint64 limit = f.type == FieldType::Text ? 1000 : 100;
    if (auto e = readInteger(obj, QStringLiteral("max_length"), where, 1, limit, n))
      return e;
    f.maxLength = static_cast<int>(n.value_or(f.type == FieldType::Text ? 200 : 100));
    f.reference = obj.value(QStringLiteral("reference")).toString();
    if (obj.contains(QStringLiteral("reference")) && !FieldSpecParser::isIdentifier(f.reference))
      return formError(where + QStringLiteral(": 'reference' must name a reference list"));
    break;
  }
  case FieldType::BirthDate: {
    std::optional<qint64> lo;
    std::optional<qint64> hi;
    if (auto e = readInteger(obj, QStringLiteral("min_age"), where, 0, 150, lo))
      return e;
    if (auto e = readInteger(obj, QStringLiteral("max_age"), where, 0, 150, hi))
      return e;
    f.minAge = static_cast<int>(lo.value_or(15));
    f.maxAge = static_cast<int>(hi.value_or(100));
    if (*f.minAge > *f.maxAge)
      return formError(where + QStringLiteral(": 'min_age' is above 'max_age'"));
    break;
  }
  case FieldType::IdNumber:
    f.idTypeField = obj.value(QStringLiteral("id_type_field")).toString();
    if (f.idTypeField.isEmpty())
      return formError(where + QStringLiteral(": 'id_type_field' must name the id type field"));
    break;
  case FieldType::Choice:
    if (auto e = readOptions(obj, where, f.options))
      return e;
    break;
  case FieldType::Integer:
    if (auto e =
            readInteger(obj, QStringLiteral("min"), where, -1000000000000, 1000000000000, f.min))
      return e;
    if (auto e =
            readInteger(obj, QStringLiteral("max"), where, -1000000000000, 1000000000000, f.max))
      return e;
    if (f.min && f.max && *f.min > *f.max)
      return formError(where + QStringLiteral(": 'min' is above 'max'"));
    break;
  case FieldType::Consent: {
    auto statement = FieldSpecParser::parseText(obj.value(QStringLiteral("statement")),
                                                where + QStringLiteral(" statement"));
    if (!statement)
      return statement.error();
    f.statement = *statement;
    break;
  }
  case FieldType::Date:
  case FieldType::Phone:
  case FieldType::Village:
  case FieldType::Boolean:
    break;
  }
  return std::nullopt;
}

std::optional<Error> readDefault(const QJsonObject& obj, const QString& where, FieldSpec& f) {
  if (!obj.contains(QStringLiteral("default")))
    return std::nullopt;
  const QJsonValue v = obj.value(QStringLiteral("default"));
  bool fits = false;
  if (f.type == FieldType::Choice)
    fits = v.isString() && f.option(v.toString()) != nullptr;
  else if (f.type == FieldType::Boolean)
    fits = v.isBool();
  else if (f.type == FieldType::Integer)
    fits = v.isDouble() && std::trunc(v.toDouble()) == v.toDouble() &&
           (!f.min || v.toDouble() >= static_cast<double>(*f.min)) &&
           (!f.max || v.toDouble() <= static_cast<double>(*f.max));
  if (!fits)
    return formError(where + QStringLiteral(": 'default' is not a valid answer of this field"));
  f.defaultValue = v;
  return std::nullopt;
}

} // namespace

bool FieldSpecParser::isIdentifier(const QString& id) {
  static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_]*$"));
  return id.size() <= 64 && re.match(id).hasMatch();
}

Result<LocalizedText> FieldSpecParser::parseText(const QJsonValue& json, const QString& where) {
  const QJsonObject obj = json.toObject();
  LocalizedText text{obj.value(QStringLiteral("km")).toString().trimmed(),
                     obj.value(QStringLiteral("en")).toString().trimmed()};
  if (!json.isObject() || obj.size() != 2 || text.km.isEmpty() || text.en.isEmpty())
    return formError(where +
                     QStringLiteral(" must be an object with non-empty 'km' and 'en' texts"));
  return text;
}

Result<FieldSpec> FieldSpecParser::parse(const QJsonValue& json, qsizetype index) {
  const QJsonObject obj = json.toObject();
  FieldSpec f;
  f.id = obj.value(QStringLiteral("id")).toString();
  if (!json.isObject() || !isIdentifier(f.id))
    return formError(QStringLiteral("fields[%1]: needs an 'id' in lower snake_case").arg(index));
  const QString where = QStringLiteral("field '%1'").arg(f.id);

  const QString typeName = obj.value(QStringLiteral("type")).toString();
  const auto type = fieldTypeFromName(typeName);
  if (!type)
    return formError(typeName.isEmpty()
                         ? where + QStringLiteral(": 'type' is missing")
                         : QStringLiteral("%1: unknown type '%2'").arg(where, typeName));
  f.type = *type;

  const QStringList allowed = allowedKeys(f.type);
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (!allowed.contains(it.key()))
      return formError(
          QStringLiteral("%1: unknown key '%2' for type '%3'").arg(where, it.key(), typeName));
  }

  auto label = parseText(obj.value(QStringLiteral("label")), where + QStringLiteral(" label"));
  if (!label)
    return label.error();
  f.label = *label;
  if (obj.contains(QStringLiteral("help"))) {
    auto help = parseText(obj.value(QStringLiteral("help")), where + QStringLiteral(" help"));
    if (!help)
      return help.error();
    f.help = *help;
  }

  if (obj.contains(QStringLiteral("required")) && !obj.value(QStringLiteral("required")).isBool())
    return formError(where + QStringLiteral(": 'required' must be true or false"));
  f.required = obj.value(QStringLiteral("required")).toBool();
  for (const auto& [key, list] : {std::pair{QStringLiteral("visible_when"), &f.visibleWhen},
                                  std::pair{QStringLiteral("required_when"), &f.requiredWhen}}) {
    if (!obj.contains(key))
      continue;
    auto conditions =
        FieldCondition::listFromJson(obj.value(key), QStringLiteral("%1: '%2'").arg(where, key));
    if (!conditions)
      return conditions.error();
    *list = *conditions;
  }
  if (f.required && !f.requiredWhen.isEmpty())
    return formError(where +
                     QStringLiteral(": use either 'required' or 'required_when', not both"));

  if (auto e = readTypeKeys(obj, where, f))
    return *e;
  if (auto e = readDefault(obj, where, f))
    return *e;
  return f;
}

} // namespace camie::domain
