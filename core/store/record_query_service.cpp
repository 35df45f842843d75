#include "core/store/record_query_service.h"

#include "core/logging/log_categories.h"
#include "core/store/record_reader.h"
#include "core/store/record_search.h"
#include "core/store/store_state.h"

namespace camie::store {

RecordQueryService::RecordQueryService(StoreState* state, QObject* parent)
    : QObject(parent), state_(state) {
  qRegisterMetaType<StatusCounts>();
  qRegisterMetaType<ReceiptFacts>();
}

void RecordQueryService::refreshCounts() {
  askStore(
      state_, this,
      [](StoreState& s) -> Result<StatusCounts> {
        if (!s.isOpen())
          return makeError(QStringLiteral("no_database"), StoreState::noDatabase());
        const auto failed = [](const Error& e) {
          qCWarning(lcStore) << "counts failed:" << e.code;
          return makeError(e.code, StoreState::inWords(e, tr("The numbers could not be counted.")));
        };
        RecordReader reader(s.db());
        StatusCounts counts;
        auto byStatus = reader.countByStatus();
        if (!byStatus)
          return failed(byStatus.error());
        counts.byStatus = *byStatus;
        // Today is the kiosk's local day, by its clock.
        const QDateTime now = s.clock().now().toLocalTime();
        auto today =
            reader.countFinalisedHereSince(QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch());
        if (!today)
          return failed(today.error());
        counts.today = *today;
        auto oldest = reader.oldestQueuedCapturedAt();
        if (!oldest)
          return failed(oldest.error());
        counts.oldestQueuedMs = oldest->value_or(0);
        return counts;
      },
      [this](const Result<StatusCounts>& answer) {
        if (answer)
          emit countsChanged(*answer);
        else
          emit countsFailed(answer.error().message);
      });
}

void RecordQueryService::findRecords(const QString& query, int limit) {
  askStore(
      state_, this,
      [query, limit](StoreState& s) -> Result<QList<RecordSummary>> {
        if (!s.isOpen())
          return makeError(QStringLiteral("no_database"), StoreState::noDatabase());
        // With the signed-in operator's key, names, phones and ID numbers are
        // matched in memory; without it (or after the purge), receipts only.
        auto found = RecordSearch(s.db(), s.session ? &*s.session : nullptr).find(query, limit);
        if (!found) {
          qCWarning(lcStore) << "record search failed:" << found.error().code;
          return makeError(
              found.error().code,
              StoreState::inWords(found.error(), tr("The records could not be searched.")));
        }
        return found;
      },
      [this, query](const Result<QList<RecordSummary>>& answer) {
        if (answer)
          emit recordsFound(query, *answer);
        else
          emit recordsFailed(query, answer.error().message);
      });
}

void RecordQueryService::openRecord(const QString& recordId) {
  askStore(
      state_, this,
      [recordId](StoreState& s) -> Result<RecordSummary> {
        if (!s.isOpen())
          return makeError(QStringLiteral("no_database"), StoreState::noDatabase());
        auto record = RecordSearch(s.db(), s.session ? &*s.session : nullptr).open(recordId);
        if (!record) {
          qCWarning(lcStore) << "record" << recordId << "does not open:" << record.error().code;
          return makeError(
              record.error().code,
              StoreState::inWords(record.error(), tr("The record could not be opened.")));
        }
        return record;
      },
      [this, recordId](const Result<RecordSummary>& answer) {
        if (answer)
          emit recordOpened(*answer);
        else
          emit recordOpenFailed(recordId, answer.error().message);
      });
}

void RecordQueryService::openReceipt(const QString& recordId) {
  askStore(
      state_, this,
      [recordId](StoreState& s) -> Result<ReceiptFacts> {
        if (!s.isOpen())
          return makeError(QStringLiteral("no_database"), StoreState::noDatabase());
        auto meta = RecordReader(s.db()).find(recordId);
        if (!meta) {
          qCWarning(lcStore) << "receipt" << recordId << "not read:" << meta.error().code;
          return makeError(meta.error().code,
                           StoreState::inWords(meta.error(), tr("The receipt could not be read.")));
        }
        if (!*meta)
          return makeError(QStringLiteral("no_such_record"),
                           tr("This record is no longer on this kiosk."));
        const RecordMeta& m = **meta;
        ReceiptFacts receipt{
            m.id, m.status, m.registryNumber, m.capturedAt.value_or(m.createdAt), {}};
        if (s.session) {
          if (auto record = s.queue().openLocalCopy(*s.session, recordId))
            receipt.answers = record->answers;
        }
        return receipt;
      },
      [this, recordId](const Result<ReceiptFacts>& answer) {
        if (answer)
          emit receiptReady(*answer);
        else
          emit receiptFailed(recordId, answer.error().message);
      });
}

} // namespace camie::store
