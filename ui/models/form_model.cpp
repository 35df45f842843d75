#include "ui/models/form_model.h"

#include "core/domain/date_text.h"
#include "core/store/kiosk_store_service.h"
#include "core/store/saved_draft.h"
#include "core/util/uuid7.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"
#include "ui/models/local_format.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace camie::ui {
namespace {

QJsonValue toJson(const domain::FieldSpec& spec, const QVariant& value) {
  using T = domain::FieldType;
  if (spec.type == T::Consent || spec.type == T::Boolean)
    return value.toBool();
  if (spec.type == T::Integer) {
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue(value.toString());
  }
  return value.toString();
}

} // namespace

FormModel::FormModel(QObject* parent)
    : QAbstractListModel(parent), cardCheck_(new CardCheckModel(this)) {
  connect(this, &FormModel::answersChanged, this, &FormModel::updateCardCheck);
  auto& services = KioskServices::instance();
  if (services.store) {
    reference_ = services.store->reference();
    connect(services.store, &store::KioskStoreService::referenceChanged, this,
            &FormModel::setReference);
    connect(&services.store->registration(), &store::RegistrationService::finalised, this,
            [this](const QString& id) {
              busy_ = false;
              active_ = false; // its draft is the record now
              recordId_ = id;
              problem_.clear();
              emit stateChanged();
              emit finalised(id);
            });
    connect(&services.store->registration(), &store::RegistrationService::finaliseRefused, this,
            [this](const QString& code, const QString& message,
                   const QList<domain::FieldError>& fieldErrors) {
              busy_ = false;
              for (const domain::FieldError& e : fieldErrors)
                errors_.insert(e.field, e.message);
              problem_ = fieldErrors.isEmpty()
                             ? message
                             : tr("Some answers need correcting; they are marked.");
              Q_UNUSED(code)
              emit stateChanged();
              rebuildRows();
            });
  }
  connectDrafts();
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, [this] {
      // Messages already shown are said again in the new language.
      const QStringList withErrors = errors_.keys();
      for (const QString& id : withErrors)
        validateField(id);
      emit structureChanged();
      rebuildRows();
      emit answersChanged();
    });
}

void FormModel::setReference(std::shared_ptr<const refdata::ReferenceSet> reference) {
  reference_ = std::move(reference);
  emit structureChanged();
  rebuildRows();
}

QString FormModel::text(const domain::LocalizedText& t) const {
  const auto* language = LanguageController::provided();
  const bool english = language && language->code() == u"en";
  const QString& preferred = english ? t.en : t.km;
  return preferred.isEmpty() ? (english ? t.km : t.en) : preferred;
}

std::unique_ptr<domain::RegistrationValidator> FormModel::validator() const {
  if (!reference_)
    return nullptr;
  return std::make_unique<domain::RegistrationValidator>(
      reference_->form, reference_->gazetteer ? &*reference_->gazetteer : nullptr,
      QDate::currentDate());
}

QVariantList FormModel::steps() const {
  QVariantList list;
  if (!reference_)
    return list;
  for (const auto& step : reference_->form.steps())
    list.append(
        QVariantMap{{QStringLiteral("id"), step.id}, {QStringLiteral("title"), text(step.label)}});
  return list;
}

bool FormModel::lastStep() const {
  return reference_ && step_ >= reference_->form.steps().size() - 1;
}

QStringList FormModel::visibleFieldsOfStep(int step) const {
  QStringList ids;
  if (!reference_ || step < 0 || step >= reference_->form.steps().size())
    return ids;
  const auto v = validator();
  for (const QString& id : reference_->form.steps().at(step).fieldIds) {
    if (v->isVisible(id, answers_))
      ids << id;
  }
  return ids;
}

