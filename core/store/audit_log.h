// AuditLog: the append-only record of everything that happened on the kiosk.
// Each entry carries the SHA-256 of the entry before it, so an edited,
// removed or reordered entry breaks the chain and verify() names it.
// Entries hold ids, actions and states — never personal data.
// The chain alone cannot show a log that lost its tail, so every batch sent
// to the registry carries an anchor (the last entry's seq and hash); the kiosk
// keeps the highest anchor sent (settings key "audit_anchor_sent") and
// verify() fails when the log no longer reaches it.
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

// The last entry of the log as reported to the registry.
struct AuditAnchor {
  qint64 seq = 0;
  QByteArray hash; // the entry's chain hash (32 bytes); hex in JSON
  QString toText() const;
  static std::optional<AuditAnchor> fromText(const QString& text); // "seq:hex"
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
  // Checks the chain, then that the log still reaches the anchor last sent.
  [[nodiscard]] Result<AuditVerification> verify();
  // The newest entry's seq and hash (nullopt: the log is empty).
  [[nodiscard]] Result<std::optional<AuditAnchor>> lastAnchor();
  // Remembers that the registry was shown `anchor`; a lower seq than the one
  // kept never replaces it.
  [[nodiscard]] Result<void> noteAnchorSent(const AuditAnchor& anchor);
  [[nodiscard]] Result<std::optional<AuditAnchor>> anchorSent();
  // The newest entries first, at most `limit`.
  [[nodiscard]] Result<QList<AuditEntry>> latest(int limit);

  static QByteArray hashOf(const QByteArray& previousHash, const AuditEntry& entry);

private:
  SqliteDatabase& db_;
};

} // namespace camie::store
