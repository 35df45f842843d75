#include "core/store/kiosk_store_service.h"

namespace camie::store {

KioskStoreService::KioskStoreService(Config config, QObject* parent)
    : QObject(parent), state_(new StoreState(std::move(config))), session_(state_, this),
      registration_(state_, this), records_(state_, this) {
  qRegisterMetaType<std::shared_ptr<const camie::refdata::ReferenceSet>>();
  thread_.setObjectName(QStringLiteral("camie-store"));
  state_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, state_, &QObject::deleteLater);
  // What changes the queue changes the numbers on the home screen.
  connect(&registration_, &RegistrationService::finalised, &records_,
          &RecordQueryService::refreshCounts);
  connect(&registration_, &RegistrationService::reopened, &records_,
          &RecordQueryService::refreshCounts);
  connect(&registration_, &RegistrationService::draftDiscarded, &records_,
          &RecordQueryService::refreshCounts);
}

KioskStoreService::~KioskStoreService() {
  thread_.quit();
  thread_.wait();
}

void KioskStoreService::start() {
  thread_.start();
  struct Opened {
    Result<void> open;
    Result<std::shared_ptr<const refdata::ReferenceSet>> reference;
  };
  askStore(
      state_, this,
      [](StoreState& s) {
        auto opened = s.open();
        auto reference = s.loadReference();
        return Opened{std::move(opened), std::move(reference)};
      },
      [this](const Opened& opened) {
        if (!opened.open) {
          emit ready(false, opened.open.error().message);
          return;
        }
        takeReference(opened.reference);
        emit ready(true, {});
        records_.refreshCounts();
      });
}

void KioskStoreService::reloadReference() {
  askStore(
      state_, this, [](StoreState& s) { return s.loadReference(); },
      [this](const Result<std::shared_ptr<const refdata::ReferenceSet>>& loaded) {
        takeReference(loaded);
      });
}

void KioskStoreService::takeReference(
    const Result<std::shared_ptr<const refdata::ReferenceSet>>& loaded) {
  if (!loaded) {
    emit referenceFailed(loaded.error().message);
    return;
  }
  reference_ = *loaded;
  emit referenceChanged(reference_);
}

} // namespace camie::store
