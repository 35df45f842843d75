// BatchProcessor: the registry's side of POST batches and POST status — opens,
// validates and registers each record, once per record id and per person.
#pragma once

#include "core/domain/form_schema.h"
#include "core/domain/gazetteer.h"
#include "core/util/clock.h"
#include "tools/camdx-sim/registry_keyring.h"
#include "tools/camdx-sim/registry_store.h"
#include "tools/camdx-sim/sealed_record_opener.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <functional>

namespace camie::domain {
class RegistrationValidator;
}

namespace camie::sim {

class BatchProcessor {
public:
  BatchProcessor(RegistryStore& store, const RegistryKeyring& keyring,
                 const domain::FormSchema& form, const domain::Gazetteer& gazetteer,
                 const Clock& clock, QHash<QString, qint64> seeded);

  // Decides every record (objects with a string "id", checked by the caller)
  // in one transaction: one result per record, same order. Records for which
  // `retry(id)` returns true are answered "retry" and not stored (a scripted fault).
  [[nodiscard]] Result<QJsonArray> process(const QJsonArray& records,
                                           const std::function<bool(const QString&)>& retry);
  // What the registry knows of each id: its stored result, or "unknown".
  [[nodiscard]] Result<QJsonArray> lookUp(const QStringList& ids);

  // The key that makes two registrations the same person: a SHA-256 of the
  // ID type and number (the simulator keeps no ID number in clear for this).
  static QString personKey(const QJsonObject& answers);

private:
  [[nodiscard]] Result<RecordOutcome> decide(const QJsonObject& envelope,
                                             const domain::RegistrationValidator& validator);
  [[nodiscard]] Result<RecordOutcome> reject(const QString& id, int revision, QJsonArray errors);

  RegistryStore& store_;
  SealedRecordOpener opener_;
  const domain::FormSchema& form_;
  const domain::Gazetteer& gazetteer_;
  const Clock& clock_;
  QHash<QString, qint64> seeded_; // province code → registrations before the simulator's own
};

} // namespace camie::sim
