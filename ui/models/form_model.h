// FormModel: a registration being filled in, built at run time from the form
// schema in reference data — steps, the fields of the current step (a list
// model for QML), their answers, inline validation in the current language,
// values proposed by a scan (marked until the teller confirms them), consent
// time, and finalising through the store. Keeps an encrypted draft in the
// store at every step and before a sign-out; continues a draft offered after
// sign-in (DraftOfferModel) or corrects a rejected record reopened. An ID
// card read for it proposes values like a scan, and the answers are checked
// against that card (cardCheck). Exposed to QML as `Registration`, one per
// registration: the registration screen makes it and hands it to the
// review, so the answers go with those screens.
#pragma once

#include "core/domain/registration_validator.h"
#include "core/refdata/reference_set.h"
#include "ui/models/card_check_model.h"
#include "ui/models/form_card_reading.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSet>

#include <memory>

namespace camie::ui {

class FormModel : public QAbstractListModel {
  Q_OBJECT
  QML_NAMED_ELEMENT(Registration)
  Q_PROPERTY(bool ready READ ready NOTIFY structureChanged)
  Q_PROPERTY(QVariantList steps READ steps NOTIFY structureChanged)
  Q_PROPERTY(int currentStep READ currentStep NOTIFY stepChanged)
  Q_PROPERTY(bool lastStep READ lastStep NOTIFY stepChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
  Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
  Q_PROPERTY(QString recordId READ recordId NOTIFY stateChanged)
  Q_PROPERTY(int pendingPrefills READ pendingPrefills NOTIFY answersChanged)
  Q_PROPERTY(QVariantList review READ review NOTIFY answersChanged)
  Q_PROPERTY(QVariantMap answersMap READ answersMap NOTIFY answersChanged)
  Q_PROPERTY(bool correcting READ correcting NOTIFY stateChanged) // a rejected record reopened
  // The furthest step reached: its tab and every one before it can be opened.
  Q_PROPERTY(int visitedStep READ visitedStep NOTIFY stepChanged)
  // The teller came from the review to change an answer: offer the way back.
  Q_PROPERTY(bool returnToReview READ returnToReview NOTIFY stepChanged)
  // When the answers were last kept as a draft (invalid: not yet).
  Q_PROPERTY(QDateTime draftSavedAt READ draftSavedAt NOTIFY stateChanged)
  // The answers against the ID card read for this registration.
  Q_PROPERTY(camie::ui::CardCheckModel* cardCheck READ cardCheck CONSTANT)

public:
  enum Role {
    FieldIdRole = Qt::UserRole + 1,
    TypeRole,
    LabelRole,
    HelpRole,
    RequiredRole,
    ValueRole,
    ErrorRole,
    OptionsRole,
    PrefilledRole,
    StatementRole,
    PrefillNoteRole, // a proposal to look at twice, in words (low confidence, romanised)
  };

  explicit FormModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool ready() const { return reference_ != nullptr; }
  QVariantList steps() const;
  int currentStep() const { return step_; }
  bool lastStep() const;
  bool busy() const { return busy_; }
  QString problem() const { return problem_; }
  QString recordId() const { return recordId_; }
  bool correcting() const { return correcting_; }
  int visitedStep() const { return visited_; }
  bool returnToReview() const { return returnToReview_; }
  QDateTime draftSavedAt() const { return draftSavedAt_; }
  CardCheckModel* cardCheck() const { return cardCheck_; }
  int pendingPrefills() const { return static_cast<int>(prefilled_.size()); }
  // Every visible answer, for the review screen: [{step, label, value (as shown), fieldId}].
  QVariantList review() const;

  Q_INVOKABLE void start(); // a new, empty registration
  Q_INVOKABLE void clear(); // forget everything
  Q_INVOKABLE void setValue(const QString& fieldId, const QVariant& value);
  Q_INVOKABLE bool next(); // false (and errors shown) if the step is not valid
  Q_INVOKABLE void back();
  Q_INVOKABLE void goToStep(int step); // the screen offers the steps already reached
  // From the review: open `step` to change an answer, then come back.
  Q_INVOKABLE void editFromReview(int step);
  // Checks the answers of every step reached; true when the review can be
  // shown again, else the first step with a wrong answer is opened.
  Q_INVOKABLE bool backToReview();
  // While the teller types in a field whose error is shown: the error for
  // what is typed now (nothing is stored until the field is left).
  Q_INVOKABLE void checkTyped(const QString& fieldId, const QString& text);
  // Keeps the answers so far as the operator's encrypted draft (nothing
  // when no registration is under way or nothing was entered yet).
  Q_INVOKABLE void saveDraft();
  // Cancel, confirmed: forgets the registration and deletes its draft.
  Q_INVOKABLE void discard();
  // Continues a draft (a store::SavedDraft, as DraftOfferModel::take gives
  // it) at the first step with an answer missing or wrong.
  Q_INVOKABLE void resumeDraft(const QVariant& draft);
  // A rejected record a supervisor reopened (RecordsModel::correctionReady):
  // its answers to correct, the registry's errors on their fields.
  Q_INVOKABLE void openCorrection(const QString& recordId, const QVariantMap& answers,
                                  const QVariantList& errors);
  Q_INVOKABLE void confirmPrefill(const QString& fieldId);
  Q_INVOKABLE void confirmAllPrefills();
  // Proposed values {fieldId: value} from a scan; they stay marked until confirmed.
  Q_INVOKABLE void applyPrefill(const QVariantMap& values);
  // What an ID card proposes (CardCapture.proposed): marked like scanned
  // values, with their notes; the card's own values are kept for cardCheck.
  Q_INVOKABLE void applyCardReading(const QVariantList& proposals);
  Q_INVOKABLE void finalise();
  // The label of a choice's value, in the current language.
  Q_INVOKABLE QString optionLabel(const QString& fieldId, const QString& value) const;

  // For tests, and for the store's signal.
  void setReference(std::shared_ptr<const refdata::ReferenceSet> reference);
  QJsonObject answers() const { return answers_; }
  QVariantMap answersMap() const { return answers_.toVariantMap(); }

signals:
  void structureChanged();
  void stepChanged();
  void stateChanged();
  void answersChanged();
  void finalised(const QString& recordId);
  void invalidRow(int row); // next() refused: the first field to correct, to scroll to

private:
  QString text(const domain::LocalizedText& t) const;
  QStringList visibleFieldsOfStep(int step) const;
  void rebuildRows();
  void validateField(const QString& fieldId);
  std::unique_ptr<domain::RegistrationValidator> validator() const;
  bool markStepErrors(int step); // true when the step's answers are valid
  void connectDrafts();
  void updateCardCheck();
  void propose(const QVariantMap& values); // marked until confirmed

  std::shared_ptr<const refdata::ReferenceSet> reference_;
  QJsonObject answers_;
  QHash<QString, QString> errors_;
  QHash<QString, QString> registryErrors_; // from a rejection; kept until the field is edited
  QSet<QString> prefilled_;
  CardCheckModel* cardCheck_ = nullptr; // a child
  FormCardReading card_{cardCheck_};    // the ID card read: notes, values, comparison
  QStringList rows_;                    // field ids shown on the current step
  int step_ = 0;
  bool busy_ = false;
  QString problem_;
  QString recordId_;
  qint64 consentAtMs_ = 0;
  QString draftId_; // the record being filled in: this registration's draft, or the reopened record
  bool correcting_ = false;     // draftId_ is a rejected record reopened
  bool active_ = false;         // a registration is under way (started or resumed, not finished)
  bool touched_ = false;        // the teller entered something: worth a draft
  bool draftSent_ = false;      // a draft of it went to the store
  int visited_ = 0;             // the furthest step reached
  bool returnToReview_ = false; // opened from the review
  QDateTime draftSavedAt_;
};

} // namespace camie::ui
