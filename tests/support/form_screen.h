// The registration form, as a teller fills it: a new registration started
// from home, the village chosen in the address picker, consent given, the
// steps after the identity filled, a registration discarded, and a whole
// person typed up to the Review (the on-screen keyboard's own journey
// types key by key instead: support/on_screen_keyboard.h).
#pragma once

#include "support/quick_driver.h"

#include <functional>

namespace camie::test {

// How a helper presses the buttons: Click emits their clicked() as most
// journeys do; Tap presses and releases a finger on them, input the kiosk
// itself sees (the idle lock starts again at each).
enum class Press { Click, Tap };

inline void press(QuickDriver& d, Press how, const QString& name) {
  if (how == Press::Tap)
    d.tap(name);
  else
    d.click(name);
}

// From home: a new registration, at its first step.
inline void startRegistration(QuickDriver& d, Press how = Press::Click) {
  press(d, how, QStringLiteral("newRegistrationButton"));
  d.require(QStringLiteral("registrationScreen"));
}

// Opens the address picker and chooses the village `villageCode` (8
// digits) province, district and commune first; `beforeVillage` runs with
// the commune's villages shown.
inline void pickVillage(QuickDriver& d, const QString& villageCode,
                        const std::function<void()>& beforeVillage = {}) {
  d.click(QStringLiteral("pick_village_code"));
  for (int digits : {2, 4, 6})
    d.click(QStringLiteral("address_") + villageCode.left(digits));
  if (beforeVillage)
    beforeVillage();
  d.click(QStringLiteral("address_") + villageCode);
}

// Ticks the consent box on the last step, as a finger does.
inline void giveConsent(QuickDriver& d) {
  QQuickItem* consent = d.require(QStringLiteral("input_consent"));
  REQUIRE(consent->setProperty("checked", true));
  QMetaObject::invokeMethod(consent, "toggled");
}

// From the identity step, its answers given (typed, or proposed by a scan
// and confirmed): a phone, a village in Battambang (Tuol Thnong), the
// occupation and consent, up to the Review.
inline void fillAfterIdentity(QuickDriver& d) {
  d.click(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_phone"), QStringLiteral("012 345 678"));
  pickVillage(d, QStringLiteral("02010102"));
  d.click(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_occupation"), QStringLiteral("Tailor"));
  d.click(QStringLiteral("nextButton"));
  giveConsent(d);
  d.click(QStringLiteral("nextButton"));
  d.require(QStringLiteral("reviewScreen"));
}

// Cancel, and the discard confirmed: the registration and its draft go; home shows.
inline void discardRegistration(QuickDriver& d, Press how = Press::Click) {
  press(d, how, QStringLiteral("cancelRegistration"));
  press(d, how, QStringLiteral("confirmDiscard"));
  d.require(QStringLiteral("homeScreen"));
}

// A seasonal worker with a national ID card, in Battambang (Tuol Thnong),
// typed field by field from home up to the Review.
inline void fillUpToReview(QuickDriver& d, const QString& nameKm, const QString& nameEn,
                           const QString& dob, const QString& idNumber) {
  startRegistration(d);
  d.click(QStringLiteral("option_category_seasonal_worker"));
  d.click(QStringLiteral("nextButton"));
  d.type(QStringLiteral("input_name_km"), nameKm);
  d.type(QStringLiteral("input_name_en"), nameEn);
  d.type(QStringLiteral("input_dob"), dob);
  d.click(QStringLiteral("option_sex_female"));
  d.click(QStringLiteral("option_id_type_national_id"));
  d.type(QStringLiteral("input_id_number"), idNumber);
  fillAfterIdentity(d);
}

} // namespace camie::test