void FormModel::rebuildRows() {
  const QStringList rows = visibleFieldsOfStep(step_);
  if (rows == rows_) {
    // Same fields: refresh them in place (a reset while the view is still
    // creating delegates makes it lose track of them).
    if (!rows_.isEmpty())
      emit dataChanged(index(0), index(static_cast<int>(rows_.size()) - 1));
    return;
  }
  // Remove, then insert: a model reset while the view is still setting the
  // delegates' required properties trips Qt 6.4 ("index out range").
  if (!rows_.isEmpty()) {
    beginRemoveRows({}, 0, static_cast<int>(rows_.size()) - 1);
    rows_.clear();
    endRemoveRows();
  }
  if (!rows.isEmpty()) {
    beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
    rows_ = rows;
    endInsertRows();
  }
}

int FormModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant FormModel::data(const QModelIndex& index, int role) const {
  if (!reference_ || !index.isValid() || index.row() >= rows_.size())
    return {};
  const QString& id = rows_.at(index.row());
  const domain::FieldSpec* spec = reference_->form.field(id);
  if (!spec)
    return {};
  switch (role) {
  case FieldIdRole:
    return id;
  case TypeRole:
    return domain::fieldTypeName(spec->type);
  case LabelRole:
    return text(spec->label);
  case HelpRole:
    return text(spec->help);
  case RequiredRole: {
    const auto v = validator();
    return v->isRequired(id, answers_);
  }
  case ValueRole:
    return answers_.value(id).toVariant();
  case ErrorRole:
    return errors_.contains(id) ? errors_.value(id) : registryErrors_.value(id);
  case OptionsRole: {
    QVariantList options;
    for (const auto& o : spec->options)
      options.append(QVariantMap{{QStringLiteral("value"), o.value},
                                 {QStringLiteral("label"), text(o.label)},
                                 {QStringLiteral("help"), text(o.help)}});
    return options;
  }
  case PrefilledRole:
    return prefilled_.contains(id);
  case StatementRole:
    return text(spec->statement);
  case PrefillNoteRole:
    return prefilled_.contains(id) ? card_.noteWords(id) : QString();
  default:
    return {};
  }
}

QHash<int, QByteArray> FormModel::roleNames() const {
  return {{FieldIdRole, "fieldId"},
          {TypeRole, "type"},
          {LabelRole, "label"},
          {HelpRole, "help"},
          {RequiredRole, "mandatory"},
          {ValueRole, "value"},
          {ErrorRole, "error"},
          {OptionsRole, "options"},
          {PrefilledRole, "prefilled"},
          {StatementRole, "statement"},
          {PrefillNoteRole, "prefillNote"}};
}

void FormModel::start() {
  clear();
  if (!reference_)
    return;
  active_ = true;
  draftId_ = Uuid7::generate(QDateTime::currentMSecsSinceEpoch());
  card_.setDraftId(draftId_);
  for (const auto& spec : reference_->form.fields()) {
    if (!spec.defaultValue.isUndefined() && !spec.defaultValue.isNull())
      answers_.insert(spec.id, spec.defaultValue);
  }
  rebuildRows();
  emit answersChanged();
}

void FormModel::clear() {
  answers_ = {};
  errors_.clear();
  registryErrors_.clear();
  prefilled_.clear();
  card_.clear(); // the card's values leave with the form
  step_ = 0;
  busy_ = false;
  problem_.clear();
  recordId_.clear();
  consentAtMs_ = 0;
  draftId_.clear();
  correcting_ = false;
  active_ = false;
  touched_ = false;
  draftSent_ = false;
  visited_ = 0;
  returnToReview_ = false;
  draftSavedAt_ = {};
  emit stepChanged();
  emit stateChanged();
  emit answersChanged();
  rebuildRows();
}

void FormModel::validateField(const QString& fieldId) {
  const auto v = validator();
  if (!v)
    return;
  if (const auto error = v->validateField(fieldId, answers_.value(fieldId), answers_))
    errors_.insert(fieldId, error->message);
  else
    errors_.remove(fieldId);
}

