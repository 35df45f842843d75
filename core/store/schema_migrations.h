// SchemaMigrations: brings a kiosk database to the current schema, one
// version at a time (PRAGMA user_version), each step in its own transaction.
// Add a migration by appending to the list in schema_migrations.cpp — never
// edit one that has shipped — and extend the migration tests.
#pragma once

#include "core/util/result.h"

namespace camie::store {

class SqliteDatabase;

class SchemaMigrations {
public:
  static int currentVersion();
  // Migrates from whatever version the file is at. A file newer than this
  // build is refused (code "schema_too_new"), never touched.
  [[nodiscard]] static Result<void> migrate(SqliteDatabase& db);
  // Migrates only up to `version` (tests build every earlier version this way).
  [[nodiscard]] static Result<void> migrateTo(SqliteDatabase& db, int version);
};

} // namespace camie::store
