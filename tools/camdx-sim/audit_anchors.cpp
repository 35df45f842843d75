#include "tools/camdx-sim/audit_anchors.h"

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

std::optional<QString> AuditAnchors::check(const QString& deviceId, const Anchor& anchor,
                                           const QString& batchId) {
  QMap<qint64, Seen>& device = seen_[deviceId];
  if (const auto known = device.constFind(anchor.seq); known != device.cend()) {
    if (known->hash != anchor.hash)
      return QStringLiteral("Audit entry %1 of kiosk %2 is not the one it reported before: its "
                            "audit log was cut back and written again.")
          .arg(anchor.seq)
          .arg(deviceId);
    if (anchor.seq == device.lastKey() || known->batchId == batchId)
      return std::nullopt; // the same log end again, or the very batch that carried it resent
  }
  if (!device.isEmpty() && anchor.seq < device.lastKey())
    return QStringLiteral("Kiosk %1 reported audit entry %2 before; this batch shows only entry "
                          "%3: its audit log lost its tail.")
        .arg(deviceId)
        .arg(device.lastKey())
        .arg(anchor.seq);
  device.insert(anchor.seq, {anchor.hash, batchId});
  return std::nullopt;
}

} // namespace camie::sim