void FormModel::setValue(const QString& fieldId, const QVariant& value) {
  if (!reference_)
    return;
  const domain::FieldSpec* spec = reference_->form.field(fieldId);
  if (!spec)
    return;
  const QJsonValue json = toJson(*spec, value);
  const bool blank = json.isString() && json.toString().trimmed().isEmpty();
  if (blank)
    answers_.remove(fieldId);
  else
    answers_.insert(fieldId, json);
  if (spec->type == domain::FieldType::Consent)
    consentAtMs_ = value.toBool() ? QDateTime::currentMSecsSinceEpoch() : 0;
  touched_ = true;
  prefilled_.remove(fieldId); // the teller typed it: it is theirs now
  registryErrors_.remove(fieldId);
  if (blank)
    errors_.remove(fieldId); // no error while a field is still empty; next() checks required
  else
    validateField(fieldId);
  const QStringList before = rows_;
  if (visibleFieldsOfStep(step_) != before) {
    rebuildRows(); // a condition changed which fields are shown
  } else {
    const int row = static_cast<int>(rows_.indexOf(fieldId));
    if (row >= 0)
      emit dataChanged(index(row), index(row));
  }
  emit answersChanged();
}

bool FormModel::markStepErrors(int step) {
  const auto v = validator();
  if (!v)
    return false;
  QHash<QString, QString> wrong;
  for (const QString& id : visibleFieldsOfStep(step)) {
    if (const auto error = v->validateField(id, answers_.value(id), answers_))
      wrong.insert(id, error->message);
  }
  if (wrong.isEmpty())
    return true;
  if (step != step_) { // open the step with the wrong answers
    step_ = step;
    emit stepChanged();
    rebuildRows();
  }
  errors_.insert(wrong);
  int firstInvalid = 0;
  while (firstInvalid < rows_.size() && !wrong.contains(rows_.at(firstInvalid)))
    ++firstInvalid;
  emit dataChanged(index(0), index(static_cast<int>(rows_.size()) - 1));
  emit invalidRow(firstInvalid);
  return false;
}

bool FormModel::next() {
  if (!validator() || !markStepErrors(step_))
    return false;
  if (!lastStep()) {
    ++step_;
    visited_ = std::max(visited_, step_);
    emit stepChanged();
    rebuildRows();
  } else if (returnToReview_) {
    returnToReview_ = false;
    emit stepChanged();
  }
  saveDraft();
  return true;
}

void FormModel::back() {
  goToStep(step_ - 1);
}

void FormModel::goToStep(int step) {
  if (!reference_ || step < 0 || step >= reference_->form.steps().size() || step == step_)
    return;
  step_ = step;
  visited_ = std::max(visited_, step_);
  emit stepChanged();
  rebuildRows();
  saveDraft();
}

void FormModel::editFromReview(int step) {
  returnToReview_ = true;
  emit stepChanged();
  goToStep(step);
}

bool FormModel::backToReview() {
  if (!validator() || !markStepErrors(step_))
    return false;
  for (int s = 0; s <= visited_; ++s) {
    if (s != step_ && !markStepErrors(s))
      return false; // that step is open now, its wrong answers marked
  }
  returnToReview_ = false;
  emit stepChanged();
  saveDraft();
  return true;
}

void FormModel::checkTyped(const QString& fieldId, const QString& text) {
  if (!reference_ || !errors_.contains(fieldId))
    return; // errors show up when a field is left; once shown they follow the typing
  const domain::FieldSpec* spec = reference_->form.field(fieldId);
  const auto v = validator();
  if (!spec || !v)
    return;
  QJsonObject typed = answers_;
  const QJsonValue json = toJson(*spec, text);
  if (json.isString() && json.toString().trimmed().isEmpty())
    typed.remove(fieldId);
  else
    typed.insert(fieldId, json);
  const auto error = v->validateField(fieldId, typed.value(fieldId), typed);
  const QString message = error ? error->message : QString();
  if (errors_.value(fieldId) == message)
    return;
  if (error)
    errors_.insert(fieldId, message);
  else
    errors_.remove(fieldId);
  const int row = static_cast<int>(rows_.indexOf(fieldId));
  if (row >= 0)
    emit dataChanged(index(row), index(row), {ErrorRole});
}

