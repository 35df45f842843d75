// The Review screen: what it shows for an answer, whether Finish may be
// pressed, a supervisor's sign-off, and finishing (the receipt follows).
#pragma once

#include "support/quick_driver.h"
#include "support/test_pins.h"

namespace camie::test {

// The value the Review shows for the field `fieldId`.
inline QString reviewValue(QuickDriver& d, const QString& fieldId) {
  return d.require(QStringLiteral("reviewRow_") + fieldId)
      ->property("modelData")
      .toMap()
      .value(QStringLiteral("value"))
      .toString();
}

inline bool finishEnabled(const QuickDriver& d) {
  const QQuickItem* button = d.find(QStringLiteral("finaliseButton"));
  return button && button->isEnabled();
}

// A Review panel that only a supervisor's PIN gets past (the duplicate
// block, the card check): its fields, its button and its message, by
// objectName.
struct SupervisorPanel {
  QString id;
  QString secret;
  QString button;
  QString message;
};

// The block on a second registration of the same ID card.
inline SupervisorPanel duplicateBlock() {
  return {QStringLiteral("supervisorId"), QStringLiteral("supervisorSecret"),
          QStringLiteral("allowDuplicate"), QStringLiteral("duplicateMessage")};
}

// The answers typed against a card that was read.
inline SupervisorPanel cardCheck() {
  return {QStringLiteral("cardSupervisorId"), QStringLiteral("cardSupervisorSecret"),
          QStringLiteral("confirmCardCheck"), QStringLiteral("cardCheckMessage")};
}

// On `panel`, the teller's own PIN (teller1) is refused ("Only a
// supervisor") and Finish stays off; the supervisor's (sup1) is taken, the
// panel says `accepted`, and Finish comes on.
inline void supervisorOnly(QuickDriver& d, const SupervisorPanel& panel, const QString& accepted) {
  const auto signOff = [&](const QString& id, const QString& secret) {
    d.type(panel.id, id);
    d.type(panel.secret, secret);
    d.click(panel.button);
  };
  signOff(QStringLiteral("teller1"), test::kTellerPin);
  REQUIRE(d.waitFor([&] { return d.hasText(panel.message, QStringLiteral("Only a supervisor")); }));
  CHECK_FALSE(finishEnabled(d));
  signOff(QStringLiteral("sup1"), test::kSupervisorPin);
  REQUIRE(d.waitFor([&] { return d.hasText(panel.message, accepted); }));
  REQUIRE(d.waitFor([&] { return finishEnabled(d); }));
}

// Presses Finish; the receipt shows. Returns the id of the record it shows.
inline QString finish(QuickDriver& d) {
  d.click(QStringLiteral("finaliseButton"));
  return d.require(QStringLiteral("receiptScreen"))->property("recordId").toString();
}

} // namespace camie::test
