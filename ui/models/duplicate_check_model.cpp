#include "ui/models/duplicate_check_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"
#include "ui/models/local_format.h"

#include <QJsonObject>

namespace camie::ui {

DuplicateCheckModel::DuplicateCheckModel(QObject* parent) : QObject(parent) {
  auto* store = KioskServices::instance().store.data();
  if (store) {
    connect(&store->registration(), &store::RegistrationService::duplicatesChecked, this,
            &DuplicateCheckModel::takeReport);
    connect(&store->registration(), &store::RegistrationService::duplicateAllowed, this,
            [this](const QString& supervisorId, const QString& existingRecordId) {
              busy_ = false;
              if (existingRecordId == report_.sameIdRecordId) {
                report_.allowedBy = supervisorId;
                message_ = tr("Allowed by supervisor %1. Finish the registration to save it.")
                               .arg(supervisorId);
              }
              emit changed();
            });
    connect(&store->registration(), &store::RegistrationService::duplicateRefused, this,
            [this](const QString& message) {
              busy_ = false;
              message_ = message;
              emit changed();
            });
  }
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &DuplicateCheckModel::changed);
}

void DuplicateCheckModel::takeReport(const store::DuplicateReport& report) {
  busy_ = false;
  report_ = report;
  message_ = report.problem;
  emit changed();
}

QString DuplicateCheckModel::existingText() const {
  if (report_.sameIdRecordId.isEmpty())
    return {};
  const QString language = LocalFormat::currentLanguage();
  return tr("This ID is already registered on this kiosk: receipt %1, on %2. Open that "
            "record, or ask a supervisor to allow a second registration.")
      .arg(report_.sameIdReceiptCode,
           LocalFormat::dateTime(QDateTime::fromMSecsSinceEpoch(report_.sameIdCapturedAt),
                                 language));
}

QString DuplicateCheckModel::similarText() const {
  if (report_.similarRecordId.isEmpty())
    return {};
  const QString language = LocalFormat::currentLanguage();
  return tr("Someone with the same name and date of birth was registered on this kiosk: "
            "receipt %1, on %2. Check that it is not the same person before finishing.")
      .arg(report_.similarReceiptCode,
           LocalFormat::dateTime(QDateTime::fromMSecsSinceEpoch(report_.similarCapturedAt),
                                 language));
}

void DuplicateCheckModel::check(const QVariantMap& answers) {
  auto* store = KioskServices::instance().store.data();
  if (!store)
    return;
  report_ = {};
  busy_ = true;
  message_.clear();
  emit changed();
  store->registration().checkDuplicates(QJsonObject::fromVariantMap(answers));
}

void DuplicateCheckModel::allow(const QString& supervisorId, const QString& secret) {
  auto* store = KioskServices::instance().store.data();
  if (!store || report_.sameIdRecordId.isEmpty())
    return;
  if (supervisorId.trimmed().isEmpty() || secret.isEmpty()) {
    message_ = tr("A supervisor types their ID and PIN or passphrase to allow it.");
    emit changed();
    return;
  }
  busy_ = true;
  message_.clear();
  emit changed();
  store->registration().allowDuplicate(supervisorId.trimmed(), secret, report_.sameIdRecordId);
}

} // namespace camie::ui