void FormModel::confirmPrefill(const QString& fieldId) {
  if (prefilled_.remove(fieldId)) {
    const int row = static_cast<int>(rows_.indexOf(fieldId));
    if (row >= 0)
      emit dataChanged(index(row), index(row));
    emit answersChanged();
  }
}

void FormModel::confirmAllPrefills() {
  prefilled_.clear();
  rebuildRows();
  emit answersChanged();
}

void FormModel::applyPrefill(const QVariantMap& values) {
  for (auto it = values.cbegin(); it != values.cend(); ++it)
    card_.dropNote(it.key());
  propose(values);
}

void FormModel::propose(const QVariantMap& values) {
  if (!reference_)
    return;
  for (auto it = values.cbegin(); it != values.cend(); ++it) {
    const domain::FieldSpec* spec = reference_->form.field(it.key());
    if (!spec || spec->type == domain::FieldType::Consent) // consent is never scanned
      continue;
    answers_.insert(it.key(), toJson(*spec, it.value()));
    touched_ = true;
    prefilled_.insert(it.key());
    validateField(it.key());
  }
  rebuildRows();
  emit answersChanged();
}

void FormModel::applyCardReading(const QVariantList& proposals) {
  if (!reference_)
    return;
  propose(card_.take(proposals, draftId_));
}

void FormModel::updateCardCheck() {
  const auto v = validator();
  card_.compare(reference_ ? &reference_->form : nullptr, answers_,
                v ? v->validate(answers_).normalized : QJsonObject(),
                [this](const domain::LocalizedText& t) { return text(t); });
}

QString FormModel::optionLabel(const QString& fieldId, const QString& value) const {
  if (!reference_)
    return value;
  const domain::FieldSpec* spec = reference_->form.field(fieldId);
  const domain::ChoiceOption* option = spec ? spec->option(value) : nullptr;
  return option ? text(option->label) : value;
}

QVariantList FormModel::review() const {
  QVariantList list;
  if (!reference_)
    return list;
  // Answers as they will be stored (a Khmer name with its spaces, a date
  // read from any form it was typed in); an answer still wrong as typed.
  const auto v = validator();
  const QJsonObject stored = v ? v->validate(answers_).normalized : QJsonObject();
  const auto& steps = reference_->form.steps();
  for (int s = 0; s < steps.size(); ++s) {
    for (const QString& id : visibleFieldsOfStep(s)) {
      const domain::FieldSpec* spec = reference_->form.field(id);
      if (!spec || spec->type == domain::FieldType::Consent)
        continue;
      const QJsonValue value = stored.contains(id) ? stored.value(id) : answers_.value(id);
      QString shown =
          value.isBool() ? (value.toBool() ? tr("Yes") : tr("No")) : value.toVariant().toString();
      if (spec->type == domain::FieldType::Choice)
        shown = optionLabel(id, value.toString());
      if (spec->type == domain::FieldType::Date || spec->type == domain::FieldType::BirthDate) {
        if (const QDate date = domain::DateText::parse(value.toString()); date.isValid())
          shown = LocalFormat::date(date, LocalFormat::currentLanguage());
      }
      if (spec->type == domain::FieldType::Village && reference_->gazetteer) {
        if (const auto* unit = reference_->gazetteer->find(value.toString()))
          shown = text({unit->km, unit->en});
      }
      list.append(QVariantMap{{QStringLiteral("step"), s},
                              {QStringLiteral("fieldId"), id},
                              {QStringLiteral("label"), text(spec->label)},
                              {QStringLiteral("value"), shown},
                              {QStringLiteral("prefilled"), prefilled_.contains(id)}});
    }
  }
  return list;
}

void FormModel::finalise() {
  auto* store = KioskServices::instance().store.data();
  if (!store || busy_)
    return;
  if (!prefilled_.isEmpty()) {
    problem_ = tr("Confirm the scanned answers with the person before finishing.");
    emit stateChanged();
    return;
  }
  if (cardCheck_->needsSupervisor()) {
    problem_ = tr("Some answers differ from the ID card. A supervisor must confirm them before "
                  "finishing.");
    emit stateChanged();
    return;
  }
  busy_ = true;
  problem_.clear();
  emit stateChanged();
  store->registration().finalise(answers_, consentAtMs_, draftId_, cardCheck_->check());
}

