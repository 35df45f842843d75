// AuditLog: the append-only record of everything that happened on the kiosk.
// Each entry carries the SHA-256 of the entry before it, so an edited,
// removed or reordered entry breaks the chain and verify() names it.
// Entries hold ids, actions and states — never personal data.
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace camie::store {

class SqliteDatabase;

struct AuditEntry {
  qint64 seq = 0;
  qint64 at = 0;  // Unix ms
  QString actor;  // operator id, "device" or "system"
  QString action; // e.g. "record.sealed", "operator.sign_in_failed"
  QString recordId;
  QString detail; // short, no personal data
};

struct AuditVerification {
  qint64 entries = 0;
  std::optional<qint64> firstBroken; // the seq of the first entry that does not verify
  QString problem;                   // what is wrong with it, in words
  bool ok() const { return !firstBroken.has_value(); }
};

class AuditLog {
public:
  explicit AuditLog(SqliteDatabase& db) : db_(db) {}

  // Appends one entry; call inside the transaction whose change it records.
  [[nodiscard]] Result<void> append(qint64 at, const QString& actor, const QString& action,
                                    const QString& recordId = {}, const QString& detail = {});
  [[nodiscard]] Result<AuditVerification> verify();
  // The newest entries first, at most `limit`.
  [[nodiscard]] Result<QList<AuditEntry>> latest(int limit);

  static QByteArray hashOf(const QByteArray& previousHash, const AuditEntry& entry);

private:
  SqliteDatabase& db_;
};

} // namespace camie::store
