// The store service tests' fixture: a KioskStoreService on its own thread
// against a KnownPeople kiosk (a real SQLite file), every answer it gives
// recorded (StoreAnswers), and spin() to wait for one. Used by
// tests/core/store/kiosk_store_*_test.cpp.
#pragma once

#include "core/store/kiosk_store_service.h"
#include "support/known_people.h"
#include "support/operators.h"
#include "support/test_pins.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMap>
#include <QObject>

#include <optional>

namespace camie::test {

// Runs the event loop until `done()` (at most 20 s); returns whether it is.
template <typename Done>
bool spin(Done done) {
  QDeadlineTimer deadline(20000);
  while (!done() && !deadline.hasExpired())
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return done();
}

// The service's configuration for a KnownPeople kiosk, with the kiosk's own
// fake clock: nothing crosses its retention period at start.
inline store::KioskStoreService::Config storeConfigFor(KnownPeople& k) {
  return {k.kiosk.path(), QStringLiteral("kiosk-test"), 7,
          std::make_shared<FakeClock>(k.kiosk.clock.nowMs())};
}

// Every answer of the service, counted by signal name; failures keep their
// words, and the last of some answers is kept as it came.
struct StoreAnswers {
  QMap<QString, int> count;
  QMap<QString, QString> words;
  QList<store::RecordSummary> found;
  std::optional<store::RecordSummary> opened;
  QString finalised;       // the last record finalised
  QString refusedCode;     // the code of the last finaliseRefused
  QString cardConfirmedBy; // the supervisor of the last cardCheckConfirmed
  QObject guard;

  int of(const char* name) const { return count.value(QLatin1String(name)); }
  int total() const {
    int n = 0;
    for (int c : count)
      n += c;
    return n;
  }

  explicit StoreAnswers(store::KioskStoreService& s) {
    using namespace store;
    const auto ok = [this](const char* name) {
      return [this, name] { ++count[QLatin1String(name)]; };
    };
    const auto failed = [this](const char* name) {
      return [this, name](const QString& message) {
        ++count[QLatin1String(name)];
        words[QLatin1String(name)] = message;
      };
    };
    using S = KioskStoreService;
    using R = RegistrationService;
    QObject::connect(&s, &S::ready, &guard, [this](bool okay, const QString& message) {
      ++count[okay ? QStringLiteral("ready") : QStringLiteral("notReady")];
      words[QStringLiteral("notReady")] = message;
    });
    QObject::connect(&s.session(), &SessionService::signedIn, &guard, ok("signedIn"));
    QObject::connect(&s.session(), &SessionService::signInFailed, &guard,
                     [f = failed("signInFailed")](const SignInRefusal& r) { f(r.message); });
    QObject::connect(&s.session(), &SessionService::signedOut, &guard, ok("signedOut"));
    QObject::connect(&s.registration(), &R::finalised, &guard, [this](const QString& id) {
      ++count[QStringLiteral("finalised")];
      finalised = id;
    });
    QObject::connect(&s.registration(), &R::finaliseRefused, &guard,
                     [this, f = failed("finaliseRefused")](const QString& code, const QString& m,
                                                           const QList<domain::FieldError>&) {
                       refusedCode = code;
                       f(m.isEmpty() ? code : m);
                     });
    QObject::connect(&s.registration(), &R::cardCheckConfirmed, &guard,
                     [this](const QString& supervisor, const QStringList&) {
                       ++count[QStringLiteral("cardCheckConfirmed")];
                       cardConfirmedBy = supervisor;
                     });
    QObject::connect(&s.registration(), &R::cardCheckRefused, &guard, failed("cardCheckRefused"));
    QObject::connect(&s.records(), &RecordQueryService::countsChanged, &guard, ok("countsChanged"));
    QObject::connect(&s.records(), &RecordQueryService::countsFailed, &guard,
                     failed("countsFailed"));
    QObject::connect(&s.records(), &RecordQueryService::recordsFound, &guard,
                     [this](const QString&, const QList<RecordSummary>& records) {
                       ++count[QStringLiteral("recordsFound")];
                       found = records;
                     });
    QObject::connect(&s.records(), &RecordQueryService::recordsFailed, &guard,
                     [f = failed("recordsFailed")](const QString&, const QString& m) { f(m); });
    QObject::connect(&s.records(), &RecordQueryService::recordOpened, &guard,
                     [this](const RecordSummary& record) {
                       ++count[QStringLiteral("recordOpened")];
                       opened = record;
                     });
    QObject::connect(&s.records(), &RecordQueryService::recordOpenFailed, &guard,
                     [f = failed("recordOpenFailed")](const QString&, const QString& m) { f(m); });
    QObject::connect(&s.records(), &RecordQueryService::receiptReady, &guard, ok("receiptReady"));
    QObject::connect(&s.records(), &RecordQueryService::receiptFailed, &guard,
                     [f = failed("receiptFailed")](const QString&, const QString& m) { f(m); });
    QObject::connect(&s.registration(), &R::reopened, &guard, ok("reopened"));
    QObject::connect(&s.registration(), &R::reopenFailed, &guard, failed("reopenFailed"));
    QObject::connect(&s, &S::referenceChanged, &guard, ok("referenceChanged"));
    QObject::connect(&s, &S::referenceFailed, &guard, failed("referenceFailed"));
  }
};

// A KnownPeople kiosk with a supervisor "sup1" (PIN 6204175839) and its
// store service, started with the technician signed in.
struct SignedInStore {
  KnownPeople k;
  store::KioskStoreService service{storeConfigFor(withSupervisor(k))};
  StoreAnswers answers{service};

  SignedInStore() {
    service.start();
    service.session().signIn(QStringLiteral("tech1"), test::kTechPin);
    REQUIRE(spin([&] { return answers.of("signedIn") == 1; }));
  }

private:
  static KnownPeople& withSupervisor(KnownPeople& k) {
    store::KeyVault vault(*k.kiosk.db, k.kiosk.clock, cheapScrypt());
    addOperator(vault, k.session, QStringLiteral("sup1"), store::OperatorRole::Supervisor,
                test::kSupervisorPin);
    return k;
  }
};

} // namespace camie::test
