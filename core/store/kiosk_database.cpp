#include "core/store/kiosk_database.h"

#include "core/store/schema_migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace camie::store {

Result<std::unique_ptr<SqliteDatabase>> KioskDatabase::open(const QString& path, Create create) {
  const QFileInfo info(path);
  if (!info.exists()) {
    if (create == Create::Never)
      return makeError(QStringLiteral("no_database"),
                       QStringLiteral("There is no kiosk database at %1 (run `camie-kioskctl "
                                      "init` first, or check store/database in the config).")
                           .arg(path));
    if (!QDir(info.absolutePath()).exists()) {
      if (!QDir().mkpath(info.absolutePath()))
        return makeError(QStringLiteral("storage_readonly"),
                         QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath()));
      QFile::setPermissions(info.absolutePath(),
                            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
  }
  auto db =
      SqliteDatabase::open(path, create == Create::IfMissing ? SqliteDatabase::Mode::ReadWriteCreate
                                                             : SqliteDatabase::Mode::ReadWrite);
  if (!db)
    return db.error();
  // Only the kiosk's user may read the database (and its -wal and -shm).
  QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
  if (auto migrated = SchemaMigrations::migrate(**db); !migrated)
    return migrated.error();
  return db;
}

} // namespace camie::store
