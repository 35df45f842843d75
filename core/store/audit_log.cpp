#include "core/store/audit_log.h"

#include "core/store/sqlite_database.h"

#include <QCryptographicHash>

namespace camie::store {
namespace {
const QByteArray kGenesis(32, '\0'); // the "previous hash" of the first entry

void addField(QCryptographicHash& h, const QByteArray& field) {
  // Length-prefixed so that fields cannot run into each other.
  const QByteArray length = QByteArray::number(field.size()) + ':';
  h.addData(length);
  h.addData(field);
}
} // namespace

QByteArray AuditLog::hashOf(const QByteArray& previousHash, const AuditEntry& e) {
  QCryptographicHash h(QCryptographicHash::Sha256);
  addField(h, previousHash);
  addField(h, QByteArray::number(e.seq));
  addField(h, QByteArray::number(e.at));
  addField(h, e.actor.toUtf8());
  addField(h, e.action.toUtf8());
  addField(h, e.recordId.toUtf8());
  addField(h, e.detail.toUtf8());
  return h.result();
}

Result<void> AuditLog::append(qint64 at, const QString& actor, const QString& action,
                              const QString& recordId, const QString& detail) {
  auto last = db_.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
  if (!last)
    return last.error();
  auto row = last->step();
  if (!row)
    return row.error();
  AuditEntry e{*row ? last->int64(0) + 1 : 1, at, actor, action, recordId, detail};
  const QByteArray previous = *row ? last->blob(1) : kGenesis;
  const QByteArray hash = hashOf(previous, e);

  auto insert = db_.prepare("INSERT INTO audit (seq, at, actor, action, record_id, detail, "
                            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert)
    return insert.error();
  insert->bind(1, e.seq).bind(2, e.at).bind(3, actor).bind(4, action);
  insert->bind(5, recordId.isEmpty() ? QString() : recordId)
      .bind(6, detail.isNull() ? QStringLiteral("") : detail);
  insert->bind(7, previous).bind(8, hash);
  return insert->run();
}

Result<AuditVerification> AuditLog::verify() {
  auto stmt = db_.prepare("SELECT seq, at, actor, action, record_id, detail, prev_hash, hash "
                          "FROM audit ORDER BY seq");
  if (!stmt)
    return stmt.error();
  AuditVerification v;
  QByteArray previous = kGenesis;
  qint64 expectedSeq = 1;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    ++v.entries;
    const AuditEntry e{stmt->int64(0), stmt->int64(1), stmt->text(2),
                       stmt->text(3),  stmt->text(4),  stmt->text(5)};
    auto broken = [&](const QString& problem) {
      v.firstBroken = e.seq;
      v.problem = problem;
    };
    if (e.seq != expectedSeq)
      broken(
          QStringLiteral("entry %1 is missing (the next one is %2)").arg(expectedSeq).arg(e.seq));
    else if (stmt->blob(6) != previous)
      broken(QStringLiteral("entry %1 does not follow entry %2").arg(e.seq).arg(e.seq - 1));
    else if (hashOf(previous, e) != stmt->blob(7))
      broken(QStringLiteral("entry %1 was changed after it was written").arg(e.seq));
    if (!v.ok())
      return v;
    previous = stmt->blob(7);
    ++expectedSeq;
  }
  return v;
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) {
  auto stmt = db_.prepare("SELECT seq, at, actor, action, record_id, detail FROM audit "
                          "ORDER BY seq DESC LIMIT ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, limit);
  QList<AuditEntry> entries;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    entries.append({stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                    stmt->text(5)});
  }
  return entries;
}

} // namespace camie::store
