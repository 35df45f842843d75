#include "tools/camdx-sim/audit_anchors.h"

#include "core/store/sqlite_database.h"

#include <QRegularExpression>

namespace camie::sim {

Result<AuditAnchors::Anchor> AuditAnchors::parse(const QJsonValue& audit) {
  const auto bad = [](const QString& why) {
    return makeError(QStringLiteral("bad_anchor"),
                     QStringLiteral("The batch's audit anchor %1.").arg(why));
  };
  if (!audit.isObject())
    return bad(QStringLiteral("is missing (\"audit\": {\"seq\", \"hash\"})"));
  const QJsonObject o = audit.toObject();
  const QJsonValue seq = o.value(QStringLiteral("seq"));
  const double n = seq.toDouble(-1);
  if (!seq.isDouble() || n < 1 || n > 9007199254740991.0 ||
      n != static_cast<double>(static_cast<qint64>(n)))
    return bad(QStringLiteral("has no whole seq of at least 1"));
  static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
  const QString hash = o.value(QStringLiteral("hash")).toString();
  if (!hex.match(hash).hasMatch())
    return bad(QStringLiteral("has no hash of 64 lower-case hex digits"));
  return Anchor{static_cast<qint64>(n), hash};
}

Result<std::optional<QString>> AuditAnchors::check(const QString& deviceId, const Anchor& anchor,
                                                   const QString& batchId) {
  using Refusal = std::optional<QString>;
  if (!tableReady_) {
    auto made = db_.exec("CREATE TABLE IF NOT EXISTS audit_anchors (device TEXT NOT NULL, "
                         "seq INTEGER NOT NULL, hash TEXT NOT NULL, batch_id TEXT NOT NULL, "
                         "PRIMARY KEY (device, seq))");
    if (!made)
      return made.error();
    tableReady_ = true;
  }
  auto highest = db_.prepare("SELECT max(seq) FROM audit_anchors WHERE device = ?");
  if (!highest)
    return highest.error();
  highest->bind(1, deviceId);
  auto row = highest->step();
  if (!row)
    return row.error();
  const std::optional<qint64> top = highest->optionalInt64(0);

  auto known = db_.prepare("SELECT hash, batch_id FROM audit_anchors WHERE device = ? AND seq = ?");
  if (!known)
    return known.error();
  known->bind(1, deviceId).bind(2, anchor.seq);
  auto seen = known->step();
  if (!seen)
    return seen.error();
  if (*seen) {
    if (known->text(0) != anchor.hash)
      return Refusal(QStringLiteral("Audit entry %1 of kiosk %2 is not the one it reported "
                                    "before: its audit log was cut back and written again.")
                         .arg(anchor.seq)
                         .arg(deviceId));
    if (anchor.seq == *top || known->text(1) == batchId)
      return Refusal(); // the same log end again, or the very batch that carried it resent
  }
  if (top && anchor.seq < *top)
    return Refusal(QStringLiteral("Kiosk %1 reported audit entry %2 before; this batch shows only "
                                  "entry %3: its audit log lost its tail.")
                       .arg(deviceId)
                       .arg(*top)
                       .arg(anchor.seq));
  auto insert =
      db_.prepare("INSERT INTO audit_anchors (device, seq, hash, batch_id) VALUES (?, ?, ?, ?)");
  if (!insert)
    return insert.error();
  insert->bind(1, deviceId).bind(2, anchor.seq).bind(3, anchor.hash).bind(4, batchId);
  if (auto run = insert->run(); !run)
    return run.error();
  return Refusal();
}

} // namespace camie::sim
