#include "core/store/record_search.h"

#include "core/crypto/local_cipher.h"
#include "core/domain/receipt_code.h"
#include "core/logging/log_categories.h"
#include "core/store/key_vault.h"
#include "core/store/record_query.h"
#include "core/store/record_reader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace camie::store {
RecordSummary RecordSearch::receiptOf(const RecordMeta& meta) const {
  RecordSummary s;
  s.id = meta.id;
  s.receiptCode = domain::ReceiptCode::forRecordId(meta.id);
  s.status = meta.status;
  s.registryNumber = meta.registryNumber;
  s.capturedAtMs = meta.capturedAt.value_or(meta.createdAt);
  s.revision = meta.revision;
  s.purged = meta.purgedAt.has_value();
  s.serverErrors = RegistryFieldError::listFromJson(meta.serverErrors);
  return s;
}

void RecordSearch::openDetails(RecordSummary& s, const QByteArray& localCopy) const {
  if (!session_ || localCopy.isNull())
    return;
  auto plaintext = crypto::LocalCipher::decrypt(session_->dataKey,
                                                RecordStore::localAad(s.id, s.revision), localCopy);
  if (!plaintext) {
    qCWarning(lcStore) << "local copy of record" << s.id
                       << "does not open:" << plaintext.error().code;
    return;
  }
  // The record's JSON (domain::RegistrationRecord), read for its answers
  // only: its times are not needed here, and parsing them is half the cost.
  const QJsonObject o = QJsonDocument::fromJson(*plaintext).object();
  if (o.value(QStringLiteral("id")).toString() != s.id ||
      o.value(QStringLiteral("revision")).toInt() != s.revision) {
    qCWarning(lcStore) << "local copy of record" << s.id << "belongs to another record";
    return;
  }
  const QJsonObject a = o.value(QStringLiteral("answers")).toObject();
  const auto text = [&a](const char* key) { return a.value(QLatin1String(key)).toString(); };
  s.detailsOpen = true;
  s.nameKm = text("name_km");
  s.nameEn = text("name_en");
  s.sex = text("sex");
  s.dob = text("dob");
  s.idType = text("id_type");
  s.idNumber = text("id_number");
  s.phone = text("phone");
  s.villageCode = text("village_code");
  s.occupation = text("occupation");
  s.businessName = text("business_name");
  if (const QJsonValue card = o.value(QStringLiteral("cardCheck")); card.isObject())
    s.cardCheck = domain::CardCheck::fromJson(card.toObject());
}

Result<QList<RecordSummary>> RecordSearch::find(QStringView typed, int limit) {
  const RecordQuery query(typed);
  QList<RecordSummary> found;
  auto scanned =
      RecordReader(db_).forEachNewestFirst([&](const RecordMeta& meta, const QByteArray& copy) {
        RecordSummary s = receiptOf(meta);
        openDetails(s, copy);
        if (query.matches(s))
          found.append(std::move(s));
        return found.size() < limit;
      });
  if (!scanned)
    return scanned.error();
  return found;
}

Result<RecordSummary> RecordSearch::open(const QString& id) {
  RecordReader reader(db_);
  auto meta = reader.find(id);
  if (!meta)
    return meta.error();
  if (!*meta)
    return makeError(QStringLiteral("no_such_record"),
                     QCoreApplication::translate("camie::store::RecordSearch",
                                                 "This record is no longer on this kiosk."));
  RecordSummary s = receiptOf(**meta);
  auto copy = reader.localCopy(id);
  if (!copy)
    return copy.error();
  openDetails(s, copy->first);
  return s;
}

} // namespace camie::store
