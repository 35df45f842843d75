// FormModel: a registration being filled in, built at run time from the form
// schema in reference data — steps, the fields of the current step (a list
// model for QML), their answers, inline validation in the current language,
// values proposed by a scan (marked until the teller confirms them), consent
// time, and finalising through the store. Exposed to QML as `Registration`.
#pragma once

#include "core/domain/registration_validator.h"
#include "core/refdata/reference_set.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSet>

#include <memory>

namespace camie::ui {

class FormModel : public QAbstractListModel {
  Q_OBJECT
  QML_NAMED_ELEMENT(Registration)
  QML_SINGLETON
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
  bool correcting() const { return !draftId_.isEmpty(); }
  int pendingPrefills() const { return static_cast<int>(prefilled_.size()); }
  // Every visible answer, for the review screen: [{step, label, value (as shown), fieldId}].
  QVariantList review() const;

  Q_INVOKABLE void start(); // a new, empty registration
  Q_INVOKABLE void clear(); // forget everything (sign-out, idle lock)
  Q_INVOKABLE void setValue(const QString& fieldId, const QVariant& value);
  Q_INVOKABLE bool next(); // false (and errors shown) if the step is not valid
  Q_INVOKABLE void back();
  Q_INVOKABLE void goToStep(int step);
  Q_INVOKABLE void confirmPrefill(const QString& fieldId);
  Q_INVOKABLE void confirmAllPrefills();
  // Proposed values {fieldId: value} from a scan; they stay marked until confirmed.
  Q_INVOKABLE void applyPrefill(const QVariantMap& values);
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
  void invalidRow(int row);
  void correctionOpened(); // a reopened record is in the form: show it // next() refused: the first
                           // field to correct, to scroll to

private:
  QString text(const domain::LocalizedText& t) const;
  QStringList visibleFieldsOfStep(int step) const;
  void rebuildRows();
  void validateField(const QString& fieldId);
  std::unique_ptr<domain::RegistrationValidator> validator() const;

  std::shared_ptr<const refdata::ReferenceSet> reference_;
  QJsonObject answers_;
  QHash<QString, QString> errors_;
  QHash<QString, QString> registryErrors_; // from a rejection; kept until the field is edited
  QSet<QString> prefilled_;
  QStringList rows_; // field ids shown on the current step
  int step_ = 0;
  bool busy_ = false;
  QString problem_;
  QString recordId_;
  qint64 consentAtMs_ = 0;
  QString draftId_; // the reopened record being corrected, if any
};

} // namespace camie::ui
