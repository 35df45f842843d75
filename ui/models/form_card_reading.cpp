#include "ui/models/form_card_reading.h"

#include "core/domain/card_check.h"
#include "core/domain/date_text.h"
#include "ui/models/card_check_model.h"
#include "ui/models/local_format.h"

#include <QDate>

namespace camie::ui {

QVariantMap FormCardReading::take(const QVariantList& proposals, const QString& draftId) {
  QVariantMap values;
  QHash<QString, QString> read;
  for (const QVariant& item : proposals) {
    const QVariantMap p = item.toMap();
    const QString id = p.value(QStringLiteral("fieldId")).toString();
    const QString value = p.value(QStringLiteral("value")).toString();
    values.insert(id, value);
    notes_.remove(id);
    if (const QString note = p.value(QStringLiteral("note")).toString(); !note.isEmpty())
      notes_.insert(id, note);
    if (p.value(QStringLiteral("fromCard")).toBool())
      read.insert(id, value);
  }
  check_->setDraftId(draftId);
  check_->take(read);
  return values;
}

QString FormCardReading::noteWords(const QString& fieldId) const {
  const QString note = notes_.value(fieldId);
  if (note == u"low_confidence")
    return tr("Read with low confidence: check it carefully");
  if (note == u"romanised")
    return tr("Romanised from the Khmer name: check the spelling");
  return QString();
}

void FormCardReading::compare(const domain::FormSchema* form, const QJsonObject& answers,
                              const QJsonObject& normalized, const Text& text) const {
  if (!check_->cardRead() || !form) {
    check_->update({}, {});
    return;
  }
  // The answers as they will be stored, each compared with the card.
  QJsonObject compared = answers;
  for (auto it = normalized.begin(); it != normalized.end(); ++it)
    compared.insert(it.key(), it.value());
  const QStringList differing = domain::CardCheck::differences(compared, check_->read());
  const auto shown = [&](const domain::FieldSpec* spec, const QString& value) {
    if (spec && spec->type == domain::FieldType::Choice) {
      const domain::ChoiceOption* option = spec->option(value);
      return option ? text(option->label) : value;
    }
    if (spec && spec->type == domain::FieldType::BirthDate) {
      if (const QDate date = domain::DateText::parse(value); date.isValid())
        return LocalFormat::date(date, LocalFormat::currentLanguage());
    }
    return value;
  };
  QVariantList rows;
  for (const QString& id : differing) {
    const domain::FieldSpec* spec = form->field(id);
    rows.append(QVariantMap{
        {QStringLiteral("fieldId"), id},
        {QStringLiteral("label"), spec ? text(spec->label) : id},
        {QStringLiteral("card"), shown(spec, check_->read().value(id))},
        {QStringLiteral("answer"), shown(spec, compared.value(id).toVariant().toString())}});
  }
  check_->update(differing, rows);
}

void FormCardReading::setDraftId(const QString& draftId) {
  check_->setDraftId(draftId);
}

void FormCardReading::clear() {
  notes_.clear();
  check_->clear(); // the card's values leave with the form
}

} // namespace camie::ui
