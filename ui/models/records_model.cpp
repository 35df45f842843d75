#include "ui/models/records_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"

namespace camie::ui {
namespace {
constexpr int kLimit = 100;
} // namespace

RecordsModel::RecordsModel(QObject* parent) : QObject(parent) {
  if (auto* store = KioskServices::instance().store.data())
    connect(store, &store::KioskStoreService::recordsFound, this,
            [this](const QString& query, const QVariantList& records) {
              if (query != query_)
                return; // an answer to an older query
              records_ = records;
              emit changed();
            });
  if (auto* language = LanguageController::provided())
    connect(language, &LanguageController::codeChanged, this, &RecordsModel::changed);
}

void RecordsModel::setQuery(const QString& query) {
  if (query == query_)
    return;
  query_ = query;
  emit changed();
  refresh();
}

void RecordsModel::refresh() {
  if (auto* store = KioskServices::instance().store.data())
    store->findRecords(query_, kLimit);
}

void RecordsModel::reopen(const QString& recordId) {
  if (auto* store = KioskServices::instance().store.data())
    store->reopen(recordId);
}

QString RecordsModel::statusWords(const QString& status) const {
  if (status == u"draft")
    return tr("Not finished");
  if (status == u"sealed")
    return tr("Waiting to send");
  if (status == u"sending")
    return tr("Sending");
  if (status == u"exported")
    return tr("On a USB stick, on its way");
  if (status == u"accepted")
    return tr("Registered");
  if (status == u"duplicate")
    return tr("Already registered");
  if (status == u"rejected")
    return tr("Needs correction");
  return status;
}

} // namespace camie::ui
