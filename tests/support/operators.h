// A test kiosk's operators: its first technician, and adding an operator as
// a kiosk comes to have one: `operator add` gives a one-time PIN, which the
// operator replaces with `secret` at their first sign-in
// (KeyVault::changeSecret, as the sign-in screen does).
#pragma once

#include "core/store/key_vault.h"
#include "support/temp_kiosk.h"
#include "support/test_pins.h"

#include <catch2/catch.hpp>

namespace camie::test {

// The kiosk's first operator, the technician tech1 (PIN 4809135726), as
// `kioskctl init` makes them: signed in.
inline store::OperatorSession firstTechnician(TempKiosk& kiosk) {
  auto s = store::KeyVault(*kiosk.db, kiosk.clock, cheapScrypt())
               .initialise(QStringLiteral("tech1"), test::kTechPin);
  REQUIRE(s.ok());
  return std::move(*s);
}

inline void addOperator(store::KeyVault& vault, const store::OperatorSession& technician,
                        const QString& id, store::OperatorRole role, const QString& secret) {
  auto oneTime = vault.addOperator(technician, id, role);
  INFO((oneTime ? QString() : oneTime.error().message).toStdString());
  REQUIRE(oneTime.ok());
  auto changed = vault.changeSecret(id, *oneTime, secret);
  INFO((changed ? QString() : changed.error().message).toStdString());
  REQUIRE(changed.ok());
}

} // namespace camie::test
