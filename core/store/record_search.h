// RecordSearch: the Records screen's search and record view, on the store
// thread. Reads each record's receipt and, with the signed-in operator's data
// key, decrypts its local copy in memory only to match and show it: nothing
// decrypted is written anywhere. Purged records match by receipt code,
// registry number or id alone.
#pragma once

#include "core/store/record_summary.h"
#include "core/util/result.h"

#include <QList>
#include <QStringView>

namespace camie::store {

class SqliteDatabase;
struct OperatorSession;
struct RecordMeta;

class RecordSearch {
public:
  // `session` null: nobody is signed in, only receipts are read.
  RecordSearch(SqliteDatabase& db, const OperatorSession* session) : db_(db), session_(session) {}

  // Up to `limit` records matching `typed` (RecordQuery), newest first; the
  // newest ones when `typed` is empty.
  [[nodiscard]] Result<QList<RecordSummary>> find(QStringView typed, int limit);

  // One record. Errors: "no_such_record", storage errors.
  [[nodiscard]] Result<RecordSummary> open(const QString& id);

private:
  RecordSummary receiptOf(const RecordMeta& meta) const;
  // Fills in the answers when the local copy opens with the session's key.
  void openDetails(RecordSummary& summary, const QByteArray& localCopy) const;

  SqliteDatabase& db_;
  const OperatorSession* session_;
};

} // namespace camie::store
