// The sign-in screen, as an operator uses it: an id and a PIN, the first
// sign-in's own PIN chosen twice, and signing out from home.
#pragma once

#include "support/quick_driver.h"

namespace camie::test {

// Types the id and PIN and presses Sign in; the screen that follows is the
// caller's to wait for (home, or the first PIN panel).
inline void submitSignIn(QuickDriver& d, const QString& operatorId, const QString& pin) {
  d.require(QStringLiteral("signInScreen"));
  d.type(QStringLiteral("operatorField"), operatorId);
  d.type(QStringLiteral("pinField"), pin);
  d.click(QStringLiteral("signInButton"));
}

// Signs an operator in whose PIN is their own; home shows.
inline void signIn(QuickDriver& d, const QString& operatorId, const QString& pin) {
  submitSignIn(d, operatorId, pin);
  d.require(QStringLiteral("homeScreen"));
}

// Signs out from home; the sign-in screen shows.
inline void signOut(QuickDriver& d) {
  d.click(QStringLiteral("signOutButton"));
  d.require(QStringLiteral("signInScreen"));
}

} // namespace camie::test
