// No personal data in clear: registrations carrying unique markers in names,
// ID numbers and phone numbers leave no marker in the database, its -wal and
// -shm files, or the log output (with every camie.* debug message on).
#include "core/domain/demo_registrations.h"
#include "core/store/key_vault.h"
#include "core/store/registration_queue.h"
#include "support/marker_scan.h"
#include "support/operators.h"
#include "support/temp_kiosk.h"
#include "support/test_registry.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

using namespace camie;

namespace {
QMutex g_logMutex;
QByteArray g_log; // NOLINT: filled by the message handler below

void captureHandler(QtMsgType, const QMessageLogContext& context, const QString& message) {
  const QMutexLocker lock(&g_logMutex);
  g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("no marker of 1,000 registrations reaches the database files or the logs",
          "[store][privacy]") {
  QLoggingCategory::setFilterRules(QStringLiteral("camie.*=true"));
  const QtMessageHandler previous = qInstallMessageHandler(captureHandler);
  g_log.clear();

  QStringList markers;
  QStringList ids;
  test::TempKiosk kiosk;
  test::TestRegistry registry;
  {
    const auto reference = registry.reference();
    const store::OperatorSession session = test::firstTechnician(kiosk);
    store::RegistrationQueue queue(*kiosk.db, kiosk.clock, QStringLiteral("kiosk-1"), 7);
    domain::DemoRegistrations demo(*reference.gazetteer, kiosk.clock.now().date(), 7);
    for (int i = 0; i < 1000; ++i) {
      const auto person = demo.next();
      markers << person.markers;
      auto outcome = queue.finalise(session, reference, person.answers);
      REQUIRE(outcome.ok());
      REQUIRE(outcome->ok());
      ids << outcome->recordId;
      // The markers are really in what was stored: the local copy opens to them.
      if (i == 0) {
        auto record = queue.openLocalCopy(session, outcome->recordId);
        REQUIRE(record.ok());
        CHECK(record->answers.value(QStringLiteral("id_number")).toString() ==
              person.markers.at(2));
      }
    }
  }
  REQUIRE(markers.size() == 4000);
  const test::MarkerScan scan(markers);

  // Sanity: the scanner finds markers where they are.
  CHECK(scan.find(markers.at(5).toUtf8() + "x" + markers.at(6).toUtf8()).size() == 2);

  // While the database is open the -wal and -shm files exist.
  for (const char* suffix : {"", "-wal", "-shm"}) {
    const QString path = kiosk.path() + QString::fromLatin1(suffix);
    INFO(path.toStdString());
    const QByteArray bytes = readAll(path);
    CHECK((bytes.size() > 0 || QByteArray(suffix) == "-shm"));
    CHECK(scan.find(bytes).isEmpty());
  }
  kiosk.db.reset(); // checkpoint into the main file
  CHECK(scan.find(readAll(kiosk.path())).isEmpty());

  qInstallMessageHandler(previous);
  QLoggingCategory::setFilterRules(QString());
  CHECK(g_log.contains(ids.first().toUtf8())); // record ids are logged, personal data is not
  CHECK(scan.find(g_log).isEmpty());
}
