// ReceiptDocument: what a receipt says, in either language whatever the
// screen shows — the headline and the sentence that follow the record's state
// (saved, sent, accepted with its registry number, duplicate, rejected), the
// file name a saved receipt gets ("Receipt 7K3Q9-M2XDA.pdf") — and the A6 PDF
// that is printed or saved: Khmer and English on one page, the person's name
// in both scripts, the receipt code (also as a QR code) and dates written in
// each language.
#pragma once

#include "core/store/record_status.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace camie::ui {

struct ReceiptContent {
  QString recordId;
  QString receiptCode; // ReceiptCode::forRecordId(recordId)
  store::RecordStatus status = store::RecordStatus::Sealed;
  QString registryNumber;
  QString nameKm; // empty once the local copy was purged
  QString nameEn;
  QDateTime capturedAt;
};

class ReceiptDocument {
public:
  // `language` is "km" or "en".
  static QString headline(store::RecordStatus status, QStringView language);
  static QString stateText(store::RecordStatus status, QStringView language);
  // What a translatable sentence of this class says in `language`.
  static QString text(const char* source, QStringView language);
  // The name a saved receipt gets in `language`: "Receipt 7K3Q9-M2XDA.pdf".
  static QString fileName(const QString& receiptCode, QStringView language);

  // Writes the bilingual A6 PDF to `path` (any thread).
  [[nodiscard]] static Result<void> writePdf(const ReceiptContent& content, const QString& path);
};

} // namespace camie::ui
