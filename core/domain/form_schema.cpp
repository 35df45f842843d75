#include "core/domain/form_schema.h"

#include "core/domain/field_spec_parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <functional>

namespace camie::domain {

namespace {

Error formError(const QString& message) {
  return makeError(QStringLiteral("invalid_form"), message);
}

Result<StepSpec> parseStep(const QJsonValue& json, qsizetype index) {
  const QJsonObject obj = json.toObject();
  StepSpec step;
  step.id = obj.value(QStringLiteral("id")).toString();
  if (!json.isObject() || !FieldSpecParser::isIdentifier(step.id))
    return formError(QStringLiteral("steps[%1]: needs an 'id' in lower snake_case").arg(index));
  const QString where = QStringLiteral("step '%1'").arg(step.id);
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (it.key() != u"id" && it.key() != u"label" && it.key() != u"fields")
      return formError(QStringLiteral("%1: unknown key '%2'").arg(where, it.key()));
  }
  auto label = FieldSpecParser::parseText(obj.value(QStringLiteral("label")),
                                          where + QStringLiteral(" label"));
  if (!label)
    return label.error();
  step.label = *label;
  const QJsonArray ids = obj.value(QStringLiteral("fields")).toArray();
  if (ids.isEmpty())
    return formError(where + QStringLiteral(": 'fields' must be a non-empty array of field ids"));
  for (const QJsonValue& id : ids) {
    if (!id.isString())
      return formError(where + QStringLiteral(": 'fields' must hold field ids (strings)"));
    step.fieldIds.append(id.toString());
  }
  return step;
}

} // namespace

Result<FormSchema> FormSchema::fromJson(QByteArrayView json) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return makeError(QStringLiteral("invalid_json"),
                     QStringLiteral("form: not valid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
  if (!doc.isObject())
    return formError(QStringLiteral("form: the document must be a JSON object"));
  const QJsonObject root = doc.object();
  static const QStringList kKeys{QStringLiteral("id"), QStringLiteral("version"),
                                 QStringLiteral("title"), QStringLiteral("steps"),
                                 QStringLiteral("fields")};
  for (auto it = root.begin(); it != root.end(); ++it) {
    if (!kKeys.contains(it.key()))
      return formError(QStringLiteral("form: unknown key '%1'").arg(it.key()));
  }

  FormSchema schema;
  schema.id_ = root.value(QStringLiteral("id")).toString();
  schema.version_ = root.value(QStringLiteral("version")).toString();
  if (schema.id_.isEmpty() || schema.version_.isEmpty())
    return formError(QStringLiteral("form: 'id' and 'version' must be non-empty strings"));
  if (root.contains(QStringLiteral("title"))) {
    auto title = FieldSpecParser::parseText(root.value(QStringLiteral("title")),
                                            QStringLiteral("form title"));
    if (!title)
      return title.error();
    schema.title_ = *title;
  }

  const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
  if (fields.isEmpty())
    return formError(QStringLiteral("form: 'fields' must be a non-empty array"));
  for (qsizetype i = 0; i < fields.size(); ++i) {
    auto field = FieldSpecParser::parse(fields.at(i), i);
    if (!field)
      return field.error();
    if (schema.index_.contains(field->id))
      return formError(QStringLiteral("field '%1': the id is used twice").arg(field->id));
    schema.index_.insert(field->id, schema.fields_.size());
    schema.fields_.append(std::move(field).value());
  }

  const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
  if (steps.isEmpty())
    return formError(QStringLiteral("form: 'steps' must be a non-empty array"));
  QSet<QString> stepIds;
  for (qsizetype i = 0; i < steps.size(); ++i) {
    auto step = parseStep(steps.at(i), i);
    if (!step)
      return step.error();
    if (stepIds.contains(step->id))
      return formError(QStringLiteral("step '%1': the id is used twice").arg(step->id));
    stepIds.insert(step->id);
    schema.steps_.append(std::move(step).value());
  }

  if (auto checked = schema.checkReferences(); !checked)
    return checked.error();
  if (auto checked = schema.checkConditionCycles(); !checked)
    return checked.error();
  return schema;
}

const FieldSpec* FormSchema::field(const QString& id) const {
  const auto it = index_.constFind(id);
  return it == index_.cend() ? nullptr : &fields_.at(*it);
}

// Every field in exactly one step; every step, condition and id type naming a known field.
Result<void> FormSchema::checkReferences() const {
  QHash<QString, QString> stepOf;
  for (const StepSpec& step : steps_) {
    for (const QString& id : step.fieldIds) {
      if (!field(id))
        return formError(QStringLiteral("step '%1': unknown field '%2'").arg(step.id, id));
      if (stepOf.contains(id))
        return formError(QStringLiteral("field '%1': listed in step '%2' and again in step '%3'")
                             .arg(id, stepOf.value(id), step.id));
      stepOf.insert(id, step.id);
    }
  }
  for (const FieldSpec& f : fields_) {
    if (!stepOf.contains(f.id))
      return formError(QStringLiteral("field '%1': not listed in any step").arg(f.id));
    for (const auto* list : {&f.visibleWhen, &f.requiredWhen}) {
      for (const FieldCondition& c : *list) {
        const FieldSpec* target = field(c.field);
        if (!target)
          return formError(
              QStringLiteral("field '%1': condition on unknown field '%2'").arg(f.id, c.field));
        if (target->type != FieldType::Choice)
          continue;
        for (const QJsonValue& v : c.values) {
          if (!target->option(v.toString()))
            return formError(QStringLiteral("field '%1': condition value '%2' is not an option "
                                            "of field '%3'")
                                 .arg(f.id, v.toVariant().toString(), c.field));
        }
      }
    }
    if (f.type == FieldType::IdNumber) {
      const FieldSpec* idType = field(f.idTypeField);
      if (!idType || idType->type != FieldType::Choice)
        return formError(
            QStringLiteral("field '%1': 'id_type_field' must name a choice field").arg(f.id));
    }
  }
  return {};
}

// A field shown only when another is shown, and so on, must not come back to itself.
Result<void> FormSchema::checkConditionCycles() const {
  enum class Mark { None, Visiting, Done };
  QHash<QString, Mark> marks;
  // Returns the id of a field met again while following its own conditions, or "".
  std::function<QString(const FieldSpec&)> findCycle = [&](const FieldSpec& f) -> QString {
    const Mark mark = marks.value(f.id, Mark::None);
    if (mark != Mark::None)
      return mark == Mark::Visiting ? f.id : QString();
    marks.insert(f.id, Mark::Visiting);
    for (const auto* list : {&f.visibleWhen, &f.requiredWhen}) {
      for (const FieldCondition& c : *list) {
        if (QString id = findCycle(*field(c.field)); !id.isEmpty())
          return id;
      }
    }
    marks.insert(f.id, Mark::Done);
    return {};
  };
  for (const FieldSpec& f : fields_) {
    if (const QString id = findCycle(f); !id.isEmpty())
      return formError(
          QStringLiteral("field '%1': its conditions depend on themselves in a cycle").arg(id));
  }
  return {};
}

} // namespace camie::domain
