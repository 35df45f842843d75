// OperatorDirectory: the kiosk's operators as records — who exists, with
// which role and in which state — and the technician's changes to them that
// need no key: disable, enable and remove (the key slot is destroyed with
// the operator). Every change is audited; the last technician who can sign
// in is never disabled or removed. Secrets and slots are KeyVault's.
#pragma once

#include "core/store/operator_info.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QList>

#include <optional>

namespace camie::store {

class SqliteDatabase;
struct OperatorSession;

class OperatorDirectory {
public:
  OperatorDirectory(SqliteDatabase& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Sorted by id.
  [[nodiscard]] Result<QList<OperatorInfo>> list();
  [[nodiscard]] Result<std::optional<OperatorInfo>> find(const QString& id);

  // A new operator's record, who must change their one-time secret, audited
  // `operator.added`: by a technician only ("not_allowed"), "bad_operator_id",
  // "operator_exists". Call inside the transaction that writes their key slot
  // (KeyVault::addOperator).
  [[nodiscard]] Result<void> insert(const OperatorSession& by, const QString& id,
                                    OperatorRole role);

  // By a technician only ("not_allowed"); "no_such_operator"; "last_technician"
  // for the only technician left who can sign in. Disabling keeps the slot
  // (enable gives the same PIN back); removing deletes the operator's record
  // and key slot (secure_delete, then a WAL checkpoint, as the retention purge does).
  [[nodiscard]] Result<void> disable(const OperatorSession& by, const QString& id);
  [[nodiscard]] Result<void> enable(const OperatorSession& by, const QString& id);
  [[nodiscard]] Result<void> remove(const OperatorSession& by, const QString& id);

private:
  Result<OperatorInfo> target(const OperatorSession& by, const QString& id);
  Result<void> keepsATechnician(const OperatorInfo& op);
  Result<void> setDisabled(const OperatorSession& by, const QString& id, bool disabled);

  SqliteDatabase& db_;
  const Clock& clock_;
};

} // namespace camie::store
