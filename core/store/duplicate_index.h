// DuplicateIndex: the kiosk's own records looked up by who they are about,
// without keeping who they are about in clear. Each finalised record keeps
// keyed digests (HMAC-SHA256 under a key derived from the data key) of its
// ID document and of its name with the date of birth, in `record_digests`
// (schema 6); the retention purge removes them with the rest of the personal
// data. Drafts have none (a reopened record keeps its own until it is sealed
// again, and is never its own duplicate).
#pragma once

#include "core/crypto/secure_bytes.h"
#include "core/domain/form_schema.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace camie::store {

class SqliteDatabase;

struct RecordDigests {
  QByteArray id;                  // empty: no ID answered
  QList<QByteArray> nameAndBirth; // one per name script
  bool isEmpty() const { return id.isEmpty() && nameAndBirth.isEmpty(); }
};

struct DuplicateMatch {
  QString recordId;
  qint64 capturedAt = 0;
};

struct DuplicateFindings {
  std::optional<DuplicateMatch> sameId;
  std::optional<DuplicateMatch> sameNameAndBirth;
};

// A supervisor allowed a second record with the ID of `existingRecordId`.
struct DuplicateOverride {
  QString supervisorId;
  QString existingRecordId;
};

class DuplicateIndex {
public:
  explicit DuplicateIndex(SqliteDatabase& db) : db_(db) {}

  // The digests of a registration's answers under the kiosk's data key.
  [[nodiscard]] static Result<RecordDigests> digestsOf(const crypto::SecureBytes& dataKey,
                                                       const domain::FormSchema& form,
                                                       const QJsonObject& answers);

  // The newest finalised record (not a draft, not `excludeId`) sharing a digest.
  [[nodiscard]] Result<DuplicateFindings> find(const RecordDigests& digests,
                                               const QString& excludeId = {});

  // Inside the caller's transaction: the record's digests become `digests`.
  [[nodiscard]] Result<void> replace(const QString& recordId, const RecordDigests& digests);
  // Inside the caller's transaction: the record's digests are removed.
  [[nodiscard]] Result<void> remove(const QString& recordId);

private:
  Result<std::optional<DuplicateMatch>> newest(const char* kind, const QList<QByteArray>& digests,
                                               const QString& excludeId);

  SqliteDatabase& db_;
};

} // namespace camie::store
