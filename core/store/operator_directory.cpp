#include "core/store/operator_directory.h"

#include "core/logging/log_categories.h"
#include "core/store/audit_log.h"
#include "core/store/key_vault.h"
#include "core/store/secret_policy.h"
#include "core/store/sqlite_database.h"

namespace camie::store {
namespace {

constexpr const char* kSelectOperator =
    "SELECT id, role, created_at, failed_attempts, locked_until, last_sign_in_at, disabled, "
    "must_change_secret FROM operators";

OperatorInfo readOperator(const SqliteStatement& s) {
  OperatorInfo op;
  op.id = s.text(0);
  op.role = operatorRoleFromString(s.text(1)).value_or(OperatorRole::Teller);
  op.createdAt = s.int64(2);
  op.failedAttempts = static_cast<int>(s.int64(3));
  op.lockedUntil = s.optionalInt64(4);
  op.lastSignInAt = s.optionalInt64(5);
  op.disabled = s.int64(6) != 0;
  op.mustChangeSecret = s.int64(7) != 0;
  return op;
}

} // namespace

Result<QList<OperatorInfo>> OperatorDirectory::list() {
  const QByteArray sql = QByteArray(kSelectOperator) + " ORDER BY id";
  auto stmt = db_.prepare(sql.constData());
  if (!stmt)
    return stmt.error();
  QList<OperatorInfo> list;
  for (;;) {
    auto row = stmt->step();
    if (!row)
      return row.error();
    if (!*row)
      break;
    list.append(readOperator(*stmt));
  }
  return list;
}

Result<std::optional<OperatorInfo>> OperatorDirectory::find(const QString& id) {
  const QByteArray sql = QByteArray(kSelectOperator) + " WHERE id = ?";
  auto stmt = db_.prepare(sql.constData());
  if (!stmt)
    return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row)
    return row.error();
  if (!*row)
    return std::optional<OperatorInfo>();
  return std::optional<OperatorInfo>(readOperator(*stmt));
}

Result<void> OperatorDirectory::insert(const OperatorSession& by, const QString& id,
                                       OperatorRole role) {
  if (by.role != OperatorRole::Technician)
    return makeError(ErrorKind::NotAllowed, QStringLiteral("Only a technician can add operators."));
  if (!SecretPolicy::isValidOperatorId(id))
    return makeError(QStringLiteral("bad_operator_id"),
                     QStringLiteral("An operator ID is 1-32 letters, digits, '.', '_' or '-'."));
  auto existing = find(id);
  if (!existing)
    return existing.error();
  if (*existing)
    return makeError(QStringLiteral("operator_exists"),
                     QStringLiteral("There is already an operator %1.").arg(id));
  auto insert = db_.prepare("INSERT INTO operators (id, role, created_at, created_by, "
                            "must_change_secret) VALUES (?, ?, ?, ?, 1)");
  if (!insert)
    return insert.error();
  insert->bind(1, id).bind(2, toString(role)).bind(3, clock_.nowMs()).bind(4, by.operatorId);
  if (auto r = insert->run(); !r)
    return r;
  return AuditLog(db_).append(clock_.nowMs(), by.operatorId, QStringLiteral("operator.added"), {},
                              QStringLiteral("%1 as %2").arg(id, toString(role)));
}

// Call inside the transaction that makes the change.
Result<OperatorInfo> OperatorDirectory::target(const OperatorSession& by, const QString& id) {
  if (by.role != OperatorRole::Technician)
    return makeError(ErrorKind::NotAllowed,
                     QStringLiteral("Only a technician can disable, enable or remove operators."));
  auto found = find(id);
  if (!found)
    return found.error();
  if (!*found)
    return makeError(QStringLiteral("no_such_operator"),
                     QStringLiteral("There is no operator %1.").arg(id));
  return **found;
}

// Refuses to take away the last technician who can sign in: without one,
// nobody could add operators, change settings or leave kiosk mode again.
Result<void> OperatorDirectory::keepsATechnician(const OperatorInfo& op) {
  if (op.role != OperatorRole::Technician || op.disabled)
    return {};
  auto others = db_.prepare("SELECT count(*) FROM operators WHERE role = 'technician' AND "
                            "disabled = 0 AND id != ?");
  if (!others)
    return others.error();
  others->bind(1, op.id);
  if (auto row = others->step(); !row)
    return row.error();
  if (others->int64(0) > 0)
    return {};
  return makeError(QStringLiteral("last_technician"),
                   QStringLiteral("%1 is the only technician who can sign in; add or enable "
                                  "another technician first.")
                       .arg(op.id));
}

Result<void> OperatorDirectory::setDisabled(const OperatorSession& by, const QString& id,
                                            bool disabled) {
  Transaction tx(db_);
  if (!tx.began())
    return tx.began().error();
  auto op = target(by, id);
  if (!op)
    return op.error();
  if (op->disabled == disabled)
    return {}; // already so: nothing changes, nothing to audit
  if (disabled) {
    if (auto kept = keepsATechnician(*op); !kept)
      return kept;
  }
  auto stmt = db_.prepare("UPDATE operators SET disabled = ?, failed_attempts = 0, "
                          "locked_until = NULL WHERE id = ?");
  if (!stmt)
    return stmt.error();
  stmt->bind(1, disabled ? 1 : 0).bind(2, id);
  if (auto r = stmt->run(); !r)
    return r;
  if (auto r = AuditLog(db_).append(clock_.nowMs(), by.operatorId,
                                    disabled ? QStringLiteral("operator.disabled")
                                             : QStringLiteral("operator.enabled"),
                                    {}, id);
      !r)
    return r;
  return tx.commit();
}

Result<void> OperatorDirectory::disable(const OperatorSession& by, const QString& id) {
  return setDisabled(by, id, true);
}

Result<void> OperatorDirectory::enable(const OperatorSession& by, const QString& id) {
  return setDisabled(by, id, false);
}

Result<void> OperatorDirectory::remove(const OperatorSession& by, const QString& id) {
  {
    Transaction tx(db_);
    if (!tx.began())
      return tx.began().error();
    auto op = target(by, id);
    if (!op)
      return op.error();
    if (auto kept = keepsATechnician(*op); !kept)
      return kept;
    // The slot first (the foreign key would cascade; this does not rely on it).
    for (const char* sql :
         {"DELETE FROM key_slots WHERE operator_id = ?", "DELETE FROM operators WHERE id = ?"}) {
      auto stmt = db_.prepare(sql);
      if (!stmt)
        return stmt.error();
      stmt->bind(1, id);
      if (auto r = stmt->run(); !r)
        return r;
    }
    if (auto r =
            AuditLog(db_).append(clock_.nowMs(), by.operatorId, QStringLiteral("operator.removed"),
                                 {}, QStringLiteral("%1 as %2").arg(id, toString(op->role)));
        !r)
      return r;
    if (auto r = tx.commit(); !r)
      return r;
  }
  // secure_delete zeroed the slot's bytes in the pages written; the WAL still
  // holds the pages as they were until a checkpoint copies and truncates it.
  auto checkpointed = db_.checkpointTruncate();
  if (!checkpointed)
    return checkpointed.error();
  if (!*checkpointed)
    qCWarning(lcStore) << "the WAL checkpoint after removing an operator could not finish "
                          "(another connection is reading); the next one does it";
  return {};
}

} // namespace camie::store
