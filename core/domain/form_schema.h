// FormSchema: the registration form as the registry publishes it in reference
// data — steps, fields and their rules (docs/forms.md). Immutable once loaded.
#pragma once

#include "core/domain/field_spec.h"
#include "core/domain/localized_text.h"
#include "core/domain/step_spec.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace camie::domain {

class FormSchema {
public:
  // Parses and checks a whole form: errors (code "invalid_json" or
  // "invalid_form") name the field or step and what is wrong with it.
  static Result<FormSchema> fromJson(QByteArrayView json);

  const QString& id() const { return id_; }
  const QString& version() const { return version_; }
  const LocalizedText& title() const { return title_; }
  const QList<StepSpec>& steps() const { return steps_; }
  const QList<FieldSpec>& fields() const { return fields_; } // in the order of the JSON
  const FieldSpec* field(const QString& id) const;           // nullptr if unknown

private:
  FormSchema() = default;
  Result<void> checkReferences() const;
  Result<void> checkConditionCycles() const;

  QString id_;
  QString version_;
  LocalizedText title_;
  QList<StepSpec> steps_;
  QList<FieldSpec> fields_;
  QHash<QString, qsizetype> index_;
};

} // namespace camie::domain
