// TempKiosk: a kiosk database in a fresh temporary folder, opened and
// migrated like the real one, with a fake clock and cheap scrypt parameters
// so that tests sign in quickly.
#pragma once

#include "core/store/kiosk_database.h"
#include "core/util/clock.h"
#include "support/cheap_scrypt.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

namespace camie::test {

// 2026-01-15 08:00 UTC: inside the validity of the test registry keys.
inline constexpr qint64 kTestEpochMs = 1768464000000;

struct TempKiosk {
  QTemporaryDir dir;
  FakeClock clock{kTestEpochMs};
  std::unique_ptr<store::SqliteDatabase> db;

  TempKiosk() {
    REQUIRE(dir.isValid());
    auto opened = store::KioskDatabase::open(path(), store::KioskDatabase::Create::IfMissing);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  QString path() const { return dir.filePath(QStringLiteral("kiosk.db")); }
};

} // namespace camie::test
