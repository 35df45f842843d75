// The Review screen: what it shows for an answer, whether Finish may be
// pressed, and finishing (the receipt follows).
#pragma once

#include "support/quick_driver.h"

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

// Presses Finish; the receipt shows. Returns the id of the record it shows.
inline QString finish(QuickDriver& d) {
  d.click(QStringLiteral("finaliseButton"));
  return d.require(QStringLiteral("receiptScreen"))->property("recordId").toString();
}

} // namespace camie::test
