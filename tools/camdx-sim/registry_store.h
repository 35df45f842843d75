// RegistryStore: what the simulated registry holds, in its own SQLite file
// (sim.db): one row per record id with its outcome, the last registry number
// issued per province, and the registry keys' metadata.
#pragma once

#include "core/store/sqlite_database.h"
#include "tools/camdx-sim/record_outcome.h"

#include <QHash>
#include <QJsonArray>

#include <memory>
#include <optional>

namespace camie::sim {

class RegistryStore {
public:
  // Creates the file and its tables when missing.
  [[nodiscard]] static Result<std::unique_ptr<RegistryStore>> open(const QString& path);

  store::SqliteDatabase& db() { return *db_; }

  [[nodiscard]] Result<std::optional<RecordOutcome>> find(const QString& id);
  // The number of the accepted registration of this person, if any.
  [[nodiscard]] Result<std::optional<QString>> acceptedNumberOf(const QString& personKey);
  // The next number of a province, "IE-02-000395": the sequence continues after
  // the last number issued there, or after `seeded` (--seed-stats) if larger.
  [[nodiscard]] Result<QString> issueNumber(const QString& province, qint64 seeded);

  struct Entry {
    RecordOutcome outcome;
    QString province;   // accepted only
    QString personKey;  // accepted and duplicate: a hash of the ID type and number
    QByteArray answers; // accepted: the normalised answers, JSON
  };
  // Inserts the record's outcome, or replaces an earlier one (a new revision of
  // a rejected record); the first time it was received is kept.
  [[nodiscard]] Result<void> save(const Entry& entry, qint64 nowMs);
  // A record id received again after it had been answered.
  [[nodiscard]] Result<void> noteResend(const QString& id);

  [[nodiscard]] Result<QHash<QString, qint64>> acceptedPerProvince();
  struct Totals {
    qint64 accepted = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 distinctIds = 0;
    qint64 resends = 0;
  };
  [[nodiscard]] Result<Totals> totals();
  // [{id, number, revision}] of the accepted records in the order they were
  // accepted; with `all`, every stored record with its status.
  [[nodiscard]] Result<QJsonArray> registrations(bool all);

private:
  explicit RegistryStore(std::unique_ptr<store::SqliteDatabase> db) : db_(std::move(db)) {}
  std::unique_ptr<store::SqliteDatabase> db_;
};

} // namespace camie::sim
