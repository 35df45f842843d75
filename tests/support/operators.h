// Adding an operator as a kiosk comes to have one: `operator add` gives a
// one-time PIN, which the operator replaces with `secret` at their first
// sign-in (KeyVault::changeSecret, as the sign-in screen does).
#pragma once

#include "core/store/key_vault.h"

#include <catch2/catch.hpp>

namespace camie::test {

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
