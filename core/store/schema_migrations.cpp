#include "core/store/schema_migrations.h"

#include "core/logging/log_categories.h"
#include "core/store/sqlite_database.h"

#include <array>

namespace camie::store {
namespace {

// Version 1: the queue, its batches, operators and key slots, the audit log,
// reference data and settings. Times are Unix milliseconds (UTC).
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE operators (
  id              TEXT PRIMARY KEY,
  role            TEXT NOT NULL CHECK (role IN ('teller', 'supervisor', 'technician')),
  created_at      INTEGER NOT NULL,
  created_by      TEXT,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    INTEGER,
  last_sign_in_at INTEGER,
  disabled        INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE key_slots (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('operator', 'recovery')),
  operator_id TEXT UNIQUE REFERENCES operators(id) ON DELETE CASCADE,
  kdf         TEXT,
  wrapped     BLOB NOT NULL,
  enc         BLOB,
  key_id      TEXT,
  suite       TEXT,
  created_at  INTEGER NOT NULL,
  CHECK ((kind = 'operator') = (operator_id IS NOT NULL AND kdf IS NOT NULL)),
  CHECK ((kind = 'recovery') = (enc IS NOT NULL AND key_id IS NOT NULL))
) STRICT;

CREATE TABLE batches (
  id           TEXT PRIMARY KEY,
  created_at   INTEGER NOT NULL,
  record_count INTEGER NOT NULL,
  state        TEXT NOT NULL CHECK (state IN ('open', 'answered', 'unanswered')),
  xroad_id     TEXT,
  answered_at  INTEGER
) STRICT;

CREATE TABLE records (
  id              TEXT PRIMARY KEY,
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  status          TEXT NOT NULL CHECK (status IN
                    ('draft', 'sealed', 'sending', 'accepted', 'duplicate', 'rejected')),
  form_id         TEXT NOT NULL,
  form_version    TEXT NOT NULL,
  operator_id     TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  captured_at     INTEGER,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  batch_id        TEXT REFERENCES batches(id) ON DELETE SET NULL,
  lease_until     INTEGER,
  registry_number TEXT,
  server_errors   TEXT,
  accepted_at     INTEGER,
  purge_after     INTEGER,
  purged_at       INTEGER,
  local_schema    INTEGER NOT NULL,
  local_copy      BLOB,
  sealed_key_id   TEXT,
  sealed_suite    TEXT,
  sealed_enc      BLOB,
  sealed_ct       BLOB
) STRICT;
CREATE INDEX records_by_status_due ON records (status, next_attempt_at);
CREATE INDEX records_by_status_captured ON records (status, captured_at);
CREATE INDEX records_by_captured ON records (captured_at);
CREATE INDEX records_by_batch ON records (batch_id);
CREATE INDEX records_by_registry_number ON records (registry_number);
CREATE INDEX records_purge_due ON records (purge_after) WHERE purged_at IS NULL;

-- Counts per status, kept by triggers, so the home screen and start-up cost
-- the same with 100,000 records as with none.
CREATE TABLE record_counts (
  status TEXT PRIMARY KEY,
  n      INTEGER NOT NULL
) STRICT;
INSERT INTO record_counts (status, n) VALUES
  ('draft', 0), ('sealed', 0), ('sending', 0), ('accepted', 0), ('duplicate', 0), ('rejected', 0);
CREATE TRIGGER records_count_insert AFTER INSERT ON records
BEGIN UPDATE record_counts SET n = n + 1 WHERE status = NEW.status; END;
CREATE TRIGGER records_count_update AFTER UPDATE OF status ON records
WHEN OLD.status != NEW.status
BEGIN
  UPDATE record_counts SET n = n - 1 WHERE status = OLD.status;
  UPDATE record_counts SET n = n + 1 WHERE status = NEW.status;
END;
CREATE TRIGGER records_count_delete AFTER DELETE ON records
BEGIN UPDATE record_counts SET n = n - 1 WHERE status = OLD.status; END;

CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  record_id TEXT,
  detail    TEXT NOT NULL DEFAULT '',
  prev_hash BLOB NOT NULL,
  hash      BLOB NOT NULL
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE reference_data (
  name       TEXT PRIMARY KEY,
  etag       TEXT,
  body       BLOB NOT NULL,
  fetched_at INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
)SQL";

// Version 2: USB bundles. A record written to a bundle is `exported` (sealed,
// not sent: the kiosk looks it up at the registry until it learns its fate);
// a record read from another kiosk's bundle keeps that kiosk's id in
// `origin_device` and has no local copy. The CHECK on status can only change
// by rebuilding the table (no table refers to records).
constexpr const char* kVersion2 = R"SQL(
CREATE TABLE records_v2 (
  id              TEXT PRIMARY KEY,
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  status          TEXT NOT NULL CHECK (status IN
                    ('draft', 'sealed', 'sending', 'exported', 'accepted', 'duplicate',
                     'rejected')),
  form_id         TEXT NOT NULL,
  form_version    TEXT NOT NULL,
  operator_id     TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  captured_at     INTEGER,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  batch_id        TEXT REFERENCES batches(id) ON DELETE SET NULL,
  lease_until     INTEGER,
  registry_number TEXT,
  server_errors   TEXT,
  accepted_at     INTEGER,
  purge_after     INTEGER,
  purged_at       INTEGER,
  local_schema    INTEGER NOT NULL,
  local_copy      BLOB,
  sealed_key_id   TEXT,
  sealed_suite    TEXT,
  sealed_enc      BLOB,
  sealed_ct       BLOB,
  origin_device   TEXT,
  bundle_id       TEXT,
  exported_at     INTEGER
) STRICT;
INSERT INTO records_v2 (id, revision, status, form_id, form_version, operator_id, created_at,
  updated_at, captured_at, attempts, next_attempt_at, batch_id, lease_until, registry_number,
  server_errors, accepted_at, purge_after, purged_at, local_schema, local_copy, sealed_key_id,
  sealed_suite, sealed_enc, sealed_ct)
SELECT id, revision, status, form_id, form_version, operator_id, created_at, updated_at,
  captured_at, attempts, next_attempt_at, batch_id, lease_until, registry_number, server_errors,
  accepted_at, purge_after, purged_at, local_schema, local_copy, sealed_key_id, sealed_suite,
  sealed_enc, sealed_ct FROM records;
DROP TABLE records;
ALTER TABLE records_v2 RENAME TO records;
CREATE INDEX records_by_status_due ON records (status, next_attempt_at);
CREATE INDEX records_by_status_captured ON records (status, captured_at);
CREATE INDEX records_by_captured ON records (captured_at);
CREATE INDEX records_by_batch ON records (batch_id);
CREATE INDEX records_by_registry_number ON records (registry_number);
CREATE INDEX records_purge_due ON records (purge_after) WHERE purged_at IS NULL;
CREATE TRIGGER records_count_insert AFTER INSERT ON records
BEGIN UPDATE record_counts SET n = n + 1 WHERE status = NEW.status; END;
CREATE TRIGGER records_count_update AFTER UPDATE OF status ON records
WHEN OLD.status != NEW.status
BEGIN
  UPDATE record_counts SET n = n - 1 WHERE status = OLD.status;
  UPDATE record_counts SET n = n + 1 WHERE status = NEW.status;
END;
CREATE TRIGGER records_count_delete AFTER DELETE ON records
BEGIN UPDATE record_counts SET n = n - 1 WHERE status = OLD.status; END;
INSERT INTO record_counts (status, n) VALUES ('exported', 0);
)SQL";

// Version 3 (TRUST.md): an acceptance settles a record only with the
// registry's signed receipt, kept in `receipt` ({"kid", "sig"} JSON; NULL
// before it, and for records settled by an earlier version, which are
// therefore never purged). A keys document stored by an earlier version was
// never signed: it is dropped, and the kiosk takes the registry's signed one
// at the next sync (or `refdata load keys`).
constexpr const char* kVersion3 = R"SQL(
ALTER TABLE records ADD COLUMN receipt TEXT;
DELETE FROM reference_data WHERE name = 'keys';
)SQL";

