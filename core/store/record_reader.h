// RecordReader: read-only queries on the registration queue (one record's
// metadata or ciphertexts, counts per status). Changes go through RecordStore.
#pragma once

#include "core/store/record_store.h"

#include <functional>

namespace camie::store {

class RecordReader {
public:
  explicit RecordReader(SqliteDatabase& db) : db_(db) {}

  [[nodiscard]] Result<std::optional<RecordMeta>> find(const QString& id);
  // Every record, newest first, with its local copy's ciphertext (null after
  // the purge); `visit` returns false to stop early.
  [[nodiscard]] Result<void>
  forEachNewestFirst(const std::function<bool(const RecordMeta&, const QByteArray&)>& visit);
  // The local copy's ciphertext and the revision it was written for; empty
  // after the retention purge.
  [[nodiscard]] Result<std::pair<QByteArray, int>> localCopy(const QString& id);
  [[nodiscard]] Result<std::optional<SealedCopy>> sealedCopy(const QString& id);
  [[nodiscard]] Result<QMap<RecordStatus, qint64>> countByStatus();
  // How many records this kiosk finalised (not imported ones) at or after `sinceMs`.
  [[nodiscard]] Result<qint64> countFinalisedHereSince(qint64 sinceMs);
  // When the oldest record still waiting for the registry was finalised.
  [[nodiscard]] Result<std::optional<qint64>> oldestQueuedCapturedAt();

private:
  SqliteDatabase& db_;
};

} // namespace camie::store
