#include "ui/models/draft_offer_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

namespace camie::ui {

DraftOfferModel::DraftOfferModel(QObject* parent) : QObject(parent) {
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &DraftOfferModel::changed);
  auto* store = KioskServices::instance().store.data();
  if (!store)
    return;
  // After sign-in: is there an unfinished registration of this operator?
  connect(&store->session(), &store::SessionService::signedIn, this, [this, store] {
    clear();
    finding_ = true;
    store->registration().findDraft();
  });
  connect(&store->session(), &store::SessionService::signedOut, this, &DraftOfferModel::clear);
  connect(&store->registration(), &store::RegistrationService::draftFound, this,
          [this](const store::SavedDraft& d) {
            finding_ = false;
            offer_ = d;
            problem_.clear();
            emit changed();
          });
  connect(&store->registration(), &store::RegistrationService::draftFailed, this,
          [this](const QString& code, const QString& message) {
            Q_UNUSED(code)
            if (!finding_)
              return; // a form's draft: the form says so
            finding_ = false;
            problem_ = message;
            emit changed();
          });
}

QDateTime DraftOfferModel::savedAt() const {
  return offer_.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(offer_.savedAtMs);
}

QVariant DraftOfferModel::take() {
  const store::SavedDraft draft = offer_;
  clear();
  return draft.isEmpty() ? QVariant() : QVariant::fromValue(draft);
}

void DraftOfferModel::discard() {
  auto* store = KioskServices::instance().store.data();
  const QString id = offer_.id;
  clear();
  if (store && !id.isEmpty())
    store->registration().discardDraft(id);
}

void DraftOfferModel::dismissProblem() {
  problem_.clear();
  emit changed();
}

void DraftOfferModel::clear() {
  finding_ = false;
  offer_ = {};
  problem_.clear();
  emit changed();
}

} // namespace camie::ui
