// The receipt screen: the record it shows, its model (the screen's own, so
// a test can watch it go with the screen), the registry number sync brings,
// and Done.
#pragma once

#include "support/quick_driver.h"
#include "ui/models/receipt_model.h"

namespace camie::test {

// The id of the record the receipt screen shows.
inline QString receiptRecordId(QuickDriver& d) {
  return d.require(QStringLiteral("receiptScreen"))->property("recordId").toString();
}

// The receipt screen's own model (it holds the person's name for the PDF).
inline ui::ReceiptModel* receiptModel(QuickDriver& d) {
  auto* model = d.require(QStringLiteral("receiptScreen"))->findChild<ui::ReceiptModel*>();
  REQUIRE(model);
  return model;
}

// Waits until the receipt shows a registry number starting with `prefix`.
inline void waitForRegistryNumber(QuickDriver& d, const QString& prefix = QStringLiteral("IE-")) {
  REQUIRE(d.waitFor([&] { return d.hasText(QStringLiteral("registryNumber"), prefix); }, 30000));
}

// Done: back to where the receipt was opened from (home after finishing).
inline void closeReceipt(QuickDriver& d) {
  d.click(QStringLiteral("receiptDone"));
}

} // namespace camie::test