void FormModel::connectDrafts() {
  auto* store = KioskServices::instance().store.data();
  if (!store)
    return;
  connect(&store->registration(), &store::RegistrationService::draftSaved, this,
          [this](const QString& id, qint64 savedAtMs) {
            if (id != draftId_ || !active_)
              return;
            draftSavedAt_ = QDateTime::fromMSecsSinceEpoch(savedAtMs);
            emit stateChanged();
          });
  // Looking for the offered draft fails in DraftOfferModel's words.
  connect(&store->registration(), &store::RegistrationService::draftFailed, this,
          [this](const QString& code, const QString& message) {
            Q_UNUSED(code)
            if (active_) {
              problem_ = message;
              emit stateChanged();
            }
          });
}

void FormModel::saveDraft() {
  auto* store = KioskServices::instance().store.data();
  if (!store || !reference_ || !active_ || !touched_ || correcting_ || busy_ || draftId_.isEmpty())
    return;
  // Answers a scan proposed and nobody confirmed, and the consent, are not
  // kept: they are checked and given again when the draft is continued.
  QJsonObject kept = answers_;
  for (const QString& id : std::as_const(prefilled_))
    kept.remove(id);
  for (const auto& spec : reference_->form.fields()) {
    if (spec.type == domain::FieldType::Consent)
      kept.remove(spec.id);
  }
  draftSent_ = true;
  store->registration().saveDraft(kept, draftId_);
}

void FormModel::discard() {
  auto* store = KioskServices::instance().store.data();
  const bool saved = active_ && !correcting_ && draftSent_;
  const QString id = draftId_;
  clear();
  if (store && saved)
    store->registration().discardDraft(id);
}

void FormModel::resumeDraft(const QVariant& offered) {
  if (!offered.canConvert<store::SavedDraft>() || !reference_)
    return;
  const auto draft = offered.value<store::SavedDraft>();
  if (draft.isEmpty())
    return;
  clear();
  draftId_ = draft.id;
  card_.setDraftId(draftId_);
  active_ = true;
  touched_ = true;
  draftSent_ = true; // it is in the store already
  answers_ = draft.answers;
  // Back at the first step with an answer missing or wrong (all done: the last).
  const auto v = validator();
  const auto& steps = reference_->form.steps();
  int resumeAt = static_cast<int>(steps.size()) - 1;
  for (int s = 0; s < steps.size() && resumeAt == steps.size() - 1; ++s) {
    for (const QString& id : visibleFieldsOfStep(s)) {
      if (v->validateField(id, answers_.value(id), answers_)) {
        resumeAt = s;
        break;
      }
    }
  }
  step_ = std::max(resumeAt, 0);
  visited_ = step_;
  draftSavedAt_ = QDateTime::fromMSecsSinceEpoch(draft.savedAtMs);
  emit stepChanged();
  emit stateChanged();
  emit answersChanged();
  rebuildRows();
}

void FormModel::openCorrection(const QString& recordId, const QVariantMap& answers,
                               const QVariantList& errors) {
  clear();
  draftId_ = recordId;
  card_.setDraftId(recordId);
  correcting_ = true;
  active_ = true;
  answers_ = QJsonObject::fromVariantMap(answers);
  answers_.remove(QStringLiteral("consent")); // asked again for the corrected record
  for (const QVariant& e : errors) {
    const QVariantMap m = e.toMap();
    const QString message = m.value(QStringLiteral("message")).toString();
    registryErrors_.insert(m.value(QStringLiteral("field")).toString(),
                           message.isEmpty() ? m.value(QStringLiteral("code")).toString()
                                             : message);
  }
  rebuildRows();
  emit answersChanged();
  emit stateChanged();
}

} // namespace camie::ui
