// AuditAnchors: the registry's memory of each kiosk's audit log (TRUST.md,
// "The audit log is anchored"). Every batch carries "audit": {"seq", "hash"},
// the kiosk's last audit entry; a batch showing a lower seq than the highest
// seen for its device, or a different hash for a seq already seen, is refused
// (409 audit_regressed): that kiosk's log lost its tail. Resending the very
// batch that carried an anchor (the same Idempotency-Key) is not a regression.
// Kept in the simulator's database (table audit_anchors), across restarts.
#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace camie::store {
class SqliteDatabase;
}

namespace camie::sim {

class AuditAnchors {
public:
  struct Anchor {
    qint64 seq = 0;
    QString hash; // lower-case hex of the 32-byte chain hash
  };

  explicit AuditAnchors(store::SqliteDatabase& db) : db_(db) {}

  // Reads "audit" of a batch body. Errors: "bad_anchor" naming what is wrong.
  static Result<Anchor> parse(const QJsonValue& audit);

  // The words of the refusal, or nullopt when `anchor` may be accepted (then
  // it is remembered). Errors: the database's.
  [[nodiscard]] Result<std::optional<QString>> check(const QString& deviceId, const Anchor& anchor,
                                                     const QString& batchId);

private:
  store::SqliteDatabase& db_;
  bool tableReady_ = false;
};

} // namespace camie::sim