// Version 4: no change. It was set aside for drafts, which needed none (they
// are records in the `draft` state); kept so that versions 5 and 6 keep the
// numbers their tests and documents give them.
constexpr const char* kVersion4 = "-- no change";

// Version 5 (issue 14): an operator added with a one-time PIN must choose
// their own before anything else; their key slot says so too (its associated
// data), so clearing this flag does not make the one-time PIN a real one.
constexpr const char* kVersion5 = R"SQL(
ALTER TABLE operators ADD COLUMN must_change_secret INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 6: keyed digests of each finalised record's ID document and of its
// name with the date of birth (HMAC-SHA256 under a key derived from the data
// key; DuplicateIndex), so a second registration of the same person on this
// kiosk is found without keeping ID numbers in clear. Removed with the rest of
// the personal data at retention. Records finalised before it have none.
constexpr const char* kVersion6 = R"SQL(
CREATE TABLE record_digests (
  record_id TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('id', 'name_dob')),
  digest    BLOB NOT NULL CHECK (length(digest) = 32),
  PRIMARY KEY (record_id, kind, digest)
) STRICT;
CREATE INDEX record_digests_by_digest ON record_digests (kind, digest);
)SQL";

// Version 7 (issue 17): fewer pages written a finalise, same contents and
// lookups. A finalise wrote 18 pages on average to the WAL, one per b-tree it
// touched and more; now about 15 (docs/performance.md). The indexes by batch
// and by registry number hold only rows that have one (a new record has
// neither: both lookups are `= ?`, which the partial index answers), and the
// digests are one b-tree keyed by (record_id, kind, digest) instead of a rowid
// table beside an index of that key.
constexpr const char* kVersion7 = R"SQL(
DROP INDEX records_by_batch;
CREATE INDEX records_by_batch ON records (batch_id) WHERE batch_id IS NOT NULL;
DROP INDEX records_by_registry_number;
CREATE INDEX records_by_registry_number ON records (registry_number)
  WHERE registry_number IS NOT NULL;
