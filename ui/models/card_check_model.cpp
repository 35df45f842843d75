#include "ui/models/card_check_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"

namespace camie::ui {

CardCheckModel::CardCheckModel(QObject* parent) : QObject(parent) {
  auto* store = KioskServices::instance().store.data();
  if (!store)
    return;
  connect(&store->registration(), &store::RegistrationService::cardCheckConfirmed, this,
          [this](const QString& supervisorId, const QStringList& differing) {
            if (!busy_)
              return; // not asked by this form (or cleared meanwhile)
            busy_ = false;
            if (differing == differing_) {
              confirmedBy_ = supervisorId;
              confirmedFor_ = differing;
              message_ = tr("Confirmed by supervisor %1. Finish the registration to save it.")
                             .arg(supervisorId);
            }
            emit changed();
          });
  connect(&store->registration(), &store::RegistrationService::cardCheckRefused, this,
          [this](const QString& message) {
            if (!busy_)
              return;
            busy_ = false;
            message_ = message;
            emit changed();
          });
}

bool CardCheckModel::needsSupervisor() const {
  return !differing_.isEmpty() && confirmedBy().isEmpty();
}

void CardCheckModel::confirm(const QString& supervisorId, const QString& secret) {
  auto* store = KioskServices::instance().store.data();
  if (!store || differing_.isEmpty() || busy_)
    return;
  if (supervisorId.trimmed().isEmpty() || secret.isEmpty()) {
    message_ = tr("A supervisor types their ID and PIN or passphrase to confirm.");
    emit changed();
    return;
  }
  busy_ = true;
  message_.clear();
  emit changed();
  store->registration().confirmCardCheck(supervisorId.trimmed(), secret, draftId_, differing_);
}

void CardCheckModel::take(const QHash<QString, QString>& read) {
  read_.insert(read); // the back and the front of the card add up; the newer reading wins
  confirmedBy_.clear();
  confirmedFor_.clear();
  message_.clear();
  emit changed();
}

void CardCheckModel::update(const QStringList& differing, const QVariantList& rows) {
  if (differing == differing_ && rows == rows_)
    return;
  differing_ = differing;
  rows_ = rows;
  if (!confirmedBy_.isEmpty() && confirmedFor_ != differing_)
    message_.clear(); // confirmed for other differences: asked again
  emit changed();
}

std::optional<domain::CardCheck> CardCheckModel::check() const {
  if (read_.isEmpty())
    return std::nullopt;
  return domain::CardCheck{differing_, confirmedBy()};
}

void CardCheckModel::clear() {
  read_.clear();
  differing_.clear();
  rows_.clear();
  draftId_.clear();
  confirmedBy_.clear();
  confirmedFor_.clear();
  busy_ = false;
  message_.clear();
  emit changed();
}

} // namespace camie::ui
