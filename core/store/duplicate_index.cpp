#include "core/store/duplicate_index.h"

#include "core/crypto/keyed_digest.h"
#include "core/domain/duplicate_keys.h"
#include "core/store/sqlite_database.h"

namespace camie::store {
namespace {

constexpr const char* kKeyLabel = "camie/record-digest/v1";

} // namespace

Result<RecordDigests> DuplicateIndex::digestsOf(const crypto::SecureBytes& dataKey,
                                                const domain::FormSchema& form,
                                                const QJsonObject& answers) {
  const auto keys = domain::DuplicateKeys::of(form, answers);
  auto key = crypto::KeyedDigest::deriveKey(dataKey, kKeyLabel);
  if (!key)
    return key.error();
  RecordDigests digests;
  if (!keys.id.isEmpty()) {
    auto id = crypto::KeyedDigest::of(*key, keys.id.toUtf8());
    if (!id)
      return id.error();
    digests.id = *id;
  }
  for (const QString& text : keys.nameAndBirth) {
    auto digest = crypto::KeyedDigest::of(*key, text.toUtf8());
    if (!digest)
      return digest.error();
    digests.nameAndBirth << *digest;
  }
  return digests;
}

Result<std::optional<DuplicateMatch>> DuplicateIndex::newest(const char* kind,
                                                             const QList<QByteArray>& digests,
                                                             const QString& excludeId) {
  std::optional<DuplicateMatch> best;
  auto stmt =
      db_.prepare("SELECT r.id, coalesce(r.captured_at, r.created_at) FROM record_digests d "
                  "JOIN records r ON r.id = d.record_id WHERE d.kind = ?1 AND "
                  "d.digest = ?2 AND r.status != 'draft' AND r.id != ?3 "
                  "ORDER BY 2 DESC LIMIT 1");
  if (!stmt)
    return stmt.error();
  for (const QByteArray& digest : digests) {
    stmt->reset();
    stmt->bind(1, QString::fromLatin1(kind)).bind(2, digest).bind(3, excludeId);
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (*row && (!best || stmt->int64(1) > best->capturedAt))
      best = DuplicateMatch{stmt->text(0), stmt->int64(1)};
  }
  return best;
}

Result<DuplicateFindings> DuplicateIndex::find(const RecordDigests& digests,
                                               const QString& excludeId) {
  DuplicateFindings findings;
  const QString exclude = excludeId.isNull() ? QStringLiteral("") : excludeId;
  if (!digests.id.isEmpty()) {
    auto same = newest("id", {digests.id}, exclude);
    if (!same)
      return same.error();
    findings.sameId = *same;
  }
  auto similar = newest("name_dob", digests.nameAndBirth, exclude);
  if (!similar)
    return similar.error();
  findings.sameNameAndBirth = *similar;
  return findings;
}

Result<void> DuplicateIndex::replace(const QString& recordId, const RecordDigests& digests) {
  if (auto removed = remove(recordId); !removed)
    return removed;
  auto stmt = db_.prepare(
      "INSERT OR IGNORE INTO record_digests (record_id, kind, digest) VALUES (?, ?, ?)");
  if (!stmt)
    return stmt.error();
  const auto add = [&](const char* kind, const QByteArray& digest) -> Result<void> {
    stmt->reset();
    stmt->bind(1, recordId).bind(2, QString::fromLatin1(kind)).bind(3, digest);
    return stmt->run();
  };
  if (!digests.id.isEmpty()) {
    if (auto r = add("id", digests.id); !r)
      return r;
  }
  for (const QByteArray& digest : digests.nameAndBirth) {
    if (auto r = add("name_dob", digest); !r)
      return r;
  }
  return {};
}

Result<void> DuplicateIndex::remove(const QString& recordId) {
  auto stmt = db_.prepare("DELETE FROM record_digests WHERE record_id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, recordId);
  return stmt->run();
}

} // namespace camie::store
