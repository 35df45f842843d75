// RecordQueryService: what the screens read from the queue, on the kiosk's
// store thread — the numbers for the home screen, the Records screen's
// search and record view, a receipt. Each call answers with exactly one of
// the signals named beside it, also when the database fails (then in words,
// for the screen that asked). Decrypted answers travel only in the answer.
#pragma once

#include "core/store/receipt_facts.h"
#include "core/store/record_summary.h"
#include "core/store/status_counts.h"

#include <QObject>

namespace camie::store {

class StoreState;

class RecordQueryService : public QObject {
  Q_OBJECT

public:
  RecordQueryService(StoreState* state, QObject* parent);

  void refreshCounts(); // countsChanged | countsFailed
  // Records matching what the teller typed (RecordQuery), newest first.
  void findRecords(const QString& query, int limit); // recordsFound | recordsFailed
  void openRecord(const QString& recordId);          // recordOpened | recordOpenFailed
  void openReceipt(const QString& recordId);         // receiptReady | receiptFailed

signals:
  void countsChanged(const camie::store::StatusCounts& counts);
  void countsFailed(const QString& message);
  // The answer to findRecords(query): names, phones and ID numbers only while
  // the local copy exists and opens with the signed-in operator's key.
  void recordsFound(const QString& query, const QList<camie::store::RecordSummary>& records);
  void recordsFailed(const QString& query, const QString& message);
  void recordOpened(const camie::store::RecordSummary& record);
  void recordOpenFailed(const QString& recordId, const QString& message);
  void receiptReady(const camie::store::ReceiptFacts& receipt);
  void receiptFailed(const QString& recordId, const QString& message);

private:
  StoreState* state_;
};

} // namespace camie::store
