#include "ui/models/receipt_model.h"

#include "core/store/kiosk_store_service.h"
#include "core/sync/sync_service.h"
#include "ui/models/kiosk_services.h"

namespace camie::ui {

ReceiptModel::ReceiptModel(QObject* parent) : QObject(parent) {
  auto& services = KioskServices::instance();
  if (services.store)
    connect(services.store, &store::KioskStoreService::receiptReady, this,
            [this](const QVariantMap& receipt) {
              if (receipt.value(QStringLiteral("id")).toString() != recordId_)
                return;
              status_ = receipt.value(QStringLiteral("status")).toString();
              registryNumber_ = receipt.value(QStringLiteral("registryNumber")).toString();
              emit changed();
            });
  if (services.sync)
    connect(services.sync, &sync::SyncService::statusChanged, this, &ReceiptModel::refresh);
}

void ReceiptModel::setRecordId(const QString& id) {
  if (id == recordId_)
    return;
  recordId_ = id;
  status_.clear();
  registryNumber_.clear();
  emit changed();
  refresh();
}

void ReceiptModel::refresh() {
  if (auto* store = KioskServices::instance().store.data(); store && !recordId_.isEmpty())
    store->openReceipt(recordId_);
}

} // namespace camie::ui
