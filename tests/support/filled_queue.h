// fillQueue: finalises `n` valid synthetic registrations into a test kiosk
// (technician "tech1", PIN 4809135726, cheap scrypt) and returns their ids.
#pragma once

#include "core/domain/demo_registrations.h"
#include "core/store/key_vault.h"
#include "core/store/registration_queue.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"
#include "support/test_registry.h"

namespace camie::test {

inline QStringList fillQueue(TempKiosk& kiosk, const TestRegistry& registry, int n,
                             quint64 seed = 1) {
  auto vault = store::KeyVault(*kiosk.db, kiosk.clock, cheapScrypt());
  auto session = vault.signIn(QStringLiteral("tech1"), test::kTechPin);
  if (!session)
    session = vault.initialise(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(session.ok());
  const auto reference = registry.reference();
  store::RegistrationQueue queue(*kiosk.db, kiosk.clock, QStringLiteral("kiosk-test"), 7);
  domain::DemoRegistrations demo(*reference.gazetteer, kiosk.clock.now().date(), seed);
  QStringList ids;
  for (int i = 0; i < n; ++i) {
    auto outcome = queue.finalise(*session, reference, demo.next().answers);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
    ids << outcome->recordId;
  }
  return ids;
}

} // namespace camie::test
