#include "ui/models/records_model.h"

#include "core/store/kiosk_store_service.h"
#include "ui/models/kiosk_services.h"
#include "ui/models/language_controller.h"
#include "ui/models/local_format.h"

#include <QDate>
#include <QDateTime>

namespace camie::ui {
namespace {

constexpr int kLimit = 100;

const QString& pick(const domain::LocalizedText& text, QStringView language) {
  return language == u"en" || text.km.isEmpty() ? text.en : text.km;
}

// A choice answer's label in the screen's language (the value if the form
// does not list it).
QString optionLabel(const refdata::ReferenceSet* reference, const QString& field,
                    const QString& value, QStringView language) {
  if (reference && !value.isEmpty()) {
    if (const auto* spec = reference->form.field(field))
      if (const auto* option = spec->option(value))
        return pick(option->label, language);
  }
  return value;
}

// "Tuol Thnong" and "Tuol Thnong, Sangkae, …, Battambang".
std::pair<QString, QString> placeNames(const refdata::ReferenceSet* reference, const QString& code,
                                       QStringView language) {
  if (!reference || !reference->gazetteer || code.isEmpty())
    return {code, code};
  const domain::Gazetteer& g = *reference->gazetteer;
  QStringList parts;
  for (QString c = code; !c.isEmpty(); c.chop(2)) {
    if (const auto* unit = g.find(c))
      parts << (language == u"en" ? unit->en : unit->km);
  }
  if (parts.isEmpty())
    return {code, code};
  return {parts.first(),
          parts.join(language == u"en" ? QStringLiteral(", ") : QStringLiteral(" "))};
}

// "+85512345678" as it is read out: "012 345 678", "097 123 4567".
QString phoneAsRead(const QString& e164) {
  if (!e164.startsWith(u"+855"))
    return e164;
  const QString national = u'0' + e164.mid(4);
  return national.left(3) + u' ' + national.mid(3, 3) + u' ' + national.mid(6);
}

} // namespace

RecordsModel::RecordsModel(QObject* parent) : QObject(parent) {
  if (auto* store = KioskServices::instance().store.data()) {
    connect(&store->records(), &store::RecordQueryService::recordsFound, this,
            &RecordsModel::setFound);
    connect(&store->records(), &store::RecordQueryService::recordsFailed, this,
            &RecordsModel::setSearchFailed);
    connect(&store->records(), &store::RecordQueryService::recordOpened, this,
            [this](const store::RecordSummary& record) {
              if (record.id != opening_)
                return;
              opening_.clear();
              opened_ = record;
              openProblem_.clear();
              emit openedChanged();
            });
    connect(&store->records(), &store::RecordQueryService::recordOpenFailed, this,
            [this](const QString& recordId, const QString& message) {
              if (recordId != opening_)
                return;
              opening_.clear();
              openProblem_ = message;
              emit openedChanged();
            });
    // A record reopened to correct goes to a registration screen's form.
    connect(&store->registration(), &store::RegistrationService::reopened, this,
            [this](const QString& recordId, const QJsonObject& answers,
                   const QList<store::RegistryFieldError>& errors) {
              if (recordId != reopening_)
                return;
              reopening_.clear();
              // For the registration screen's QML, which hands them to its form.
              QVariantList shown;
              for (const store::RegistryFieldError& e : errors)
                shown.append(QVariantMap{{QStringLiteral("field"), e.field},
                                         {QStringLiteral("code"), e.code},
                                         {QStringLiteral("message"), e.message}});
              emit correctionReady(recordId, answers.toVariantMap(), shown);
            });
    // A reopen the store refused (the record is no longer rejected, the
    // session ended): said on the record's view, which asked.
    connect(&store->registration(), &store::RegistrationService::reopenFailed, this,
            [this](const QString& message) {
              if (reopening_.isEmpty())
                return;
              reopening_.clear();
              openProblem_ = message;
              emit openedChanged();
            });
    // The opened record's receipt is printed through the receipt model,
    // which asks the store; a failure shows here, on the screen that asked.
    connect(&store->records(), &store::RecordQueryService::receiptFailed, this,
            [this](const QString& recordId, const QString& message) {
              if (!opened_ || recordId != opened_->id)
                return;
              openProblem_ = message;
              emit openedChanged();
            });
  }
  // Statuses, times, villages and choices in words follow the language.
  if (auto* language = LanguageController::provided()) {
    connect(language, &LanguageController::codeChanged, this, &RecordsModel::recordsChanged);
    connect(language, &LanguageController::codeChanged, this, &RecordsModel::openedChanged);
  }
}

void RecordsModel::setQuery(const QString& query) {
  if (query == query_)
    return;
  query_ = query;
  emit queryChanged();
  refresh();
}

void RecordsModel::refresh() {
  auto* store = KioskServices::instance().store.data();
  if (!store)
    return;
  searching_ = true;
  emit recordsChanged();
  // Keystrokes that come while a search runs are asked for together, once it
  // answers: the store never works through a queue of outdated searches.
  if (inFlight_) {
    stale_ = true;
    return;
  }
  asked_ = query_;
  inFlight_ = true;
  store->records().findRecords(query_, kLimit);
}

bool RecordsModel::takeAnswer(const QString& query) {
  if (!inFlight_ || query != asked_)
    return false; // an answer to another screen's search
  inFlight_ = false;
  if (stale_) {
    stale_ = false;
    refresh();
    return false;
  }
  return true;
}

void RecordsModel::setFound(const QString& query, const QList<store::RecordSummary>& records) {
  if (!takeAnswer(query))
    return;
  searching_ = false;
  problem_.clear();
  found_ = records;
  emit recordsChanged();
}

void RecordsModel::setSearchFailed(const QString& query, const QString& message) {
  if (!takeAnswer(query))
    return;
  searching_ = false;
  problem_ = message;
  found_.clear();
  emit recordsChanged();
}

QVariantList RecordsModel::records() const {
  QVariantList list;
  list.reserve(found_.size());
  for (const store::RecordSummary& record : found_)
    list.append(QVariant::fromValue(rowOf(record)));
  return list;
}

RecordRow RecordsModel::opened() const {
  return opened_ ? rowOf(*opened_) : RecordRow{};
}

void RecordsModel::open(const QString& recordId) {
  auto* store = KioskServices::instance().store.data();
  if (!store)
    return;
  opening_ = recordId;
  opened_.reset();
  openProblem_.clear();
  emit openedChanged();
  store->records().openRecord(recordId);
}

void RecordsModel::closeRecord() {
  opening_.clear();
  opened_.reset();
  openProblem_.clear();
  emit openedChanged();
}

void RecordsModel::reopen(const QString& recordId) {
  if (auto* store = KioskServices::instance().store.data()) {
    reopening_ = recordId;
    store->registration().reopen(recordId);
  }
}

RecordRow RecordsModel::rowOf(const store::RecordSummary& r) {
  const QString language = LocalFormat::currentLanguage();
  const auto* store = KioskServices::instance().store.data();
  const auto reference = store ? store->reference() : nullptr;
  RecordRow row;
  row.id = r.id;
  row.receiptCode = r.receiptCode;
  row.status = store::toString(r.status);
  row.statusWords = statusWords(r.status);
  row.needsCorrection = r.status == store::RecordStatus::Rejected;
  row.registryNumber = r.registryNumber;
  row.time = LocalFormat::dateTime(QDateTime::fromMSecsSinceEpoch(r.capturedAtMs), language);
  for (const store::RegistryFieldError& e : r.serverErrors) {
    // The field by its label on the form, as the teller knows it.
    const auto* spec = reference && !e.field.isEmpty() ? reference->form.field(e.field) : nullptr;
    const QString field = spec ? pick(spec->label, language) : e.field;
    row.serverErrors << (field.isEmpty() ? QString() : field + QStringLiteral(": ")) +
                            (e.message.isEmpty() ? e.code : e.message);
  }
  row.detailsShown = r.detailsOpen;
  if (!r.detailsOpen) {
    row.detailsNote = r.purged ? tr("The personal details were removed from this kiosk after "
                                    "the retention period; the receipt remains.")
                               : tr("The personal details cannot be shown: sign in again.");
    return row;
  }
  row.nameKm = r.nameKm;
  row.nameEn = r.nameEn;
  std::tie(row.village, row.address) = placeNames(reference.get(), r.villageCode, language);
  row.sex = optionLabel(reference.get(), QStringLiteral("sex"), r.sex, language);
  row.dob = LocalFormat::date(QDate::fromString(r.dob, Qt::ISODate), language);
  row.idType = optionLabel(reference.get(), QStringLiteral("id_type"), r.idType, language);
  row.idNumber = r.idNumber;
  row.phone = phoneAsRead(r.phone);
  row.occupation = r.occupation;
  row.businessName = r.businessName;
  if (r.cardCheck) {
    // The fields by their labels, never the card's values (the record has none).
    row.cardChecked = true;
    for (const QString& id : r.cardCheck->differing) {
      const auto* spec = reference ? reference->form.field(id) : nullptr;
      row.cardDiffering << (spec ? pick(spec->label, language) : id);
    }
    row.cardConfirmedBy = r.cardCheck->confirmedBy;
  }
  return row;
}

QString RecordsModel::statusWords(store::RecordStatus status) {
  using S = store::RecordStatus;
  switch (status) {
  case S::Draft:
    return tr("Not finished");
  case S::Sealed:
    return tr("Waiting to send");
  case S::Sending:
    return tr("Sending");
  case S::Exported:
    return tr("On a USB stick, on its way");
  case S::Accepted:
    return tr("Registered");
  case S::Duplicate:
    return tr("Already registered");
  case S::Rejected:
    return tr("Needs correction");
  }
  return {};
}

} // namespace camie::ui