CREATE TABLE record_digests_v7 (
  record_id TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('id', 'name_dob')),
  digest    BLOB NOT NULL CHECK (length(digest) = 32),
  PRIMARY KEY (record_id, kind, digest)
) STRICT, WITHOUT ROWID;
INSERT INTO record_digests_v7 (record_id, kind, digest)
SELECT record_id, kind, digest FROM record_digests;
DROP TABLE record_digests;
ALTER TABLE record_digests_v7 RENAME TO record_digests;
CREATE INDEX record_digests_by_digest ON record_digests (kind, digest);
)SQL";

constexpr std::array kMigrations = {kVersion1, kVersion2, kVersion3, kVersion4,
                                    kVersion5, kVersion6, kVersion7};

Result<int> userVersion(SqliteDatabase& db) {
  auto v = db.queryInt("PRAGMA user_version");
  if (!v)
    return v.error();
  return static_cast<int>(*v);
}

} // namespace

int SchemaMigrations::currentVersion() {
  return static_cast<int>(kMigrations.size());
}

Result<void> SchemaMigrations::migrate(SqliteDatabase& db) {
  return migrateTo(db, currentVersion());
}

Result<void> SchemaMigrations::migrateTo(SqliteDatabase& db, int version) {
  auto from = userVersion(db);
  if (!from)
    return from.error();
  if (*from > currentVersion())
    return makeError(QStringLiteral("schema_too_new"),
                     QStringLiteral("%1 was written by a newer kiosk (schema %2; this one knows "
                                    "up to %3). Update the kiosk software; the file is left as "
                                    "it is.")
                         .arg(db.path())
                         .arg(*from)
                         .arg(currentVersion()));
  for (int v = *from + 1; v <= version; ++v) {
    Transaction tx(db);
    if (!tx.began())
      return tx.began().error();
    // Another connection (the store and the sync thread open the file at
    // the same time) may have migrated it while this one waited for the lock.
    auto now = userVersion(db);
    if (!now)
      return now.error();
    if (*now >= v)
      continue;
    if (auto r = db.exec(kMigrations.at(static_cast<size_t>(v - 1))); !r)
      return r.error();
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(v);
    if (auto r = db.exec(setVersion.constData()); !r)
      return r.error();
    if (auto r = tx.commit(); !r)
      return r.error();
    qCInfo(lcStore) << "database schema migrated to version" << v;
  }
  return {};
}

} // namespace camie::store
