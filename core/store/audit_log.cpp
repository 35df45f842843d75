#include "core/store/audit_log.h"

#include "core/store/settings_store.h"
#include "core/store/sqlite_database.h"

#include <QCryptographicHash>

namespace camie::store {
namespace {
const QByteArray kGenesis(32, '\0'); // the "previous hash" of the first entry
const QString kAnchorKey = QStringLiteral("audit_anchor_sent");

void addField(QCryptographicHash& h, const QByteArray& field) {
  // Length-prefixed so that fields cannot run into each other.
  const QByteArray length = QByteArray::number(field.size()) + ':';
  h.addData(length);
  h.addData(field);
}
} // namespace

QString AuditAnchor::toText() const {
  return QStringLiteral("%1:%2").arg(seq).arg(QString::fromLatin1(hash.toHex()));
}

std::optional<AuditAnchor> AuditAnchor::fromText(const QString& text) {
  const qsizetype colon = text.indexOf(u':');
  bool ok = false;
  AuditAnchor a;
  a.seq = text.left(colon).toLongLong(&ok);
  a.hash = QByteArray::fromHex(text.mid(colon + 1).toLatin1());
  if (colon < 0 || !ok || a.seq < 1 || a.hash.size() != 32)
    return std::nullopt;
  return a;
}

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
  auto sent = anchorSent();
  if (!sent)
    return sent.error();
  if (!*sent)
    return v;
  const AuditAnchor& a = **sent;
  if (v.entries < a.seq) {
    v.firstBroken = v.entries + 1;
    v.problem = QStringLiteral("the log ends at entry %1, but entry %2 was already reported to "
                               "the registry: entries were removed from its end")
                    .arg(v.entries)
                    .arg(a.seq);
    return v;
  }
  auto at = db_.prepare("SELECT hash FROM audit WHERE seq = ?");
  if (!at)
    return at.error();
  at->bind(1, a.seq);
  auto row = at->step();
  if (!row)
    return row.error();
  if (!*row || at->blob(0) != a.hash) {
    v.firstBroken = a.seq;
    v.problem = QStringLiteral("entry %1 is not the entry reported to the registry: the log was "
                               "cut back and written again")
                    .arg(a.seq);
  }
  return v;
}

Result<std::optional<AuditAnchor>> AuditLog::lastAnchor() {
  auto stmt = db_.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
  if (!stmt)
    return stmt.error();
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<AuditAnchor>();
  return std::optional<AuditAnchor>(AuditAnchor{stmt->int64(0), stmt->blob(1)});
}

Result<std::optional<AuditAnchor>> AuditLog::anchorSent() {
  auto stored = SettingsStore(db_).get(kAnchorKey);
  if (!stored)
    return stored.error();
  if (!*stored)
    return std::optional<AuditAnchor>();
  auto anchor = AuditAnchor::fromText(**stored);
  if (!anchor)
    return makeError(QStringLiteral("bad_anchor"),
                     QStringLiteral("The audit anchor kept in the settings (%1) cannot be read.")
                         .arg(kAnchorKey));
  return anchor;
}

Result<void> AuditLog::noteAnchorSent(const AuditAnchor& anchor) {
  auto kept = anchorSent();
  if (kept && *kept && (*kept)->seq >= anchor.seq)
    return {};
  return SettingsStore(db_).set(kAnchorKey, anchor.toText());
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
